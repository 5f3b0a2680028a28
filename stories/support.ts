// Helpers shared by the stories: a clean page before each story, and the configurations the
// stories render. Nothing here is part of the package.
import {waitFor} from 'storybook/test';
import type {CookieCharter} from '../src/cookie-charter/cookie-charter.js';
import type {CookieConsent} from '../src/cookie-consent/cookie-consent.js';
import type {CategoryConfig, ConsentConfig, CookieDeclaration} from '../src/core/types.js';
import {opendatasoftPreset} from '../src/presets/opendatasoft.js';

/** Name of the consent cookie of the built-in configuration (as in the seed charter). */
export const DEFAULT_COOKIE = 'cookies_preferences';

function expireCookie(name: string) {
  document.cookie = `${name}=; Max-Age=0; Path=/; SameSite=Lax`;
}

/**
 * Forgets whatever a previous story left: the stored decisions (the default cookie and any
 * other name a story uses) and the simulated Global Privacy Control signal, which is then set
 * again when the story asks for it.
 */
export function clearStoryState({gpc = false, cookieNames = []}: {gpc?: boolean; cookieNames?: string[]} = {}) {
  for (const name of new Set([DEFAULT_COOKIE, ...cookieNames])) expireCookie(name);
  const nav = navigator as Navigator & {globalPrivacyControl?: boolean};
  if (Object.prototype.hasOwnProperty.call(nav, 'globalPrivacyControl')) delete nav.globalPrivacyControl;
  if (gpc) Object.defineProperty(navigator, 'globalPrivacyControl', {value: true, configurable: true});
}

/**
 * The built-in categories' French titles. In another language they give way to their
 * translations, which load after the fixed texts, the first time one of them is shown.
 */
const builtInTitles = opendatasoftPreset.categories.map((c) => (c.title as {fr: string}).fr);

/** Whether an element still shows a built-in text in French, in a page of another language. */
const untranslated = (element: Element, lang: string) =>
  lang !== 'fr' && builtInTitles.some((title) => element.shadowRoot?.textContent?.includes(title));

/** Buttons of the consent element, one of which every state shows, with their labels. */
const languageProbes: Record<string, {fr: string; en: string}> = {
  'accept-button': {fr: 'Tout accepter', en: 'Accept all'},
  'manage-button': {fr: 'Gérer les cookies', en: 'Manage cookies'},
  'gpc-dismiss-button': {fr: 'Fermer ce message', en: 'Close this message'},
};

/**
 * The `<cookie-consent>` a story rendered, once it has rendered in the page's language (the
 * English texts load on demand, the built-in configuration's apart: checking accessibility
 * before they arrive would check French).
 */
export async function renderedConsent(canvasElement: HTMLElement): Promise<CookieConsent> {
  const element = canvasElement.querySelector('cookie-consent');
  if (!element) throw new Error('the story rendered no <cookie-consent>');
  await customElements.whenDefined('cookie-consent');
  await element.settled;
  const lang = document.documentElement.lang === 'en' ? 'en' : 'fr';
  await waitFor(() => {
    // Whatever the state (banner, decided, GPC notice), one of these buttons is shown, and its
    // label tells whether the texts of the page's language are in place.
    const shown = Object.entries(languageProbes).find(([name]) => part(element, name));
    const label = shown && part(element, shown[0])!.textContent!.trim();
    if (
      element.shadowRoot?.querySelector('[lang]')?.getAttribute('lang') !== lang ||
      !shown ||
      label !== shown[1][lang] ||
      untranslated(element, lang)
    ) {
      throw new Error(`<cookie-consent> does not speak "${lang}" yet`);
    }
  });
  return element;
}

/** An element of the consent element's shadow root, by its `part` name. */
export function part(element: Element, name: string): HTMLElement | null {
  return element.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
}

const text = (fr: string, en: string) => ({fr, en});

/** Extra purposes a large public site declares: analytics, embeds, social networks, forms… */
const extraPurposes: Array<[id: string, fr: string, en: string, providers: Array<[string, string[]]>]> = [
  [
    'audience',
    'Mesure d’audience',
    'Audience measurement',
    [
      ['Matomo', ['_pk_id.*', '_pk_ses.*', '_pk_ref.*']],
      ['AT Internet', ['atuserid', 'atidvisitor']],
    ],
  ],
  [
    'video',
    'Vidéos intégrées',
    'Embedded videos',
    [
      ['YouTube', ['YSC', 'VISITOR_INFO1_LIVE', 'PREF']],
      ['Vimeo', ['vuid']],
      ['Dailymotion', ['v1st', 'ts']],
    ],
  ],
  [
    'maps',
    'Cartes interactives',
    'Interactive maps',
    [
      ['Google Maps', ['NID', 'AEC']],
      ['Mapbox', ['mbox']],
    ],
  ],
  [
    'social',
    'Réseaux sociaux',
    'Social networks',
    [
      ['X (Twitter)', ['guest_id', 'personalization_id']],
      ['LinkedIn', ['bcookie', 'lidc', 'li_gc']],
      ['Facebook', ['fr', 'datr']],
      ['Mastodon', ['_mastodon_session']],
    ],
  ],
  [
    'forms',
    'Formulaires et enquêtes',
    'Forms and surveys',
    [
      ['Typeform', ['tf_respondent_cc']],
      ['Framaforms', ['SESS*']],
    ],
  ],
  [
    'chat',
    'Assistance en ligne',
    'Live help',
    [
      ['Crisp', ['crisp-client*']],
      ['Zendesk', ['__zlcmid']],
    ],
  ],
  [
    'ab-testing',
    'Tests d’ergonomie',
    'Usability testing',
    [
      ['Hotjar', ['_hjSessionUser_*', '_hjSession_*']],
      ['AB Tasty', ['ABTasty', 'ABTastySession']],
    ],
  ],
  [
    'newsletter',
    'Lettre d’information',
    'Newsletter',
    [
      ['Sendinblue', ['sib_cuid']],
      ['Mailchimp', ['_mcid']],
    ],
  ],
  [
    'advertising',
    'Campagnes d’information',
    'Information campaigns',
    [
      ['Google Ads', ['_gcl_au', 'IDE']],
      ['Microsoft Advertising', ['MUID', '_uetsid']],
    ],
  ],
];

/**
 * The built-in Opendatasoft configuration plus nine more purposes and their providers: the
 * preferences dialog (and later the charter) of a large site, to check scrolling and layout.
 */
export function longProviderConfig(): ConsentConfig {
  const config = structuredClone(opendatasoftPreset);
  const categories: CategoryConfig[] = extraPurposes.map(([id, fr, en, providers]) => ({
    id,
    title: text(fr, en),
    description: text(
      `Avec votre accord, ${providers.map(([p]) => p).join(', ')} déposent des cookies pour : ${fr.toLowerCase()}.`,
      `With your consent, ${providers.map(([p]) => p).join(', ')} set cookies for: ${en.toLowerCase()}.`
    ),
  }));
  const cookies: CookieDeclaration[] = extraPurposes.flatMap(([id, fr, en, providers]) =>
    providers.flatMap(([provider, names]) =>
      names.map((name) => ({
        category: id,
        provider,
        name,
        purpose: text(`${fr} (${provider})`, `${en} (${provider})`),
        duration: text('13 mois', '13 months'),
      }))
    )
  );
  return {...config, categories: [...config.categories, ...categories], cookies: [...config.cookies, ...cookies]};
}

const cookieQuestion = {fr: "Qu'est-ce qu'un cookie\u00a0?", en: 'What is a cookie?'};

/**
 * The `<cookie-charter>` a story rendered, once it shows a configuration (not the empty busy
 * root it shows while waiting for one) in the page's language.
 */
export async function renderedCharter(canvasElement: HTMLElement, selector = 'cookie-charter'): Promise<CookieCharter> {
  const element = canvasElement.querySelector<CookieCharter>(selector);
  if (!element) throw new Error(`the story rendered no ${selector}`);
  await customElements.whenDefined('cookie-charter');
  await element.settled;
  const lang = document.documentElement.lang === 'en' ? 'en' : 'fr';
  await waitFor(() => {
    const heading = element.shadowRoot?.querySelector('#definition-heading')?.textContent?.trim();
    if (heading !== cookieQuestion[lang] || untranslated(element, lang)) {
      throw new Error(`<cookie-charter> does not speak "${lang}" yet`);
    }
  });
  return element;
}

/** Every element of a shadow root with the given `part` name, in document order. */
export function parts(element: Element, name: string): HTMLElement[] {
  return [...(element.shadowRoot?.querySelectorAll<HTMLElement>(`[part~="${name}"]`) ?? [])];
}

/**
 * The text of each element with the template's line breaks and indentation collapsed. Only
 * ASCII white space: the French texts' no-break spaces (before `:` and `?`) are kept.
 */
export const texts = (elements: Element[]) =>
  elements.map((e) => (e.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').replace(/^ | $/g, ''));
