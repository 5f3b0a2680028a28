// Entry of the self-contained browser bundle (the package's `unpkg` file). It defines
// <cookie-consent> at once; <cookie-charter>'s class, templates, styles and long texts are a
// separate chunk, loaded only when a <cookie-charter> is (or comes) on the page.
import './cookie-consent/define.js';
import {whenAdded} from './dom/when-added.js';

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
