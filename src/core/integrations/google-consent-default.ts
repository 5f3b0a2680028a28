// Google Consent Mode's default: small, since the bundle's entry issues it while it is evaluated
// (src/bundle.ts), before any module script after it runs; the rest of the integration
// (google-consent-mode.ts) is in the effects' chunk.

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
export function googleConsentDefault(win: object): boolean {
  const holder = win as {[DEFAULT_SENT]?: boolean};
  if (holder[DEFAULT_SENT]) return false;
  holder[DEFAULT_SENT] = true;
  const denied = Object.fromEntries(GOOGLE_CONSENT_TYPES.map((type) => [type, 'denied']));
  callGtag(win, 'consent', 'default', {...denied, wait_for_update: WAIT_FOR_UPDATE_MS});
  return true;
}
