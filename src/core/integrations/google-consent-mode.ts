import type {ConsentConfig, ConsentMap} from '../types.js';

/** The seven consent types of Google Consent Mode v2. */
export const GOOGLE_CONSENT_TYPES = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
] as const;

export type GoogleConsentType = (typeof GOOGLE_CONSENT_TYPES)[number];
export type GoogleConsentState = {[type in GoogleConsentType]: 'granted' | 'denied'};

/** How long Google tags wait for the first update after the default, in ms. */
export const WAIT_FOR_UPDATE_MS = 500;

/** The seed's categories and their consent types, when no mapping is configured. */
const DEFAULT_MAPPING = new Map<string, string[]>([
  ['statistics', ['analytics_storage']],
  ['third-party', ['ad_storage', 'ad_user_data', 'ad_personalization']],
  ['first-party', ['functionality_storage', 'personalization_storage']],
]);

/**
 * The mapping in force, by category id. A `Map`: a category may be named like a member of every
 * object (`constructor`, `toString`), and a lookup must never find the inherited member.
 */
function mappingOf(config: ConsentConfig): Map<string, string[]> {
  const configured = config.integrations?.googleConsentMode?.mapping;
  const ids = new Set(config.categories.map((c) => c.id));
  const mapping = new Map<string, string[]>();
  if (configured) {
    for (const [id, types] of Object.entries(configured)) if (ids.has(id)) mapping.set(id, [...types]);
    return mapping;
  }
  for (const category of config.categories) {
    const types = category.required ? ['security_storage'] : DEFAULT_MAPPING.get(category.id);
    if (types) mapping.set(category.id, [...types]);
  }
  return mapping;
}

/**
 * The mapping in force: the configured one, else the default (the seed's categories):
 * statistics → analytics_storage; third-party → ad_storage, ad_user_data, ad_personalization;
 * first-party → functionality_storage, personalization_storage; each required category →
 * security_storage. Entries for categories the configuration lacks are dropped. Every entry is
 * an own property (`Object.fromEntries`), whatever the id.
 */
export function googleMapping(config: ConsentConfig): {[categoryId: string]: string[]} {
  return Object.fromEntries(mappingOf(config));
}

/**
 * The state of the seven types for a consent map (`null`: no decision, so only the required
 * categories count). A type is granted when at least one category mapped to it is granted;
 * only the map's own `true` grants (an inherited member never does).
 */
export function googleConsentState(config: ConsentConfig, consent: ConsentMap | null): GoogleConsentState {
  const state = Object.fromEntries(GOOGLE_CONSENT_TYPES.map((t) => [t, 'denied'])) as GoogleConsentState;
  const mapping = mappingOf(config);
  for (const category of config.categories) {
    const id = category.id;
    const granted = category.required || (!!consent && Object.hasOwn(consent, id) && consent[id] === true);
    if (!granted) continue;
    for (const type of mapping.get(id) ?? []) {
      if ((GOOGLE_CONSENT_TYPES as readonly string[]).includes(type)) state[type as GoogleConsentType] = 'granted';
    }
  }
  return state;
}

type GtagWindow = {dataLayer?: unknown[]; gtag?: (...args: unknown[]) => void};

/**
 * Calls `gtag` as Google's snippet defines it: `window.dataLayer` receives the `arguments`
 * object, which is what gtag.js and Google Tag Manager read. A `gtag` the page defined is used.
 */
export function callGtag(win: object, ...args: unknown[]): void {
  const w = win as GtagWindow;
  w.dataLayer = w.dataLayer || [];
  if (typeof w.gtag !== 'function') {
    w.gtag = function gtag() {
      // eslint-disable-next-line prefer-rest-params
      (w.dataLayer as unknown[]).push(arguments);
    };
  }
  w.gtag(...args);
}

const DEFAULT_SENT = Symbol.for('cookie-consent.google-default-sent');

/**
 * `gtag('consent', 'default', …)`: all seven types denied, with `wait_for_update`. Those of the
 * required categories are granted by the first update, like everything else. Issued once per
 * page, whatever the number of elements. Returns `false` when it had already been issued.
 */
export function googleConsentDefault(win: object, _config?: ConsentConfig): boolean {
  const holder = win as {[DEFAULT_SENT]?: boolean};
  if (holder[DEFAULT_SENT]) return false;
  holder[DEFAULT_SENT] = true;
  const denied = Object.fromEntries(GOOGLE_CONSENT_TYPES.map((type) => [type, 'denied']));
  callGtag(win, 'consent', 'default', {...denied, wait_for_update: WAIT_FOR_UPDATE_MS});
  return true;
}

/** `gtag('consent', 'update', …)` with the state of the seven types for a decision. */
export function googleConsentUpdate(win: object, config: ConsentConfig, consent: ConsentMap | null): void {
  callGtag(win, 'consent', 'update', googleConsentState(config, consent));
}
