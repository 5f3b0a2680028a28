// Side-effect free: importing the classes defines no tag. Import `./define.js` to register them.
export {CookieConsent} from './cookie-consent/cookie-consent.js';
export {CookieCharter} from './cookie-charter/cookie-charter.js';
export type {
  CookieConsentChangeDetail,
  CookieConsentChangeEvent,
  CookieConsentReadyDetail,
  CookieConsentReadyEvent,
} from './cookie-consent/events.js';
export {installLocalization} from './localization.js';
export * from './core/index.js';
export {opendatasoftPreset} from './presets/opendatasoft.js';
