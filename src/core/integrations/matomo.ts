import type {ConsentConfig, ConsentMap} from '../types.js';

type MatomoWindow = {_paq?: unknown[][]};

/** The category whose consent lets Matomo set cookies (default `statistics`). */
export function matomoCategory(config: ConsentConfig): string {
  return config.integrations?.matomo?.category ?? 'statistics';
}

/** Whether the decision grants Matomo's category: the map's own `true` only, never an inherited member. */
function granted(config: ConsentConfig, consent: ConsentMap | null): boolean {
  const id = matomoCategory(config);
  return !!consent && Object.hasOwn(consent, id) && consent[id] === true;
}

function paq(win: object): unknown[][] {
  const w = win as MatomoWindow;
  w._paq = w._paq || [];
  return w._paq;
}

/**
 * At start: Matomo sets no cookie until told (`requireCookieConsent`). When a stored decision
 * grants the category, `setCookieConsentGiven` lets this page view use cookies; it is not
 * remembered by Matomo, our own cookie is the record.
 */
export function matomoStart(win: object, config: ConsentConfig, consent: ConsentMap | null): void {
  const queue = paq(win);
  queue.push(['requireCookieConsent']);
  if (granted(config, consent)) queue.push(['setCookieConsentGiven']);
}

/** On a decision: `rememberCookieConsentGiven` when the category is granted, else `forgetCookieConsentGiven`. */
export function matomoDecision(win: object, config: ConsentConfig, consent: ConsentMap | null): void {
  paq(win).push([granted(config, consent) ? 'rememberCookieConsentGiven' : 'forgetCookieConsentGiven']);
}
