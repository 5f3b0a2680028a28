// Entry of the self-contained browser bundle (the package's `unpkg` file). It defines
// <cookie-consent> at once; <cookie-charter>'s class, templates, styles and long texts are a
// separate chunk, loaded only when a <cookie-charter> is (or comes) on the page.
import './cookie-consent/define.js';
import {configScript} from './core/defaults.js';
import {googleConsentDefault} from './core/integrations/google-consent-default.js';
import {whenAdded} from './dom/when-added.js';

// Google Consent Mode's default, while the bundle is evaluated, for the inline configuration
// (child JSON script) of a <cookie-consent> already on the page that enables it: a module
// script after the bundle (a tag) runs before any chunk loads. All denied, so a configuration
// that the check refuses later lost nothing; the element issues no second default.
for (const element of document.querySelectorAll('cookie-consent')) {
  try {
    if (JSON.parse(configScript(element)!.text).integrations.googleConsentMode.enabled === true) {
      googleConsentDefault(window);
    }
  } catch {
    // No inline configuration, not JSON, or without the integration: the element decides later.
  }
}

const TAG = 'cookie-charter';
let charter: Promise<unknown> | undefined;

/** Loads and defines <cookie-charter> (once); resolves with its class. */
export function loadCookieCharter(): Promise<CustomElementConstructor> {
  charter ??= import('./cookie-charter/define.js');
  return charter.then(() => customElements.get(TAG)!);
}

// Once one is (or comes) on the page.
if (!customElements.get(TAG)) whenAdded(TAG, loadCookieCharter);

export {CookieConsent} from './cookie-consent/cookie-consent.js';
