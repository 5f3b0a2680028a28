// Google Consent Mode and Matomo: a chunk of the browser bundle, loaded only when the
// configuration enables one of them.
export {googleConsentDefault, googleConsentUpdate} from '../core/integrations/google-consent-mode.js';
export {matomoDecision, matomoStart} from '../core/integrations/matomo.js';
