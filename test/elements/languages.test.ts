// German, Spanish, Italian and Dutch: every fixed text of both elements (banner, dialog, GPC
// notice, embed placeholder, charter) and the built-in configuration's texts, with no French or
// English left, and axe finding nothing. The built-in texts load on first use, as in a page.
import {expect, fixture, fixtureCleanup, html, waitUntil} from '@open-wc/testing';
import '../../src/define.js';
import type {CookieConsent} from '../../src/cookie-consent/cookie-consent.js';
import type {CookieCharter} from '../../src/cookie-charter/cookie-charter.js';
import {PLACEHOLDER_CLASS} from '../../src/cookie-consent/embed-placeholder.js';
import {opendatasoftPreset} from '../../src/presets/opendatasoft.js';
import {texts as en} from '../../src/presets/opendatasoft.en.js';
import {texts as de} from '../../src/presets/opendatasoft.de.js';
import {texts as es} from '../../src/presets/opendatasoft.es.js';
import {texts as it_} from '../../src/presets/opendatasoft.it.js';
import {texts as nl} from '../../src/presets/opendatasoft.nl.js';
import type {OpendatasoftTexts} from '../../src/presets/opendatasoft.js';

interface Expected {
  /** "Accept all", "Reject all", "Customise". */
  buttons: string[];
  dialogTitle: string;
  /** The charter's top headings, with the built-in site. */
  headings: string[];
  /** The start of the GPC notice. */
  gpc: string;
  /** The GPC notice's heading, which names its region. */
  gpcHeading: string;
  /** The status message when the GPC signal was honoured. */
  gpcStatus: string;
  /** The state beside the required category's switch. */
  alwaysActive: string;
  /** The placeholder's button for the built-in "third-party" category. */
  placeholderButton: string;
  /** 2025-03-01 in the language's own format. */
  date: string;
  /** The built-in configuration's texts in the language. */
  builtIn: OpendatasoftTexts;
}

const SITE = 'data.seineouest.fr';
const LANGUAGES: Record<string, Expected> = {
  de: {
    buttons: ['Alle akzeptieren', 'Alle ablehnen', 'Anpassen'],
    dialogTitle: 'Ihre Cookie-Einstellungen',
    headings: [
      'Was ist ein Cookie?',
      `Wozu dienen die Cookies auf der Plattform ${SITE}`,
      'Ihre Auswahl verwalten',
      'Ihre Daten und Ihre Rechte',
    ],
    gpc: 'Ihr Browser sendet das Signal „Global Privacy Control“',
    gpcHeading: 'Datenschutzsignal berücksichtigt',
    gpcStatus: 'Ihr Browser bittet darum, nicht verfolgt zu werden: Die nicht notwendigen Cookies werden abgelehnt.',
    alwaysActive: 'Immer aktiv',
    placeholderButton: '„Inhalte und Dienste Dritter“ akzeptieren und Inhalt anzeigen',
    date: '1. März 2025',
    builtIn: de,
  },
  es: {
    buttons: ['Aceptar todo', 'Rechazar todo', 'Personalizar'],
    dialogTitle: 'Sus preferencias sobre las cookies',
    headings: [
      '¿Qué es una cookie?',
      `Uso de las cookies en la plataforma ${SITE}`,
      'Gestionar sus preferencias',
      'Sus datos y sus derechos',
    ],
    gpc: 'Su navegador envía la señal «Global Privacy Control»',
    gpcHeading: 'Señal de privacidad respetada',
    gpcStatus: 'Su navegador pide no ser rastreado: se rechazan las cookies que no son necesarias.',
    alwaysActive: 'Siempre activo',
    placeholderButton: 'Aceptar «Contenidos y servicios de terceros» y mostrar el contenido',
    date: '1 de marzo de 2025',
    builtIn: es,
  },
  it: {
    buttons: ['Accetta tutto', 'Rifiuta tutto', 'Personalizza'],
    dialogTitle: 'Preferenze sui cookie',
    headings: [
      'Che cos’è un cookie?',
      `A cosa servono i cookie sulla piattaforma ${SITE}`,
      'Gestione delle scelte',
      'I suoi dati e i suoi diritti',
    ],
    gpc: 'Il suo browser invia il segnale «Global Privacy Control»',
    gpcHeading: 'Segnale di privacy rispettato',
    gpcStatus: 'Il suo browser chiede di non essere tracciato: i cookie non necessari sono rifiutati.',
    alwaysActive: 'Sempre attivo',
    placeholderButton: 'Accetta «Contenuti e servizi di terze parti» e mostra il contenuto',
    date: '1 marzo 2025',
    builtIn: it_,
  },
  nl: {
    buttons: ['Alles accepteren', 'Alles weigeren', 'Aanpassen'],
    dialogTitle: 'Uw cookievoorkeuren',
    headings: [
      'Wat is een cookie?',
      `Waarvoor dienen cookies op het platform ${SITE}`,
      'Uw keuzes beheren',
      'Uw gegevens en uw rechten',
    ],
    gpc: 'Uw browser verstuurt het signaal ‘Global Privacy Control’',
    gpcHeading: 'Privacysignaal gerespecteerd',
    gpcStatus: 'Uw browser vraagt om niet gevolgd te worden: de cookies die niet nodig zijn, worden geweigerd.',
    alwaysActive: 'Altijd actief',
    placeholderButton: '‘Inhoud en diensten van derden’ accepteren en de inhoud tonen',
    date: '1 maart 2025',
    builtIn: nl,
  },
};

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** A language's XLIFF file, parsed. */
async function xliffFile(lang: string): Promise<Document> {
  return new DOMParser().parseFromString(await (await fetch(`/locales/${lang}.xlf`)).text(), 'application/xml');
}

/** The texts of every unit of an XLIFF file, the placeholders cut out: its sources or its targets. */
async function xliff(lang: string, element: 'source' | 'target'): Promise<string[]> {
  return [...(await xliffFile(lang)).getElementsByTagName(element)].flatMap((node) =>
    [...node.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent!)
  );
}

/**
 * The French and English texts, fixed and built-in, that must not show in `lang`: the pieces of
 * four letters or more that the language's own texts do not hold ("Version", "Session" …).
 */
async function foreignTexts(lang: string, builtIn: OpendatasoftTexts): Promise<string[]> {
  const french = opendatasoftPreset.categories
    .flatMap((c) => [c.title, c.description])
    .concat(opendatasoftPreset.cookies.flatMap((c) => [c.service, c.purpose, c.duration]))
    .map((t) => (t as {fr: string}).fr);
  const own = [...(await xliff(lang, 'target')), ...Object.values(builtIn)].join('\n').replace(/\s+/g, ' ');
  return [...(await xliff(lang, 'source')), ...(await xliff('en', 'target')), ...french, ...Object.values(en)]
    .map((t) => t.replace(/\s+/g, ' ').trim())
    .filter((t) => /\p{L}{4}/u.test(t) && !own.includes(t));
}

function expectNoForeignText(shown: string, foreign: string[]) {
  expect(
    foreign.filter((t) => shown.includes(t)),
    'French or English texts'
  ).to.deep.equal([]);
}

function setGpc(value: boolean | undefined) {
  if (value === undefined) delete (navigator as unknown as Record<string, unknown>).globalPrivacyControl;
  else Object.defineProperty(navigator, 'globalPrivacyControl', {value, configurable: true});
}

const clearCookies = () => (document.cookie = 'cookies_preferences=; Path=/; Max-Age=0');

for (const [lang, expected] of Object.entries(LANGUAGES)) {
  describe(`in ${lang}`, () => {
    let foreign: string[];
    before(async () => {
      foreign = await foreignTexts(lang, expected.builtIn);
      expect(foreign.length, 'the French and English texts are known').to.be.greaterThan(80);
    });
    beforeEach(() => {
      clearCookies();
      document.documentElement.lang = lang;
    });
    afterEach(() => {
      clearCookies();
      setGpc(undefined);
      document.documentElement.lang = 'fr';
    });

    it('the banner has its three choices in the language, and is accessible', async () => {
      const el = await fixture<CookieConsent>(html`<cookie-consent></cookie-consent>`);
      const buttons = () =>
        ['accept-button', 'reject-button', 'customize-button'].map((name) =>
          text(part(el, 'banner')?.querySelector(`[part~="${name}"]`))
        );
      await waitUntil(() => buttons()[0] === expected.buttons[0], `the ${lang} banner`);
      expect(buttons()).to.deep.equal(expected.buttons);
      expect(part(el, 'banner')!.closest('[lang]')!.getAttribute('lang')).to.equal(lang);
      expectNoForeignText(text(el.shadowRoot), foreign);
      await expect(el).to.be.accessible();
    });

    it('the preferences dialog shows the built-in categories in the language, and is accessible', async () => {
      const el = await fixture<CookieConsent>(html`<cookie-consent></cookie-consent>`);
      await waitUntil(() => text(part(el, 'customize-button')) === expected.buttons[2], `the ${lang} banner`);
      part(el, 'customize-button')!.click();
      const titles = () => [...el.shadowRoot!.querySelectorAll('[part~="category-title"]')].map(text);
      await waitUntil(() => titles()[1] === expected.builtIn['purpose.statistics.title'], 'the built-in texts');
      expect(text(el.shadowRoot!.querySelector('#dialog-title'))).to.equal(expected.dialogTitle);
      expect(titles()).to.deep.equal([
        expected.builtIn['necessary.title'],
        expected.builtIn['purpose.statistics.title'],
        expected.builtIn['purpose.third-party.title'],
      ]);
      expect(text(el.shadowRoot!.querySelector('.switch-state'))).to.equal(expected.alwaysActive);
      expectNoForeignText(text(el.shadowRoot), foreign);
      await expect(el).to.be.accessible();
    });

    it('the charter has its headings, tables and date in the language, and is accessible', async () => {
      const el = await fixture<CookieCharter>(html`<cookie-charter></cookie-charter>`);
      await waitUntil(() => text(el.shadowRoot).includes(expected.builtIn['sessionid.purpose']), `the ${lang} charter`);
      expect([...el.shadowRoot!.querySelectorAll('h2')].map(text)).to.deep.equal(expected.headings);
      expect(text(el.shadowRoot!.querySelector('caption'))).to.equal(expected.builtIn['necessary.title']);
      expectNoForeignText(text(el.shadowRoot), foreign);
      await expect(el).to.be.accessible();
      el.config = {...structuredClone(opendatasoftPreset), updated: '2025-03-01'};
      await waitUntil(() => text(part(el, 'revision')).includes(expected.date), `the date in ${lang}`);
    });

    it('the GPC notice and an embed placeholder speak the language, and are accessible', async () => {
      setGpc(true);
      const holder = await fixture<HTMLElement>(html`<main>
        <iframe title="Video" data-cookie-category="third-party" data-src="/test/fixtures/embed.html"></iframe>
      </main>`);
      const el = await fixture<CookieConsent>(html`<cookie-consent></cookie-consent>`);
      const placeholder = () => holder.querySelector<HTMLElement>(`.${PLACEHOLDER_CLASS}`);
      await waitUntil(
        () => text(placeholder()?.querySelector('button')) === expected.placeholderButton,
        'the placeholder'
      );
      await waitUntil(() => text(part(el, 'gpc-notice-text')).startsWith(expected.gpc), 'the GPC notice');
      const notice = part(el, 'gpc-notice')!;
      expect(text(notice.querySelector('h2'))).to.equal(expected.gpcHeading);
      expect(text(el.shadowRoot!.getElementById(notice.getAttribute('aria-labelledby') ?? ''))).to.equal(
        expected.gpcHeading
      );
      await waitUntil(() => text(el.shadowRoot!.querySelector('[role="status"]')) !== '', 'the status message');
      expect(text(el.shadowRoot!.querySelector('[role="status"]'))).to.equal(expected.gpcStatus);
      expect(placeholder()!.getAttribute('lang')).to.equal(lang);
      expectNoForeignText(`${text(placeholder())} ${text(el.shadowRoot)}`, foreign);
      await expect(placeholder()).to.be.accessible();
      await expect(el).to.be.accessible();
    });
  });
}

describe('the translations of each language', () => {
  it('fill every unit of their XLIFF file', async () => {
    const ids = async (lang: string, filled = false) =>
      [...(await xliffFile(lang)).getElementsByTagName('trans-unit')]
        .filter((unit) => !filled || unit.getElementsByTagName('target')[0]?.textContent?.trim())
        .map((unit) => unit.id)
        .sort();
    const all = await ids('en');
    expect(all.length).to.be.greaterThan(40);
    for (const lang of Object.keys(LANGUAGES)) expect(await ids(lang, true), lang).to.deep.equal(all);
  });

  it('translate every built-in French text, none left in French or English', () => {
    // The seed's kinds of cookies, then the categories (the necessary one is titled as its kind).
    const kinds = ['necessary', 'statistics', 'first-party', 'third-party'];
    const french = Object.fromEntries(
      [
        ...opendatasoftPreset.cookieTypes!.flatMap((t, i) => [
          [`${kinds[i]}.title`, t.title],
          [`${kinds[i]}.description`, t.description],
        ]),
        ...opendatasoftPreset.categories.flatMap((c) => [
          [c.required ? `${c.id}.title` : `purpose.${c.id}.title`, c.title],
          [`purpose.${c.id}.description`, c.description],
        ]),
        ...opendatasoftPreset.cookies.flatMap((c) =>
          ['service', 'purpose', 'duration'].map((f) => [`${c.name}.${f}`, c[f as 'purpose']])
        ),
      ].map(([key, t]) => [key, (t as {fr: string}).fr])
    );
    for (const [lang, {builtIn}] of Object.entries(LANGUAGES)) {
      expect(Object.keys(builtIn), lang).to.deep.equal(Object.keys(french));
      for (const [key, value] of Object.entries(builtIn)) {
        expect(value, `${lang} ${key}`).not.to.be.oneOf([french[key], en[key as keyof typeof en], '']);
      }
    }
  });
});

describe('languages with a region', () => {
  afterEach(() => (document.documentElement.lang = 'fr'));

  it('speaks the language of de-AT, nl-BE, es-MX and it-CH', async () => {
    for (const [tag, lang] of [
      ['de-AT', 'de'],
      ['nl-BE', 'nl'],
      ['es-MX', 'es'],
      ['it-CH', 'it'],
    ]) {
      fixtureCleanup();
      document.documentElement.lang = tag;
      const el = await fixture<CookieConsent>(html`<cookie-consent></cookie-consent>`);
      await waitUntil(() => text(part(el, 'accept-button')) === LANGUAGES[lang].buttons[0], `${tag} speaks ${lang}`);
      expect(part(el, 'banner')!.closest('[lang]')!.getAttribute('lang')).to.equal(lang);
    }
  });

  it('follows the element’s own lang over <html lang>', async () => {
    document.documentElement.lang = 'de';
    const el = await fixture<CookieConsent>(html`<cookie-consent lang="nl-BE"></cookie-consent>`);
    await waitUntil(() => text(part(el, 'reject-button')) === 'Alles weigeren', 'Dutch');
  });
});
