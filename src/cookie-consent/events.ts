import type {ConsentAction, ConsentMap, Lang} from '../core/types.js';

/** Detail of `cookie-consent-change`: one decision of the visitor. */
export interface CookieConsentChangeDetail {
  /** Every category of the configuration; required ones are always `true`. */
  consent: ConsentMap;
  action: ConsentAction;
  /** The configuration's revision the decision applies to. */
  revision: number;
  /** When the decision was made (ms since the epoch). */
  timestamp: number;
  /** The random consent id stored with the decision. */
  id: string;
  lang: Lang;
}

/** Detail of `cookie-consent-ready`: the stored state, known once per page load. */
export interface CookieConsentReadyDetail {
  /** The stored decision, or `null` when the visitor has not decided yet. */
  consent: ConsentMap | null;
  revision: number;
  timestamp: number | null;
  id: string | null;
  lang: Lang;
}

export type CookieConsentChangeEvent = CustomEvent<CookieConsentChangeDetail>;
export type CookieConsentReadyEvent = CustomEvent<CookieConsentReadyDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'cookie-consent-change': CookieConsentChangeEvent;
    'cookie-consent-ready': CookieConsentReadyEvent;
  }
}
