import {expect, waitUntil} from '@open-wc/testing';
import {defaultConfig} from '../../src/core/config.js';
import {ConsentStore} from '../../src/core/store.js';
import type {CookieConsent} from '../../src/cookie-consent/cookie-consent.js';
import type {CookieConsentChangeDetail} from '../../src/cookie-consent/events.js';
import {clearCookies, frame, tick} from './helpers.js';

type PageWindow = Window & {__events: CookieConsentChangeDetail[]; __statisticsRan?: number};

async function consentPage() {
  const iframe = await frame('/test/fixtures/consent-page.html?no-reload');
  const win = iframe.contentWindow as PageWindow;
  await waitUntil(() => !!win.customElements.get('cookie-consent'), 'the element is defined in the page');
  const el = iframe.contentDocument!.querySelector('cookie-consent') as CookieConsent;
  await el.settled;
  return {iframe, win, el};
}

describe('tabs in sync', () => {
  const frames: HTMLIFrameElement[] = [];
  beforeEach(() => clearCookies());
  afterEach(() => {
    frames.splice(0).forEach((f) => f.remove());
    clearCookies();
  });

  async function twoPages() {
    const a = await consentPage();
    const b = await consentPage();
    frames.push(a.iframe, b.iframe);
    return {a, b};
  }

  it('applies a decision of one page in the other at once, gates included, with the same action', async () => {
    const {a, b} = await twoPages();
    const banner = (el: CookieConsent) => el.shadowRoot!.querySelector('[part~="banner"]');
    expect(banner(b.el)).to.exist;
    expect(b.win.__statisticsRan).to.equal(undefined);

    a.el.acceptAll();
    await waitUntil(() => b.win.__events.length === 1, 'the other page hears of the decision');
    const [detail] = b.win.__events;
    expect(detail.action).to.equal('accept-all');
    expect(detail.id).to.equal(a.win.__events[0].id);
    expect(detail.consent).to.deep.equal(a.el.consent);
    expect(b.el.consent!.statistics).to.equal(true);
    await b.el.settled;
    expect(banner(b.el)).to.equal(null);
    await waitUntil(() => b.win.__statisticsRan === 1, "the other page's gated script runs");
    expect(a.win.__statisticsRan).to.equal(1);
    // Only the page where the visitor acted made the decision: no echo back.
    await tick(50);
    expect(a.win.__events).to.have.length(1);
  });

  it('spreads a withdrawal (reset) as a withdraw event and shows the banner again', async () => {
    const {a, b} = await twoPages();
    a.el.acceptAll();
    await waitUntil(() => b.win.__events.length === 1);
    a.el.reset();
    await waitUntil(() => b.win.__events.length === 2);
    expect(b.win.__events[1].action).to.equal('withdraw');
    expect(b.el.consent).to.equal(null);
    await b.el.settled;
    expect(b.el.shadowRoot!.querySelector('[part~="banner"]')).to.exist;
  });

  it('reads the cookie again when the page gets the focus (no BroadcastChannel needed)', async () => {
    const {b} = await twoPages();
    // A decision written by something that cannot broadcast (another subdomain, an old tab).
    new ConsentStore(defaultConfig()).decide('save', {statistics: true}, 'fr');
    await tick(30);
    expect(b.win.__events).to.have.length(0);
    b.win.dispatchEvent(new Event('focus'));
    expect(b.win.__events).to.have.length(1);
    expect(b.win.__events[0].action).to.equal('save');
    expect(b.el.consent!.statistics).to.equal(true);
  });
});
