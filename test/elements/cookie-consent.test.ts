import {expect, fixture, html, oneEvent, waitUntil, nextFrame} from '@open-wc/testing';
import {a11ySnapshot, sendKeys} from '@web/test-runner-commands';
import '../../src/define.js';
import {consentFixture} from '../helpers/elements.js';
import type {CookieConsent} from '../../src/cookie-consent/cookie-consent.js';
import type {CookieConsentChangeEvent} from '../../src/cookie-consent/events.js';
import {clearCookies, readCookie, storedDecision} from '../helpers/cookies.js';
import {LINK_CORPUS, SCRIPT_LINKS} from '../helpers/links.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function part(el: CookieConsent, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}
/** Whether a part is rendered (a boolean, so that a failure message stays small). */
function has(el: CookieConsent, name: string): boolean {
  return part(el, name) !== null;
}
function parts(el: CookieConsent, name: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}
function bannerButton(el: CookieConsent, name: string): HTMLButtonElement {
  return part(el, 'banner')!.querySelector<HTMLButtonElement>(`[part~="${name}"]`)!;
}
/** The banner's link to a policy page (without one, `policy-link` is a button that opens the dialog). */
function policyAnchor(el: CookieConsent): HTMLAnchorElement | null {
  return el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part~="policy-link"]');
}
function dialog(el: CookieConsent): HTMLDialogElement {
  return el.shadowRoot!.querySelector('dialog')!;
}
function dialogButton(el: CookieConsent, name: string): HTMLButtonElement {
  return dialog(el).querySelector<HTMLButtonElement>(`[part~="${name}"]`)!;
}
function switches(el: CookieConsent): HTMLInputElement[] {
  return [...dialog(el).querySelectorAll<HTMLInputElement>('input[role="switch"]')];
}
/** The focused element, inside the element's shadow root when focus is there. */
function focused(el: CookieConsent): Element | null {
  return document.activeElement === el ? el.shadowRoot!.activeElement : document.activeElement;
}
async function openPreferences(el: CookieConsent) {
  bannerButton(el, 'customize-button').click();
  await waitUntil(() => dialog(el).open, 'the dialog opens');
  await el.settled;
}
async function inEnglish(el: CookieConsent) {
  document.documentElement.lang = 'en';
  await waitUntil(() => part(el, 'banner-title')?.textContent?.includes('Cookies on') ?? false, 'English texts');
}
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<cookie-consent>', () => {
  beforeEach(() => {
    clearCookies();
    document.documentElement.lang = 'fr';
  });
  afterEach(async () => {
    clearCookies();
    document.documentElement.lang = 'fr';
  });

  describe('first visit', () => {
    it('shows a labelled, non-modal banner in French with three equal choices and writes nothing', async () => {
      const el = await consentFixture(html`<cookie-consent no-reload-on-withdraw></cookie-consent>`);
      const banner = part(el, 'banner')!;
      expect(banner.tagName).to.equal('SECTION');
      expect(banner.getAttribute('aria-labelledby')).to.equal('banner-title');
      expect(text(part(el, 'banner-title'))).to.equal('Les cookies sur data.seineouest.fr');
      const labels = parts(el, 'banner-actions')[0].querySelectorAll('button');
      expect([...labels].map((b) => text(b))).to.deep.equal(['Tout accepter', 'Tout refuser', 'Personnaliser']);
      // Equal weight: same size and colours.
      const styles = [...labels].map((b) => getComputedStyle(b));
      for (const s of styles) {
        expect(s.backgroundColor).to.equal(styles[0].backgroundColor);
        expect(s.color).to.equal(styles[0].color);
        expect(s.fontWeight).to.equal(styles[0].fontWeight);
      }
      const heights = [...labels].map((b) => b.getBoundingClientRect().height);
      expect(new Set(heights).size).to.equal(1);
      expect(text(bannerButton(el, 'close-button'))).to.equal('Continuer sans accepter');
      expect(dialog(el).open).to.equal(false);
      expect(document.cookie).to.equal('');
      expect(localStorage.length + sessionStorage.length).to.equal(0);
      expect(el.consent).to.equal(null);
    });

    it('leaves the page usable: nothing is inert, focus is not taken', async () => {
      const outside = await fixture<HTMLButtonElement>(html`<button>page</button>`);
      const el = await consentFixture(html`<cookie-consent no-reload-on-withdraw></cookie-consent>`);
      outside.focus();
      expect(document.activeElement).to.equal(outside);
      expect(part(el, 'banner')!.closest('dialog')).to.equal(null);
      expect(dialog(el).open).to.equal(false);
    });

    it('is accessible in French', async () => {
      const el = await consentFixture(html`<cookie-consent no-reload-on-withdraw></cookie-consent>`);
      await expect(el).to.be.accessible();
    });

    it('is accessible in English', async () => {
      const el = await consentFixture(html`<cookie-consent no-reload-on-withdraw></cookie-consent>`);
      await inEnglish(el);
      expect(text(bannerButton(el, 'accept-button'))).to.equal('Accept all');
      expect(part(el, 'banner')!.closest('[lang]')!.getAttribute('lang')).to.equal('en');
      await expect(el).to.be.accessible();
    });

    it('announces that no decision exists yet', async () => {
      // The event fires once per page load (an earlier test had it): each element's `ready` says it.
      const el = await fixture<CookieConsent>(html`<cookie-consent no-reload-on-withdraw></cookie-consent>`);
      const detail = await el.ready;
      expect(detail).to.deep.equal({consent: null, revision: 2, timestamp: null, id: null, lang: 'fr'});
    });

    it('shows no banner when every category is required', async () => {
      const config = {categories: [{id: 'necessary', required: true, title: 'Nécessaires'}]};
      const el = await consentFixture(html`<cookie-consent no-reload-on-withdraw .config=${config}></cookie-consent>`);
      expect(has(el, 'banner')).to.equal(false);
      expect(el.hasConsent('necessary')).to.equal(true);
    });
  });

  describe('decisions from the banner', () => {
    it('"Tout refuser" stores the refusal and fires reject-all', async () => {
      const el = await consentFixture(html`<cookie-consent no-reload-on-withdraw></cookie-consent>`);
      const change = oneEvent(el, 'cookie-consent-change') as Promise<CookieConsentChangeEvent>;
      bannerButton(el, 'reject-button').click();
      const {detail, bubbles, composed} = await change;
      expect(bubbles && composed).to.equal(true);
      expect(detail.action).to.equal('reject-all');
      expect(detail.consent).to.deep.equal({
        necessary: true,
        statistics: false,
        'third-party': false,
      });
      expect(detail.revision).to.equal(2);
      expect(detail.lang).to.equal('fr');
      expect(detail.id).to.match(UUID);
      expect(Math.abs(detail.timestamp - Date.now())).to.be.lessThan(5000);
      const stored = storedDecision()!;
      expect(stored).to.deep.include({v: 1, r: 2, id: detail.id, l: 'fr', t: detail.timestamp});
      expect(stored.c).to.deep.equal({necessary: 1, statistics: 0, 'third-party': 0});
      await el.settled;
      expect(has(el, 'banner')).to.equal(false);
      expect(el.consent).to.deep.equal(detail.consent);
    });

    it('"Tout accepter" grants every category', async () => {
      const el = await consentFixture(html`<cookie-consent no-reload-on-withdraw></cookie-consent>`);
      const change = oneEvent(el, 'cookie-consent-change') as Promise<CookieConsentChangeEvent>;
      bannerButton(el, 'accept-button').click();
      const {detail} = await change;
      expect(detail.action).to.equal('accept-all');
      expect(Object.values(detail.consent).every(Boolean)).to.equal(true);
      expect(el.hasConsent('third-party')).to.equal(true);
    });

    it('"Continuer sans accepter" counts as a refusal with action close', async () => {
      const el = await consentFixture(html`<cookie-consent no-reload-on-withdraw></cookie-consent>`);
      const change = oneEvent(el, 'cookie-consent-change') as Promise<CookieConsentChangeEvent>;
      bannerButton(el, 'close-button').click();
      const {detail} = await change;
      expect(detail.action).to.equal('close');
      expect(detail.consent.statistics).to.equal(false);
      expect(storedDecision()!.c).to.deep.equal({necessary: 1, statistics: 0, 'third-party': 0});
    });

    it('inside a form, its buttons submit nothing', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form action="/nowhere"><cookie-consent no-reload-on-withdraw></cookie-consent></form>`
      );
      let submitted = 0;
      form.addEventListener('submit', (e) => {
        submitted++;
        e.preventDefault();
      });
      const el = form.querySelector('cookie-consent')!;
      await el.settled;
      bannerButton(el, 'customize-button').click();
      bannerButton(el, 'reject-button').click();
      await el.settled;
      expect(submitted).to.equal(0);
      expect(el.consent!.statistics).to.equal(false);
    });

    it('announces the saved choice in a status message', async () => {
      const el = await consentFixture(html`<cookie-consent no-reload-on-withdraw></cookie-consent>`);
      const status = el.shadowRoot!.querySelector('[role="status"]')!;
      expect(text(status)).to.equal('');
      bannerButton(el, 'reject-button').click();
      await waitUntil(() => text(status) !== '', 'status message');
      expect(text(status)).to.equal('Vos choix concernant les cookies ont été enregistrés.');
      // The same live region stays in place, so that it is announced.
      expect(el.shadowRoot!.querySelector('[role="status"]')).to.equal(status);
    });

    it('can be driven with the keyboard alone', async () => {
      const el = await consentFixture(html`<cookie-consent no-reload-on-withdraw></cookie-consent>`);
      bannerButton(el, 'accept-button').focus();
      await sendKeys({press: 'Tab'});
      expect(focused(el)).to.equal(bannerButton(el, 'reject-button'));
      const change = oneEvent(el, 'cookie-consent-change') as Promise<CookieConsentChangeEvent>;
      await sendKeys({press: 'Enter'});
      expect((await change).detail.action).to.equal('reject-all');
    });
  });

  describe('preferences dialog', () => {
    it('opens as a modal dialog, all optional switches off, necessary on and disabled', async () => {
      const el = await consentFixture(html`<cookie-consent no-reload-on-withdraw></cookie-consent>`);
      await openPreferences(el);
      const d = dialog(el);
      expect(d.matches(':modal')).to.equal(true);
      expect(d.getAttribute('aria-labelledby')).to.equal('dialog-title');
      expect(text(d.querySelector('#dialog-title'))).to.equal('Vos préférences en matière de cookies');
      const s = switches(el);
      expect(s.map((i) => i.checked)).to.deep.equal([true, false, false]);
      expect(s.map((i) => i.disabled)).to.deep.equal([true, false, false]);
      expect(s[0].labels![0].textContent).to.contain('Cookies nécessaires');
      expect(text(d.querySelector('#description-0'))).to.contain('Toujours actifs');
      expect(d.contains(focused(el))).to.equal(true);
    });

    it('says "Toujours actif" beside the required switch, and a screen reader hears its state and why', async () => {
      const el = await consentFixture(html`<cookie-consent no-reload-on-withdraw></cookie-consent>`);
      await openPreferences(el);
      const states = () => [...dialog(el).querySelectorAll('.switch-state')].map(text);
      expect(states()).to.deep.equal(['Toujours actif', 'Refusé', 'Refusé']);
      switches(el)[1].click();
      await el.updateComplete;
      expect(states()).to.deep.equal(['Toujours actif', 'Accepté', 'Refusé']);
      // What assistive technology gets: the switch's own state (on, unavailable) and, as its
      // description, why it cannot be turned off; the visible state is not read twice.
      type Node = {role?: string; name?: string; description?: string; checked?: boolean; disabled?: boolean};
      const flat = (node: Node & {children?: Node[]}): Node[] => [node, ...(node.children ?? []).flatMap(flat)];
      const tree = (await a11ySnapshot({})) as unknown as Node;
      const required = flat(tree).find((n) => n.role === 'switch' && n.name!.startsWith('Cookies nécessaires'))!;
      expect(required).to.include({checked: true, disabled: true});
      expect(required.description).to.match(/^Toujours actifs : ces cookies ne demandent pas votre accord\./);
      expect(flat(tree).some((n) => n.name === 'Toujours actif')).to.equal(false);
      await inEnglish(el);
      await waitUntil(() => states()[0] === 'Always active', 'English state');
      expect(states()).to.deep.equal(['Always active', 'Accepted', 'Refused']);
    });

    it('is accessible in French and in English', async () => {
      const el = await consentFixture(html`<cookie-consent no-reload-on-withdraw></cookie-consent>`);
      await openPreferences(el);
      await expect(el).to.be.accessible();
      await inEnglish(el);
      await waitUntil(
        () => text(dialog(el).querySelector('#dialog-title')) === 'Your cookie preferences',
        'English dialog'
      );
      // The built-in configuration's English texts follow on first use.
      await waitUntil(
        () => switches(el)[1].labels![0].textContent === 'Audience measurement',
        'English built-in texts'
      );
      await expect(el).to.be.accessible();
    });

    it('saves statistics only, with the keyboard', async () => {
      const el = await consentFixture(html`<cookie-consent no-reload-on-withdraw></cookie-consent>`);
      await openPreferences(el);
      switches(el)[1].focus();
      await sendKeys({press: 'Space'});
      expect(switches(el)[1].checked).to.equal(true);
      dialogButton(el, 'save-button').focus();
      const change = oneEvent(el, 'cookie-consent-change') as Promise<CookieConsentChangeEvent>;
      await sendKeys({press: 'Enter'});
      const {detail} = await change;
      expect(detail.action).to.equal('save');
      expect(detail.consent).to.deep.equal({
        necessary: true,
        statistics: true,
        'third-party': false,
      });
      expect(storedDecision()!.c).to.deep.equal({necessary: 1, statistics: 1, 'third-party': 0});
      await waitUntil(() => !dialog(el).open, 'the dialog closes');
      expect(el.hasConsent('statistics')).to.equal(true);
      expect(el.hasConsent('third-party')).to.equal(false);
    });

    it('Escape grants nothing, keeps the banner and returns focus to "Personnaliser"', async () => {
      const el = await consentFixture(html`<cookie-consent no-reload-on-withdraw></cookie-consent>`);
      bannerButton(el, 'customize-button').focus();
      await sendKeys({press: 'Enter'});
      await waitUntil(() => dialog(el).open, 'the dialog opens');
      switches(el)[1].click();
      await sendKeys({press: 'Escape'});
      await waitUntil(() => !dialog(el).open, 'the dialog closes');
      await waitUntil(() => focused(el) === bannerButton(el, 'customize-button'), 'focus returns to the opener');
      expect(document.cookie).to.equal('');
      expect(el.consent).to.equal(null);
      expect(has(el, 'banner')).to.equal(true);
    });

    it('the close button grants nothing either', async () => {
      const el = await consentFixture(html`<cookie-consent no-reload-on-withdraw></cookie-consent>`);
      await openPreferences(el);
      switches(el)[2].click();
      dialog(el).querySelector<HTMLButtonElement>('[part~="close-button"]')!.click();
      await waitUntil(() => !dialog(el).open, 'the dialog closes');
      expect(document.cookie).to.equal('');
      await openPreferences(el);
      expect(switches(el).map((i) => i.checked)).to.deep.equal([true, false, false]);
    });

    it('"Tout accepter" and "Tout refuser" in the dialog decide for every category', async () => {
      const el = await consentFixture(html`<cookie-consent no-reload-on-withdraw></cookie-consent>`);
      await openPreferences(el);
      let change = oneEvent(el, 'cookie-consent-change') as Promise<CookieConsentChangeEvent>;
      dialogButton(el, 'accept-button').click();
      expect((await change).detail.action).to.equal('accept-all');
      el.showPreferences();
      await waitUntil(() => dialog(el).open, 'reopened');
      expect(switches(el).every((i) => i.checked)).to.equal(true);
      change = oneEvent(el, 'cookie-consent-change') as Promise<CookieConsentChangeEvent>;
      dialogButton(el, 'reject-button').click();
      expect((await change).detail.consent).to.deep.equal({
        necessary: true,
        statistics: false,
        'third-party': false,
      });
    });
  });

  describe('after a decision', () => {
    it('shows no banner and announces the stored choice on the next load', async () => {
      const first = await consentFixture(html`<cookie-consent no-reload-on-withdraw></cookie-consent>`);
      first.save({statistics: true});
      const id = first.consent && storedDecision()!.id;
      first.remove();
      const el = await consentFixture(html`<cookie-consent no-reload-on-withdraw></cookie-consent>`);
      const detail = await el.ready;
      expect(detail.consent).to.deep.equal({
        necessary: true,
        statistics: true,
        'third-party': false,
      });
      expect(detail.id).to.equal(id);
      expect(detail.revision).to.equal(2);
      expect(typeof detail.timestamp).to.equal('number');
      expect(has(el, 'banner')).to.equal(false);
    });

    it('offers a persistent "Gérer les cookies" button that reopens the preferences and gets the focus back', async () => {
      const el = await consentFixture(html`<cookie-consent no-reload-on-withdraw manage-button></cookie-consent>`);
      expect(has(el, 'manage-button')).to.equal(false);
      await openPreferences(el);
      dialogButton(el, 'reject-button').click();
      await waitUntil(() => part(el, 'manage-button') !== null, 'the manage button shows');
      await waitUntil(() => focused(el) === part(el, 'manage-button'), 'focus lands on the manage button');
      await expect(el).to.be.accessible();
      await sendKeys({press: 'Enter'});
      await waitUntil(() => dialog(el).open, 'the dialog opens');
      expect(switches(el).map((i) => i.checked)).to.deep.equal([true, false, false]);
      await sendKeys({press: 'Escape'});
      await waitUntil(() => focused(el) === part(el, 'manage-button'), 'focus returns to the manage button');
      document.documentElement.lang = 'en';
      await waitUntil(() => text(part(el, 'manage-button')) === 'Manage cookies', 'English manage button');
      await expect(el).to.be.accessible();
    });

    it('asks again when the revision changes', async () => {
      const first = await consentFixture(html`<cookie-consent no-reload-on-withdraw></cookie-consent>`);
      first.acceptAll();
      first.remove();
      const config = {revision: 3};
      const el = await consentFixture(html`<cookie-consent no-reload-on-withdraw .config=${config}></cookie-consent>`);
      expect(el.consent).to.equal(null);
      expect(has(el, 'banner')).to.equal(true);
    });

    it('treats a garbage or foreign cookie as no decision, without an error', async () => {
      for (const value of ['accepted', '%7B%22v%22%3A1%7D', '%E0%A4%A', '{"statistics":true}']) {
        document.cookie = `cookies_preferences=${value}; Path=/`;
        const el = await consentFixture(html`<cookie-consent no-reload-on-withdraw></cookie-consent>`);
        expect(el.consent, value).to.equal(null);
        expect(el.hasConsent('statistics')).to.equal(false);
        expect(has(el, 'banner'), value).to.equal(true);
        el.remove();
      }
    });
  });

  describe('methods', () => {
    it('acceptAll, rejectAll and save decide like the buttons', async () => {
      const el = await consentFixture(html`<cookie-consent no-reload-on-withdraw></cookie-consent>`);
      const actions: string[] = [];
      el.addEventListener('cookie-consent-change', (e) => actions.push(e.detail.action));
      el.acceptAll();
      expect(el.hasConsent('statistics')).to.equal(true);
      el.save({statistics: false, 'third-party': true, unknown: true} as never);
      expect(el.consent).to.deep.equal({necessary: true, statistics: false, 'third-party': true});
      el.rejectAll();
      expect(el.hasConsent('third-party')).to.equal(false);
      expect(el.hasConsent('necessary')).to.equal(true);
      expect(actions).to.deep.equal(['accept-all', 'save', 'reject-all']);
    });

    it('methods called while the configuration loads wait for it, after cookie-consent-ready', async () => {
      const el = document.createElement('cookie-consent') as CookieConsent;
      el.setAttribute('src', '/test/fixtures/config.json');
      const order: string[] = [];
      el.ready.then(() => order.push('ready'));
      el.addEventListener('cookie-consent-change', (e) => order.push(e.detail.action));
      document.body.append(el);
      try {
        el.acceptAll();
        expect(el.consent).to.equal(null);
        await waitUntil(() => order.length === 2, 'ready, then the decision');
        expect(order).to.deep.equal(['ready', 'accept-all']);
        expect(storedDecision()!.r).to.equal(4);
        expect(el.hasConsent('audience')).to.equal(true);
      } finally {
        el.remove();
      }
    });

    it('reset without a decision only shows the banner: nothing to withdraw', async () => {
      const el = await consentFixture(html`<cookie-consent no-reload-on-withdraw></cookie-consent>`);
      let changes = 0;
      el.addEventListener('cookie-consent-change', () => changes++);
      el.reset();
      await el.settled;
      expect(changes).to.equal(0);
      expect(has(el, 'banner')).to.equal(true);
      expect(document.cookie).to.equal('');
    });

    it('consent is read-only and a copy', async () => {
      const el = await consentFixture(html`<cookie-consent no-reload-on-withdraw></cookie-consent>`);
      el.rejectAll();
      el.consent!.statistics = true;
      expect(el.hasConsent('statistics')).to.equal(false);
      expect(() => ((el as unknown as {consent: unknown}).consent = {})).to.throw();
    });

    it('showBanner brings the banner back after a decision', async () => {
      const el = await consentFixture(html`<cookie-consent no-reload-on-withdraw></cookie-consent>`);
      el.rejectAll();
      await el.settled;
      expect(has(el, 'banner')).to.equal(false);
      el.showBanner();
      await el.settled;
      expect(has(el, 'banner')).to.equal(true);
      expect(el.hasConsent('statistics')).to.equal(false);
    });

    it('reset forgets the decision: cookie deleted, consent null, banner back, withdraw fired', async () => {
      const el = await consentFixture(html`<cookie-consent no-reload-on-withdraw></cookie-consent>`);
      el.acceptAll();
      const id = storedDecision()!.id;
      const change = oneEvent(el, 'cookie-consent-change') as Promise<CookieConsentChangeEvent>;
      el.reset();
      const {detail} = await change;
      expect(detail.action).to.equal('withdraw');
      expect(detail.id).to.equal(id);
      expect(detail.consent).to.deep.equal({
        necessary: true,
        statistics: false,
        'third-party': false,
      });
      expect(readCookie('cookies_preferences')).to.equal(null);
      expect(el.consent).to.equal(null);
      await el.settled;
      expect(has(el, 'banner')).to.equal(true);
    });
  });

  describe('configuration', () => {
    it('reads a child JSON script', async () => {
      const el = await consentFixture(html`<cookie-consent no-reload-on-withdraw>
        <script type="application/json">
          {"site": {"name": "Mairie de Test"}, "cookie": {"name": "choix_cookies"}}
        </script>
      </cookie-consent>`);
      expect(text(part(el, 'banner-title'))).to.equal('Les cookies sur Mairie de Test');
      el.rejectAll();
      expect(readCookie('choix_cookies')).not.to.equal(null);
      expect(readCookie('cookies_preferences')).to.equal(null);
    });

    it('declares the cookies of the services its configuration names, and names a faulty entry', async () => {
      const errors: string[] = [];
      const original = console.error;
      console.error = (message: string) => errors.push(message);
      try {
        const el = await consentFixture(html`<cookie-consent no-reload-on-withdraw
          .config=${{services: [{id: 'matomo', category: 'statistics'}, {id: 'nope'}]}}
        ></cookie-consent>`);
        const config = await el.loadConfig();
        const matomo = config.cookies.filter((c) => c.provider === 'Matomo (InnoCraft)');
        expect(matomo.map((c) => c.category)).to.deep.equal(matomo.map(() => 'statistics'));
        expect(matomo.map((c) => c.name)).to.include('_pk_id.*');
        expect(
          config.cookies.map((c) => c.name),
          'the built-in cookies stay'
        ).to.include('sessionid');
        expect(errors.join('\n')).to.include('services[1].id: "nope" is not a service of the catalogue');
      } finally {
        console.error = original;
      }
    });

    it('fetches the file named by src', async () => {
      const el = await consentFixture(
        html`<cookie-consent no-reload-on-withdraw src="/test/fixtures/config.json"></cookie-consent>`
      );
      await waitUntil(() => part(el, 'banner') !== null, 'the banner shows');
      expect(text(part(el, 'banner-title'))).to.equal('Les cookies sur Ville de Testville');
      expect(el.activeConfig!.revision).to.equal(4);
      expect(part(el, 'policy-link')!.getAttribute('href')).to.equal('/cookies');
      await openPreferences(el);
      expect(switches(el).map((s) => s.labels![0].textContent)).to.deep.equal(['Nécessaires', "Mesure d'audience"]);
    });

    it('never links to a script address, whichever source gives it', async () => {
      for (const policyUrl of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', '//evil.example/']) {
        const config = {site: {name: 'Mairie', policyUrl}};
        const byProperty = await consentFixture(
          html`<cookie-consent no-reload-on-withdraw .config=${config}></cookie-consent>`
        );
        await byProperty.settled;
        expect(text(part(byProperty, 'banner-title'))).to.equal('Les cookies sur Mairie');
        expect(policyAnchor(byProperty), policyUrl).to.equal(null);
        // Without a policy of its own, the banner points to the dialog instead.
        expect(part(byProperty, 'policy-link')!.localName, policyUrl).to.equal('button');
        const holder = document.createElement('div');
        holder.innerHTML = `<cookie-consent no-reload-on-withdraw><script type="application/json">${JSON.stringify(config)}</script></cookie-consent>`;
        const byScript = (await fixture<HTMLDivElement>(holder)).querySelector('cookie-consent')!;
        await byScript.settled;
        expect(text(part(byScript, 'banner-title')), 'the script was read').to.equal('Les cookies sur Mairie');
        expect(policyAnchor(byScript), policyUrl).to.equal(null);
      }
    });

    it('renders a policy link only where the browser parses it to an http(s) address on this site', async () => {
      const original = console.error;
      console.error = () => undefined;
      try {
        for (const policyUrl of LINK_CORPUS) {
          const label = JSON.stringify(policyUrl);
          const el = await consentFixture(
            html`<cookie-consent no-reload-on-withdraw .config=${{site: {name: 'Mairie', policyUrl}}}></cookie-consent>`
          );
          expect(text(part(el, 'banner-title')), label).to.equal('Les cookies sur Mairie');
          const link = policyAnchor(el);
          if (link) {
            expect(link.protocol, label).to.match(/^https?:$/);
            expect(link.getAttribute('href'), label).to.equal(policyUrl);
            if (!/^\s*https?:/i.test(policyUrl)) expect(link.origin, label).to.equal(location.origin);
          }
          if (SCRIPT_LINKS.includes(policyUrl)) expect(link, label).to.equal(null);
          el.remove();
        }
      } finally {
        console.error = original;
      }
    });

    it('prefers the property over the child script and the child script over src', async () => {
      const el = await consentFixture(html`<cookie-consent no-reload-on-withdraw src="/test/fixtures/config.json">
        <script type="application/json">{"site": {"name": "Script"}}</script>
      </cookie-consent>`);
      expect(text(part(el, 'banner-title'))).to.equal('Les cookies sur Script');
      el.config = {site: {name: 'Propriété'}};
      await el.settled;
      expect(text(part(el, 'banner-title'))).to.equal('Les cookies sur Propriété');
    });

    it('follows a src attribute changed after the first render', async () => {
      const el = await consentFixture(html`<cookie-consent no-reload-on-withdraw></cookie-consent>`);
      el.setAttribute('src', '/test/fixtures/config.json');
      await waitUntil(() => el.activeConfig?.revision === 4, 'the new configuration loads');
      await el.settled;
      expect(text(part(el, 'banner-title'))).to.equal('Les cookies sur Ville de Testville');
    });

    it('reports a malformed configuration with the faulty field and still asks, granting nothing', async () => {
      const errors: string[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => errors.push(args.join(' '));
      try {
        const el = await consentFixture(html`<cookie-consent no-reload-on-withdraw>
          <script type="application/json">{"categories": [{"id": "stats"}]}</script>
        </cookie-consent>`);
        expect(errors.join('\n')).to.contain('categories[0].title');
        expect(has(el, 'banner')).to.equal(true);
        expect(el.hasConsent('statistics')).to.equal(false);
        await expect(el).to.be.accessible();
      } finally {
        console.error = original;
      }
    });

    it('reports invalid JSON and a missing file', async () => {
      const errors: string[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => errors.push(args.join(' '));
      try {
        await fixture(
          html`<cookie-consent no-reload-on-withdraw><script type="application/json">{"site": </script></cookie-consent>`
        );
        const missing = await consentFixture(
          html`<cookie-consent no-reload-on-withdraw src="/test/fixtures/missing.json"></cookie-consent>`
        );
        await waitUntil(() => missing.activeConfig !== null, 'fallback configuration');
        expect(errors[0]).to.contain('not valid JSON');
        expect(errors[1]).to.contain('src').and.to.contain('HTTP 404');
        await missing.settled;
        expect(has(missing, 'banner')).to.equal(true);
      } finally {
        console.error = original;
      }
    });

    it('renders configuration texts as text, never as markup', async () => {
      const config = {
        site: {name: '<img src=x onerror="window.__xss=1">'},
        categories: [
          {id: 'necessary', required: true, title: '<b>Nécessaires</b>'},
          {
            id: 'stats',
            title: {fr: '<script>window.__xss=1</script>', en: 'x'},
            description: '<a href="javascript:alert(1)">lien</a>',
          },
        ],
      };
      const el = await consentFixture(html`<cookie-consent no-reload-on-withdraw .config=${config}></cookie-consent>`);
      await openPreferences(el);
      const root = el.shadowRoot!;
      expect(root.querySelector('img, b, script, a[href^="javascript"]')?.outerHTML ?? null).to.equal(null);
      expect(text(part(el, 'banner-title'))).to.contain('<img src=x');
      expect(switches(el)[1].labels![0].textContent).to.equal('<script>window.__xss=1</script>');
      expect((window as unknown as {__xss?: number}).__xss).to.equal(undefined);
    });
  });

  describe('language', () => {
    it('follows its own lang attribute, with region codes', async () => {
      const el = await consentFixture(html`<cookie-consent no-reload-on-withdraw lang="en-GB"></cookie-consent>`);
      await waitUntil(() => text(bannerButton(el, 'reject-button')) === 'Reject all', 'English');
      const change = oneEvent(el, 'cookie-consent-change') as Promise<CookieConsentChangeEvent>;
      bannerButton(el, 'reject-button').click();
      expect((await change).detail.lang).to.equal('en');
      expect(storedDecision()!.l).to.equal('en');
    });

    it('re-renders in place when <html lang> changes, configuration texts included', async () => {
      const el = await consentFixture(html`<cookie-consent no-reload-on-withdraw></cookie-consent>`);
      await openPreferences(el);
      const d = dialog(el);
      document.documentElement.lang = 'en-US';
      await waitUntil(() => text(d.querySelector('#dialog-title')) === 'Your cookie preferences', 'English');
      expect(dialog(el)).to.equal(d);
      expect(d.open).to.equal(true);
      // The built-in configuration's English texts follow on first use.
      await waitUntil(
        () => switches(el)[2].labels![0].textContent === 'Third-party content and services',
        'English built-in texts'
      );
      document.documentElement.lang = 'fr';
      await waitUntil(
        () => text(d.querySelector('#dialog-title')) === 'Vos préférences en matière de cookies',
        'French again'
      );
      expect(switches(el)[2].labels![0].textContent).to.equal('Contenus et services tiers');
    });

    it('falls back to French for a language without translation', async () => {
      const el = await consentFixture(html`<cookie-consent no-reload-on-withdraw lang="pt"></cookie-consent>`);
      await nextFrame();
      expect(text(bannerButton(el, 'accept-button'))).to.equal('Tout accepter');
      expect(part(el, 'banner')!.closest('[lang]')!.getAttribute('lang')).to.equal('fr');
    });
  });

  describe('in a framework', () => {
    it('survives being disconnected and connected again', async () => {
      const el = await consentFixture(html`<cookie-consent no-reload-on-withdraw></cookie-consent>`);
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await el.settled;
      const change = oneEvent(el, 'cookie-consent-change') as Promise<CookieConsentChangeEvent>;
      bannerButton(el, 'accept-button').click();
      expect((await change).detail.action).to.equal('accept-all');
    });

    it('loading a second copy (the browser bundle) beside this one is harmless', async () => {
      const {CookieConsent: Class} = await import('../../src/cookie-consent/cookie-consent.js');
      // A second, separately built copy of both elements (`npm run build:bundle`).
      const bundle = '/dist/cookie-elements.js';
      const second = (await import(bundle)) as {CookieConsent: unknown};
      expect(second.CookieConsent).not.to.equal(Class);
      expect(customElements.get('cookie-consent')).to.equal(Class);
      const el = await consentFixture(html`<cookie-consent no-reload-on-withdraw></cookie-consent>`);
      expect(has(el, 'banner')).to.equal(true);
    });
  });
});
