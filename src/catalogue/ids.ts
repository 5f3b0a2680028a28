/**
 * The ids of the catalogue's services, as a configuration names them in `services[].id`. The
 * catalogue (catalogue.ts) holds one entry for each, in this order.
 */
export const SERVICE_IDS = [
  'matomo',
  'matomo-cloud',
  'google-analytics',
  'google-tag-manager',
  'piano-analytics',
  'eulerian',
  'hotjar',
  'microsoft-clarity',
  'youtube',
  'vimeo',
  'dailymotion',
  'meta-pixel',
  'linkedin-insight',
  'x-twitter',
  'instagram',
  'google-maps',
  'recaptcha',
  'hcaptcha',
  'brevo',
  'mailchimp',
  'hubspot',
  'calameo',
  'issuu',
  'soundcloud',
  'spotify',
  'typeform',
  'cloudflare',
  'opendatasoft',
  'cookie-consent',
  'tarteaucitron',
  'axeptio',
  'didomi',
  'cookiebot',
  'vanilla-cookieconsent',
  'orejime',
  'google-fonts',
] as const;

export type ServiceId = (typeof SERVICE_IDS)[number];
