import type {ConsentConfig, ConsentMap} from '../core/types.js';

/**
 * What other code of the page may rely on in a `<cookie-consent>`, beside its events: what
 * `<cookie-charter>` uses to show the configuration and the current choice, and to open the
 * preferences. `CookieConsent` implements it.
 */
export interface ConsentProvider extends HTMLElement {
  /** The state of every category, or `null` before the visitor decides. */
  readonly consent: ConsentMap | null;
  /** Resolves with the checked configuration in use (once the stored state is known). */
  loadConfig(): Promise<ConsentConfig>;
  /** Opens the preferences dialog; resolves once it is open and focused. */
  showPreferences(opener?: HTMLElement): Promise<void>;
}
