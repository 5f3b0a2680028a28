// The first layer names the purposes and links to the policy; the dialog names who sets the
// cookies; any element marked `data-cookie-preferences` opens the preferences (CNIL 2020
// recommendation on cookies; RGAA). (`text()` reads a no-break space as a space.)
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/define.js';
import {consentFixture} from '../helpers/elements.js';
import type {CookieConsent} from '../../src/cookie-consent/cookie-consent.js';
import {clearCookies} from '../helpers/cookies.js';

const part = (el: CookieConsent, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const dialog = (el: CookieConsent) => el.shadowRoot!.querySelector('dialog')!;
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The focused element, inside the element's shadow root when focus is there. */
const focused = (el: CookieConsent) =>
  document.activeElement === el ? el.shadowRoot!.activeElement : document.activeElement;

const OWN = {
  site: {name: 'Ville de Test', policyUrl: '/pages/cookies'},
  categories: [
    {id: 'necessary', required: true, title: 'Nécessaires'},
    {id: 'audience', title: {fr: 'Statistiques de visite', en: 'Visit statistics'}},
    {id: 'video', title: {fr: 'Vidéos', en: 'Videos'}},
  ],
  cookies: [
    {category: 'necessary', provider: 'Ville de Test', name: 'sid', purpose: 'Session', duration: 'Session'},
    {category: 'video', provider: 'PeerTube', name: 'pt_*', purpose: 'Lecture', duration: '1 an'},
  ],
  services: [{id: 'matomo', category: 'audience'}],
};

async function openDialog(el: CookieConsent) {
  await el.showPreferences();
  await el.settled;
  expect(dialog(el).open).to.equal(true);
}

describe('<cookie-consent> purposes and providers', () => {
  beforeEach(() => {
    clearCookies();
    document.documentElement.lang = 'fr';
  });
  afterEach(async () => {
    clearCookies();
    document.documentElement.lang = 'fr';
    history.replaceState(null, '', location.pathname + location.search);
  });

  describe('first layer', () => {
    it('names the built-in purposes in French; without a policy, its link opens the preferences', async () => {
      const el = await consentFixture(html`<cookie-consent no-reload-on-withdraw></cookie-consent>`);
      const said = text(part(el, 'banner-text'));
      expect(said).to.include('nous utilisons des cookies pour : mesure d’audience, contenus et services tiers.');
      const link = part(el, 'policy-link')!;
      expect(link.tagName).to.equal('BUTTON');
      expect(text(link)).to.equal('Voir les cookies et leurs prestataires');
      link.click();
      await waitUntil(() => dialog(el).open, 'the dialog opens');
      await el.settled;
      expect(dialog(el).contains(focused(el)), 'focus is in the dialog').to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('names the built-in purposes in English', async () => {
      document.documentElement.lang = 'en';
      const el = await consentFixture(html`<cookie-consent></cookie-consent>`);
      await waitUntil(() => text(part(el, 'banner-text')).includes('With your consent'), 'English texts');
      expect(text(part(el, 'banner-text'))).to.include(
        'With your consent, we use cookies for: audience measurement, third-party content and services.'
      );
      expect(text(part(el, 'policy-link'))).to.equal('See the cookies and their providers');
      await expect(el).to.be.accessible();
    });

    it('names the optional categories of a configuration and links to its policy page', async () => {
      const el = await consentFixture(html`<cookie-consent .config=${OWN}></cookie-consent>`);
      expect(text(part(el, 'banner-text'))).to.include('pour : Statistiques de visite, Vidéos.');
      expect(text(part(el, 'banner-text'))).not.to.include('Nécessaires');
      const link = part(el, 'policy-link') as HTMLAnchorElement;
      expect(link.tagName).to.equal('A');
      expect(link.href).to.equal(new URL('/pages/cookies', location.href).href);
      document.documentElement.lang = 'en';
      await waitUntil(() => text(part(el, 'banner-text')).includes('for: Visit statistics, Videos.'), 'English titles');
      await expect(el).to.be.accessible();
    });

    it('links to the charter of the page, giving it an id when it has none', async () => {
      const page = await fixture<HTMLElement>(html`<div>
        <cookie-consent no-reload-on-withdraw></cookie-consent>
        <div style="height: 150vh"></div>
        <cookie-charter></cookie-charter>
      </div>`);
      const el = page.querySelector('cookie-consent')!;
      await el.settled;
      const charter = page.querySelector('cookie-charter')!;
      const link = part(el, 'policy-link') as HTMLAnchorElement;
      expect(link.tagName).to.equal('A');
      expect(text(link)).to.equal('Lire la charte des cookies');
      expect(charter.id).to.equal('cookie-charter');
      expect(new URL(link.href).hash).to.equal('#cookie-charter');
      link.click();
      await waitUntil(() => location.hash === '#cookie-charter', 'the page goes to the charter');
      await waitUntil(() => charter.getBoundingClientRect().top < innerHeight, 'the charter is scrolled into view');
      await expect(el).to.be.accessible();
    });

    it('keeps the id the charter has', async () => {
      const page = await fixture<HTMLElement>(html`<div>
        <cookie-consent></cookie-consent>
        <cookie-charter id="charte"></cookie-charter>
      </div>`);
      const el = page.querySelector('cookie-consent')!;
      await el.settled;
      expect(new URL((part(el, 'policy-link') as HTMLAnchorElement).href).hash).to.equal('#charte');
    });
  });

  describe('the link to the charter under a <base href>', () => {
    it('leads to the charter of this page, not to the base', async () => {
      const base = document.createElement('base');
      base.href = '/somewhere-else/';
      document.head.prepend(base);
      try {
        const page = await fixture<HTMLElement>(html`<div>
          <cookie-consent no-reload-on-withdraw></cookie-consent>
          <cookie-charter></cookie-charter>
        </div>`);
        const el = page.querySelector('cookie-consent')!;
        await el.settled;
        const href = new URL((part(el, 'policy-link') as HTMLAnchorElement).href);
        expect(href.pathname, 'the page itself').to.equal(location.pathname);
        expect(href.hash).to.equal('#cookie-charter');
      } finally {
        base.remove();
      }
    });
  });

  describe('dialog', () => {
    it('shows the providers of each category and, on demand, its cookies (keyboard)', async () => {
      const el = await consentFixture(html`<cookie-consent></cookie-consent>`);
      await openDialog(el);
      const categories = [...dialog(el).querySelectorAll('[part~="category"]')];
      expect(categories.map((c) => text(c.querySelector('[part~="category-title"]')))).to.deep.equal([
        'Cookies nécessaires au bon fonctionnement de la plateforme / cookies fonctionnels',
        "Mesure d'audience",
        'Contenus et services tiers',
      ]);
      expect(text(categories[0].querySelector('[part~="category-providers"]'))).to.equal('Prestataires : Opendatasoft');
      const details = categories[0].querySelector('details')!;
      const summary = details.querySelector('summary')!;
      expect(text(summary)).to.equal('Voir les cookies (4)');
      expect(details.open).to.equal(false);
      const list = details.querySelector('[part~="cookie"]') as HTMLElement;
      expect(list.checkVisibility(), 'hidden until asked for').to.equal(false);
      summary.focus();
      await sendKeys({press: 'Enter'});
      expect(details.open).to.equal(true);
      expect(list.checkVisibility(), 'shown').to.equal(true);
      const first = text(details.querySelector('[part~="cookie"]'));
      expect(first).to.include('sessionid');
      expect(first).to.include("Se souvenir de l'utilisateur d'une page à une autre.");
      expect(first).to.include('Durée de conservation');
      expect(first).to.include('2 semaines');
      // The built-in purposes no longer say, in a consent dialog, that consent is not needed.
      expect(text(categories[1])).not.to.match(/consentement de l'utilisateur n'est pas nécessaire/);
      await expect(el).to.be.accessible();
    });

    it('lists the providers of a configuration, the catalogue services among them, in English', async () => {
      document.documentElement.lang = 'en';
      const el = await consentFixture(html`<cookie-consent .config=${OWN}></cookie-consent>`);
      await openDialog(el);
      await waitUntil(() => text(dialog(el)).includes('Providers'), 'English texts');
      const providers = [...dialog(el).querySelectorAll('[part~="category-providers"]')].map(text);
      expect(providers).to.deep.equal([
        'Providers: Ville de Test',
        'Providers: Matomo (InnoCraft)',
        'Providers: PeerTube',
      ]);
      const details = dialog(el).querySelectorAll('details')[2];
      expect(text(details.querySelector('summary'))).to.equal('Show the cookies (1)');
      details.querySelector('summary')!.click();
      expect(text(details.querySelector('[part~="cookie"]'))).to.include('pt_*');
      await expect(el).to.be.accessible();
    });
  });

  describe('data-cookie-preferences', () => {
    it('any marked element opens the preferences (click and Enter); focus returns to it', async () => {
      const page = await fixture<HTMLElement>(html`<div>
        <cookie-consent no-reload-on-withdraw></cookie-consent>
        <cookie-consent no-reload-on-withdraw></cookie-consent>
        <footer><a href="#gestion" data-cookie-preferences><span>Gestion des cookies</span></a></footer>
      </div>`);
      const [el, second] = [...page.querySelectorAll('cookie-consent')];
      await el.settled;
      await el.rejectAll();
      const link = page.querySelector('a')!;
      // A click on the markup inside the link.
      link.querySelector('span')!.click();
      await waitUntil(() => dialog(el).open, 'the dialog opens');
      await el.settled;
      expect(location.hash, 'the link does not navigate').to.equal('');
      expect(dialog(second).open, 'one dialog for the page').to.equal(false);
      expect(dialog(el).contains(focused(el)), 'focus is in the dialog').to.equal(true);
      await sendKeys({press: 'Escape'});
      await waitUntil(() => document.activeElement === link, 'focus returns to the link');

      await sendKeys({press: 'Enter'});
      await waitUntil(() => dialog(el).open, 'Enter opens the dialog');
      await el.settled;
      dialog(el).querySelector<HTMLElement>('[part~="close-button"]')!.click();
      await waitUntil(() => document.activeElement === link, 'focus returns to the link');
    });

    it('leaves a link clicked with a modifier key to the browser (a new tab or window)', async () => {
      const page = await fixture<HTMLElement>(html`<div>
        <cookie-consent no-reload-on-withdraw></cookie-consent>
        <a href="/gestion-des-cookies" data-cookie-preferences>Gestion des cookies</a>
      </div>`);
      const el = page.querySelector('cookie-consent')!;
      await el.settled;
      const link = page.querySelector('a')!;
      for (const key of ['ctrlKey', 'metaKey', 'shiftKey'] as const) {
        const click = new MouseEvent('click', {bubbles: true, cancelable: true, composed: true, [key]: true});
        // The browser would open the page: the test stops it on `window`, where the click ends
        // its way up, after the element's listener on the document had its say.
        let left = false;
        window.addEventListener('click', (e) => ((left = !e.defaultPrevented), e.preventDefault()), {once: true});
        link.dispatchEvent(click);
        expect(left, `with ${key}, the link is left to the browser`).to.equal(true);
      }
      await el.settled;
      expect(dialog(el).open, 'no dialog').to.equal(false);
    });

    it('works for an element added later, and does nothing without a consent element', async () => {
      const page = await fixture<HTMLElement>(html`<div><cookie-consent></cookie-consent></div>`);
      const el = page.querySelector('cookie-consent')!;
      await el.settled;
      const button = document.createElement('button');
      button.dataset.cookiePreferences = '';
      button.textContent = 'Cookies';
      page.append(button);
      button.click();
      await waitUntil(() => dialog(el).open, 'the dialog opens');
      await el.settled;
      dialog(el).close();
      el.remove();
      const link = document.createElement('a');
      link.href = '#ailleurs';
      link.dataset.cookiePreferences = '';
      link.textContent = 'Cookies';
      page.append(link);
      link.click();
      expect(location.hash, 'an ordinary link without a consent element').to.equal('#ailleurs');
    });
  });
});
