// A phone (320 × 568 CSS px) and 400 % zoom (320 × 256): the banner's three choices in view and
// at most half the screen in every language, every control of the banner and the dialog visible
// when the keyboard reaches it (WCAG 1.4.10, 2.4.7, 2.4.11), and where the focus goes once the
// banner closes under it (WCAG 2.4.3).
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {sendKeys, setViewport} from '@web/test-runner-commands';
import '../../src/define.js';
import type {CookieConsent} from '../../src/cookie-consent/cookie-consent.js';
import {consentFixture} from '../helpers/elements.js';
import {clearCookies} from '../helpers/cookies.js';

const PHONE = {width: 320, height: 568};
/** A 1280 × 1024 screen at 400 % zoom. */
const ZOOM_400 = {width: 320, height: 256};

/** "Accept all", "Reject all", "Customise" and "Continue without accepting" in each language. */
const LABELS: Record<string, [string, string, string, string]> = {
  fr: ['Tout accepter', 'Tout refuser', 'Personnaliser', 'Continuer sans accepter'],
  en: ['Accept all', 'Reject all', 'Customise', 'Continue without accepting'],
  de: ['Alle akzeptieren', 'Alle ablehnen', 'Anpassen', 'Ohne Einwilligung fortfahren'],
  es: ['Aceptar todo', 'Rechazar todo', 'Personalizar', 'Continuar sin aceptar'],
  it: ['Accetta tutto', 'Rifiuta tutto', 'Personalizza', 'Continua senza accettare'],
  nl: ['Alles accepteren', 'Alles weigeren', 'Aanpassen', 'Doorgaan zonder te accepteren'],
};
const CHOICES = ['accept-button', 'reject-button', 'customize-button'];

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const part = (el: CookieConsent, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const bannerPart = (el: CookieConsent, name: string) =>
  part(el, 'banner')!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const dialog = (el: CookieConsent) => el.shadowRoot!.querySelector('dialog')!;
/** The focused element, inside the element's shadow root when focus is there. */
const focused = (el: CookieConsent) =>
  document.activeElement === el ? el.shadowRoot!.activeElement : document.activeElement;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
const round = (box: Box) => [box.left, box.top, box.right, box.bottom].map(Math.round).join(', ');

/**
 * The part of an element's box that shows: its box cut by every ancestor that clips (a scrolling
 * region, the dialog, the banner) and by the viewport. The box alone says nothing of that: a
 * switch inside a region 0 px tall keeps its own size.
 */
function shownBox(element: Element): Box {
  const box = element.getBoundingClientRect();
  let shown: Box = {left: box.left, top: box.top, right: box.right, bottom: box.bottom};
  const cut = (clip: Box) => {
    shown = {
      left: Math.max(shown.left, clip.left),
      top: Math.max(shown.top, clip.top),
      right: Math.min(shown.right, clip.right),
      bottom: Math.min(shown.bottom, clip.bottom),
    };
  };
  for (let node = element.parentNode; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    if (!(node instanceof Element) || node === document.documentElement || node === document.body) continue;
    const style = getComputedStyle(node);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    const outer = node.getBoundingClientRect();
    const left = outer.left + node.clientLeft;
    const top = outer.top + node.clientTop;
    cut({left, top, right: left + node.clientWidth, bottom: top + node.clientHeight});
  }
  cut({left: 0, top: 0, right: innerWidth, bottom: innerHeight});
  return shown;
}

/** Fails unless the whole of the element's box shows, inside the viewport. */
function expectFullyShown(element: Element, name: string) {
  const box = element.getBoundingClientRect();
  const shown = shownBox(element);
  expect(box.width * box.height, `${name}: its box (${round(box)})`).to.be.greaterThan(0);
  expect(round(shown), `${name}: what shows of its box (${round(box)})`).to.equal(round(box));
}

/**
 * A region that scrolls shows a shadow inside the edge where more of it waits: at its top, the
 * bottom one only; at its end, the top one only (the colours of its two inset shadows).
 */
async function expectScrollShadows(region: HTMLElement) {
  const shadows = async () => {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const colours = getComputedStyle(region).boxShadow.match(/rgba?\([^)]*\)/g) ?? [];
    return colours.map((c) => (/, 0\)$/.test(c) ? 'none' : 'shadow'));
  };
  region.scrollTop = 0;
  expect(await shadows(), 'at the top: more below').to.deep.equal(['none', 'shadow']);
  region.scrollTop = region.scrollHeight;
  expect(await shadows(), 'at the end: more above').to.deep.equal(['shadow', 'none']);
  region.scrollTop = 0;
}

/** A `<cookie-consent>` in `lang`, once its banner speaks it. */
async function bannerIn(lang: string, template = html`<cookie-consent></cookie-consent>`) {
  document.documentElement.lang = lang;
  const el = await consentFixture(template);
  await waitUntil(() => text(part(el, 'accept-button')) === LABELS[lang][0], `the banner in ${lang}`);
  return el;
}

/** Presses Tab until `done` holds of the focused element (at most `max` times). */
async function tabUntil(el: CookieConsent, done: (focus: Element | null) => boolean, max = 12) {
  for (let i = 0; i < max && !done(focused(el)); i++) await sendKeys({press: 'Tab'});
  expect(done(focused(el)), 'the control is reached with Tab').to.equal(true);
}

// First in the file: no element of an earlier test is left to update the page's padding.
describe('the room kept for the banner on a phone', () => {
  afterEach(async () => {
    clearCookies();
    await setViewport({width: 800, height: 600});
  });

  it("follows the banner's new height", async () => {
    await setViewport(PHONE);
    const el = await bannerIn('fr');
    const banner = part(el, 'banner')!;
    expect(banner.offsetHeight).to.be.at.most(PHONE.height / 2);
    const padding = () => document.documentElement.style.paddingBottom;
    await waitUntil(() => padding() === `${banner.offsetHeight}px`, `the page's bottom padding: ${padding()}`);
    expect(document.documentElement.style.scrollPaddingBottom).to.equal(`${banner.offsetHeight}px`);
  });

  it('is left to the element on the page when a removed one renders again (a framework re-mounting it)', async () => {
    await setViewport(PHONE);
    const old = await bannerIn('fr');
    const parent = old.parentElement!;
    old.remove();
    // The framework's new element, showing its banner.
    const live = document.createElement('cookie-consent');
    parent.append(live);
    await waitUntil(() => part(live, 'banner'), 'the new banner');
    const height = () => `${part(live, 'banner')!.offsetHeight}px`;
    await waitUntil(() => document.documentElement.style.paddingBottom === height(), 'room for the new banner');
    // The removed element still gets updates (a property set by the framework's old scope).
    old.requestUpdate();
    await old.updateComplete;
    await new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame)));
    expect(document.documentElement.style.paddingBottom).to.equal(height());
    expect(document.documentElement.style.scrollPaddingBottom).to.equal(height());
    live.remove();
  });
});

describe('on a phone and at 400 % zoom', () => {
  beforeEach(() => {
    clearCookies();
  });
  afterEach(async () => {
    clearCookies();
    document.documentElement.lang = 'fr';
    await setViewport({width: 800, height: 600});
  });

  for (const lang of Object.keys(LABELS)) {
    it(`${lang}: at 320 × 568 the banner takes at most half the screen, its three choices in view and alike`, async () => {
      await setViewport(PHONE);
      const el = await bannerIn(lang);
      const banner = part(el, 'banner')!;
      const height = banner.getBoundingClientRect().height;
      expect(height, 'the banner is at most half the viewport high').to.be.at.most(PHONE.height / 2);
      expect(banner.scrollHeight, 'the banner itself does not scroll').to.be.at.most(banner.clientHeight);
      for (const name of CHOICES) expectFullyShown(bannerPart(el, name), name);
      expectFullyShown(bannerPart(el, 'close-button'), 'close-button');
      expect(CHOICES.map((name) => text(bannerPart(el, name)))).to.deep.equal(LABELS[lang].slice(0, 3));
      // Refusing weighs what accepting weighs: the same size and style.
      const [accept, reject] = [bannerPart(el, 'accept-button'), bannerPart(el, 'reject-button')];
      const looks = (button: HTMLElement) => {
        const style = getComputedStyle(button);
        const box = button.getBoundingClientRect();
        return [box.width, box.height, style.backgroundColor, style.color, style.fontWeight, style.fontSize].join(' ');
      };
      expect(looks(reject)).to.equal(looks(accept));
      // The purposes are read before the choice: at least four lines of the text show at first
      // sight (all of it when shorter), and when the rest waits below, a shadow says so.
      const [body, sentence] = [part(el, 'banner-body')!, part(el, 'banner-text')!];
      const [region, box] = [body.getBoundingClientRect(), sentence.getBoundingClientRect()];
      const shown = Math.min(region.bottom, box.bottom) - Math.max(region.top, box.top);
      const line = parseFloat(getComputedStyle(sentence).lineHeight);
      expect(shown, 'the text that shows').to.be.at.least(Math.min(4 * line, box.height) - 1);
      if (body.scrollHeight > body.clientHeight) await expectScrollShadows(body);
    });

    it(`${lang}: at 320 × 256 each control of the banner shows when the keyboard reaches it`, async () => {
      await setViewport(ZOOM_400);
      const el = await bannerIn(lang);
      expect(part(el, 'banner')!.getBoundingClientRect().height).to.be.at.most(ZOOM_400.height / 2);
      // The policy link: with the built-in configuration and no charter, a button to the dialog.
      const names = ['close-button', 'policy-link', ...CHOICES];
      bannerPart(el, 'close-button').focus();
      for (const [i, name] of names.entries()) {
        if (i > 0) await sendKeys({press: 'Tab'});
        expect(focused(el)).to.equal(bannerPart(el, name));
        expectFullyShown(focused(el)!, name);
      }
    });
  }

  it('the text of the banner scrolls in its own region, with the keyboard too, while the choices stay', async () => {
    await setViewport(PHONE);
    const el = await bannerIn('fr');
    const body = part(el, 'banner-body')!;
    expect(body.scrollHeight, 'the text is longer than its region').to.be.greaterThan(body.clientHeight);
    expect(body.contains(part(el, 'banner-text'))).to.equal(true);
    bannerPart(el, 'close-button').focus();
    await sendKeys({press: 'ArrowDown'});
    await waitUntil(() => body.scrollTop > 0, 'the arrow keys scroll the text');
    for (const name of CHOICES) expectFullyShown(bannerPart(el, name), name);
  });

  for (const lang of ['fr', 'en']) {
    it(`${lang}: at 320 × 256 every control of the dialog shows when the keyboard reaches it, and it is accessible`, async () => {
      await setViewport(ZOOM_400);
      const el = await bannerIn(lang);
      bannerPart(el, 'customize-button').focus();
      await sendKeys({press: 'Enter'});
      await waitUntil(() => dialog(el).open, 'the dialog opens');
      await el.settled;
      const d = dialog(el);
      const controls = [...d.querySelectorAll<HTMLElement>('button, input:not(:disabled), summary')];
      expect(controls.map((c) => c.getAttribute('part') ?? c.localName)).to.deep.equal([
        'close-button',
        'category-cookies-summary',
        'switch',
        'switch',
        'button accept-button',
        'button reject-button',
        'button save-button',
      ]);
      await waitUntil(() => focused(el) === controls[0], 'the focus moves into the dialog');
      expectFullyShown(controls[0], 'close-button');
      for (const control of controls.slice(1)) {
        await sendKeys({press: 'Tab'});
        expect(focused(el)).to.equal(control);
        expectFullyShown(control, control.id || control.getAttribute('part')!);
      }
      // Too short for its body to scroll between the title and the buttons: the dialog scrolls.
      expect(d.scrollHeight).to.be.greaterThan(d.clientHeight);
      await expect(el).to.be.accessible();
    });
  }

  for (const lang of ['fr', 'en']) {
    for (const size of [PHONE, ZOOM_400]) {
      it(`${lang}: the banner is accessible at ${size.width} × ${size.height}`, async () => {
        await setViewport(size);
        const el = await bannerIn(lang);
        await expect(el).to.be.accessible();
      });
    }
  }
});

describe('where the focus goes once the banner closes under it', () => {
  beforeEach(clearCookies);
  afterEach(async () => {
    clearCookies();
    await setViewport({width: 800, height: 600});
  });

  /** A page: a button, the element, then a link (the next stop of the Tab key after the banner). */
  async function page(manage = false) {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <button id="before">Avant</button>
      ${manage ? html`<cookie-consent manage-button></cookie-consent>` : html`<cookie-consent></cookie-consent>`}
      <main><a id="after" href="#after">Après</a></main>
    </div>`);
    const el = wrapper.querySelector('cookie-consent')!;
    await el.settled;
    const before = wrapper.querySelector<HTMLElement>('#before')!;
    const after = wrapper.querySelector<HTMLElement>('#after')!;
    return {el, before, after};
  }

  /** From the page's button, Tab into the banner up to `name`, and press Enter. */
  async function decideWithKeyboard(el: CookieConsent, before: HTMLElement, name: string) {
    before.focus();
    await tabUntil(el, (focus) => focus === bannerPart(el, name));
    expect(part(el, 'banner')!.contains(focused(el))).to.equal(true);
    await sendKeys({press: 'Enter'});
    await waitUntil(() => !part(el, 'banner'), 'the banner closes');
    await el.settled;
  }

  for (const [name, action] of [
    ['accept-button', 'accept'],
    ['reject-button', 'reject'],
    ['close-button', 'continue without accepting'],
  ]) {
    it(`${action}: back to where the focus was before the banner`, async () => {
      const {el, before} = await page();
      await decideWithKeyboard(el, before, name);
      await waitUntil(
        () => document.activeElement === before,
        `the focus is on ${focused(el)?.localName ?? 'nothing'}`
      );
    });

    it(`${action}: to the manage button when there is one`, async () => {
      const {el, before} = await page(true);
      await decideWithKeyboard(el, before, name);
      await waitUntil(() => part(el, 'manage-button'), 'the manage button shows');
      await waitUntil(() => focused(el) === part(el, 'manage-button'), `the focus is on ${focused(el)?.localName}`);
    });
  }

  it('from nowhere (the start of the page): to the next stop of the Tab key after the banner', async () => {
    const {el, before, after} = await page();
    before.remove();
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({press: 'Tab'});
    expect(focused(el)).to.equal(bannerPart(el, 'close-button'));
    await tabUntil(el, (focus) => focus === bannerPart(el, 'reject-button'));
    await sendKeys({press: 'Enter'});
    await waitUntil(() => !part(el, 'banner'), 'the banner closes');
    await waitUntil(() => document.activeElement === after, `the focus is on ${focused(el)?.localName ?? 'nothing'}`);
  });

  it('the element it came from is gone: to the next stop of the Tab key after the banner', async () => {
    const {el, before, after} = await page();
    before.focus();
    await tabUntil(el, (focus) => focus === bannerPart(el, 'accept-button'));
    before.remove();
    await sendKeys({press: 'Enter'});
    await waitUntil(() => document.activeElement === after, `the focus is on ${focused(el)?.localName ?? 'nothing'}`);
  });

  for (const manage of [false, true]) {
    it(`a decision in the dialog opened from the banner: ${manage ? 'to the manage button' : 'back to where the focus was before the banner'}`, async () => {
      const {el, before} = await page(manage);
      before.focus();
      await tabUntil(el, (focus) => focus === bannerPart(el, 'customize-button'));
      await sendKeys({press: 'Enter'});
      await waitUntil(() => dialog(el).open, 'the dialog opens');
      await el.settled;
      await tabUntil(el, (focus) => focus === dialog(el).querySelector('[part~="save-button"]'));
      await sendKeys({press: 'Enter'});
      await waitUntil(() => !dialog(el).open && !part(el, 'banner'), 'the dialog and the banner close');
      await el.settled;
      const target = () => (manage ? part(el, 'manage-button') : before);
      await waitUntil(() => target() && focused(el) === target(), `the focus is on ${focused(el)?.localName}`);
    });
  }

  it('the dialog opened from the page goes back to its opener, the banner closing meanwhile', async () => {
    const {el, before} = await page();
    before.addEventListener('click', () => el.showPreferences(before));
    // The visitor went through the banner first, and came back to the page.
    before.focus();
    await tabUntil(el, (focus) => focus === bannerPart(el, 'accept-button'));
    before.focus();
    await sendKeys({press: 'Enter'});
    await waitUntil(() => dialog(el).open, 'the dialog opens');
    await el.settled;
    (dialog(el).querySelector('[part~="reject-button"]') as HTMLElement).focus();
    await sendKeys({press: 'Enter'});
    await waitUntil(() => !part(el, 'banner'), 'the banner closes');
    await el.settled;
    await waitUntil(() => document.activeElement === before, 'the focus is back on the opener');
  });

  it('a decision made elsewhere leaves the focus where the visitor put it', async () => {
    const {el, before, after} = await page(true);
    before.focus();
    await tabUntil(el, (focus) => focus === bannerPart(el, 'accept-button'));
    after.focus();
    await el.rejectAll();
    await el.settled;
    await waitUntil(() => part(el, 'manage-button'), 'the manage button shows');
    expect(document.activeElement).to.equal(after);
  });
});
