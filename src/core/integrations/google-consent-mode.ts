import type {ConsentConfig, ConsentMap} from '../types.js';
import {
  callGtag,
  GOOGLE_CONSENT_TYPES,
  type GoogleConsentState,
  type GoogleConsentType,
} from './google-consent-default.js';

// The default and what it needs are in the banner's entry (issued while the bundle evaluates).
export {
  callGtag,
  GOOGLE_CONSENT_TYPES,
  googleConsentDefault,
  WAIT_FOR_UPDATE_MS,
  type GoogleConsentState,
  type GoogleConsentType,
} from './google-consent-default.js';

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

/** `gtag('consent', 'update', …)` with the state of the seven types for a decision. */
export function googleConsentUpdate(win: object, config: ConsentConfig, consent: ConsentMap | null): void {
  callGtag(win, 'consent', 'update', googleConsentState(config, consent));
}
