import {CookieConsent} from './cookie-consent.js';
import {installLocalization} from '../localization.js';

installLocalization();
if (!customElements.get('cookie-consent')) customElements.define('cookie-consent', CookieConsent);

declare global {
  interface HTMLElementTagNameMap {
    'cookie-consent': CookieConsent;
  }
}
