// What the brief asks of the layout: reflow at 320 px (WCAG 1.4.10), targets of at least
// 24×24 px (WCAG 2.5.8), and no animation under prefers-reduced-motion.
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {setViewport, emulateMedia} from '@web/test-runner-commands';
import '../../src/define.js';
import {consentFixture} from '../helpers/elements.js';
import {clearCookies} from '../helpers/cookies.js';

const all = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const pageOverflows = () => document.documentElement.scrollWidth > document.documentElement.clientWidth;

describe('layout', () => {
  beforeEach(clearCookies);
  afterEach(async () => {
    clearCookies();
    await setViewport({width: 800, height: 600});
    await emulateMedia({reducedMotion: 'no-preference'});
  });

  it("the banner spans the viewport's width, its content centred and at most --cookie-consent-max-width wide", async () => {
    await setViewport({width: 1280, height: 720});
    const el = await consentFixture(html`<cookie-consent></cookie-consent>`);
    const box = (part: string) => el.shadowRoot!.querySelector(`[part~="${part}"]`)!.getBoundingClientRect();
    expect(box('banner').width).to.equal(1280);
    const text = box('banner-text');
    expect(text.width).to.equal(960); // 60rem
    expect(text.left).to.equal((1280 - 960) / 2);
    el.style.setProperty('--cookie-consent-max-width', '40rem');
    expect(box('banner-text').width).to.equal(640);
    el.style.removeProperty('--cookie-consent-max-width');
    await setViewport({width: 800, height: 600});
    expect(box('banner-text').width, '1rem on each side below the maximum').to.equal(800 - 32);
  });

  it('the banner and the dialog reflow at 320 px: no horizontal scrolling, every button in view', async () => {
    await setViewport({width: 320, height: 640});
    const el = await consentFixture(html`<cookie-consent></cookie-consent>`);
    const banner = el.shadowRoot!.querySelector<HTMLElement>('[part~="banner"]')!;
    expect(pageOverflows(), 'the page scrolls sideways').to.equal(false);
    expect(banner.scrollWidth).to.be.at.most(banner.clientWidth);
    for (const button of all(el, '[part~="banner"] button')) {
      const box = button.getBoundingClientRect();
      expect(box.left, button.textContent!).to.be.at.least(0);
      expect(box.right, button.textContent!).to.be.at.most(320);
    }
    el.showPreferences();
    await el.settled;
    await waitUntil(() => el.shadowRoot!.querySelector('dialog')?.open, 'the dialog opens');
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    expect(dialog.getBoundingClientRect().width).to.be.at.most(320);
    for (const node of [dialog, ...all(el, 'dialog [part~="dialog-body"], dialog [part~="category"]')]) {
      expect(node.scrollWidth, node.getAttribute('part') ?? 'dialog').to.be.at.most(node.clientWidth + 1);
    }
  });

  it('every target is at least 24×24 px: banner, dialog, switches, manage button', async () => {
    const el = await consentFixture(html`<cookie-consent manage-button></cookie-consent>`);
    const check = (targets: HTMLElement[]) => {
      expect(targets.length).to.be.greaterThan(0);
      for (const target of targets) {
        const box = target.getBoundingClientRect();
        const name = target.getAttribute('part') ?? target.id;
        expect(box.width, `${name} width`).to.be.at.least(24);
        expect(box.height, `${name} height`).to.be.at.least(24);
      }
    };
    check(all(el, '[part~="banner"] button'));
    el.showPreferences();
    await el.settled;
    await waitUntil(() => el.shadowRoot!.querySelector('dialog')?.open, 'the dialog opens');
    check(all(el, 'dialog button, dialog input[role="switch"]'));
    el.rejectAll();
    await el.settled;
    await waitUntil(() => all(el, '[part~="manage-button"]').length === 1, 'the manage button shows');
    check(all(el, '[part~="manage-button"]'));
  });

  it('the banner appears without motion; the switches stop moving under reduced motion', async () => {
    const el = await consentFixture(html`<cookie-consent></cookie-consent>`);
    const banner = getComputedStyle(el.shadowRoot!.querySelector('[part~="banner"]')!);
    expect(banner.animationName).to.equal('none');
    expect(banner.transitionDuration).to.equal('0s');
    el.showPreferences();
    await el.settled;
    const sw = () => getComputedStyle(el.shadowRoot!.querySelector('[part~="switch"]')!).transitionDuration;
    expect(sw()).to.equal('0.15s');
    await emulateMedia({reducedMotion: 'reduce'});
    expect(sw()).to.equal('0s');
  });

  it('a long cookie table scrolls in its own region, never the page, at 320 px', async () => {
    await setViewport({width: 320, height: 640});
    const config = {
      categories: [{id: 'necessary', required: true, title: 'Nécessaires'}],
      cookies: Array.from({length: 5}, (_, i) => ({
        category: 'necessary',
        provider: 'Fournisseur',
        service: 'Service',
        name: `un_nom_de_cookie_particulierement_long_${i}_qui_ne_se_coupe_pas`,
        purpose: 'Finalité',
        duration: '13 mois',
      })),
    };
    const charter = await fixture(html`<cookie-charter .config=${config}></cookie-charter>`);
    await waitUntil(() => charter.shadowRoot?.querySelector('table'), 'the table renders');
    expect(pageOverflows(), 'the page scrolls sideways').to.equal(false);
    const region = charter.shadowRoot!.querySelector<HTMLElement>('[part~="table-region"]')!;
    expect(region.scrollWidth).to.be.greaterThan(region.clientWidth);
    expect(region.tabIndex).to.equal(0);
  });
});
