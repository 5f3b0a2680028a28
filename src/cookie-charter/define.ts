import {CookieCharter} from './cookie-charter.js';
import {installLocalization} from '../localization.js';

installLocalization();
if (!customElements.get('cookie-charter')) customElements.define('cookie-charter', CookieCharter);

declare global {
  interface HTMLElementTagNameMap {
    'cookie-charter': CookieCharter;
  }
}
