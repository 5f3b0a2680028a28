// dist/consent-mode.js: a classic script for the <head>, before an unmodified Google Tag Manager
// or gtag snippet. The bundle is an ES module and runs after the page is parsed, too late for a
// tag placed in the <head>: this script issues Google Consent Mode's default at once and, when
// the consent cookie holds a decision for this configuration, its update, before any tag runs.
// The element then issues no second default (the page-wide mark below) and sends the updates
// of later decisions. Configured by data-* attributes of its own <script> tag (no script
// needed): data-cookie-name, data-revision, data-max-age-days, data-mapping (JSON: category id
// → consent types), with the element's defaults. Never throws: a faulty attribute or cookie
// leaves the default alone (everything denied).
import {GOOGLE_CONSENT_TYPES, WAIT_FOR_UPDATE_MS} from './core/integrations/google-consent-mode.js';
// The languages the elements speak: a record in another is not ours.
import {LANGS} from './core/text.js';

type Layer = {dataLayer?: unknown[]; gtag?: (...args: unknown[]) => void; [mark: symbol]: boolean};

/** The element's default mapping for the built-in categories (`necessary` is required). */
const DEFAULT_MAPPING: {[id: string]: string[]} = {
  necessary: ['security_storage'],
  statistics: ['analytics_storage'],
  'third-party': ['ad_storage', 'ad_user_data', 'ad_personalization'],
};

try {
  const w = window as unknown as Layer;
  const data = (document.currentScript as HTMLScriptElement | null)?.dataset ?? {};
  const gtag = (...args: unknown[]) => {
    w.dataLayer = w.dataLayer || [];
    // As Google's snippet: the `arguments` object, which gtag.js and Tag Manager read. A `gtag`
    // the page defined is used.
    w.gtag =
      w.gtag ||
      function () {
        // eslint-disable-next-line prefer-rest-params
        w.dataLayer!.push(arguments);
      };
    w.gtag(...args);
  };
  const states = (grant: (type: string) => boolean) =>
    Object.fromEntries(GOOGLE_CONSENT_TYPES.map((type) => [type, grant(type) ? 'granted' : 'denied']));
  const mark = Symbol.for('cookie-consent.google-default-sent');
  if (!w[mark]) {
    w[mark] = true;
    gtag('consent', 'default', {...states(() => false), wait_for_update: WAIT_FOR_UPDATE_MS});
  }
  const name = data.cookieName || 'cookies_preferences';
  // The built-in configuration's revision (presets/opendatasoft-core.ts).
  const revision = data.revision ? +data.revision : 2;
  const maxAge = (data.maxAgeDays ? +data.maxAgeDays : 182) * 864e5;
  const mapping: {[id: string]: string[]} = data.mapping ? JSON.parse(data.mapping) : DEFAULT_MAPPING;
  const now = Date.now();
  let newest: {t: number; c: {[id: string]: unknown}} | undefined;
  for (const part of document.cookie.split(';')) {
    const eq = part.indexOf('=');
    if (part.slice(0, eq).trim() !== name) continue;
    // As src/core/consent-record.ts decodes and src/core/store.ts keeps a record: our format
    // version, a plausible time, the configuration's revision, still young enough, a state (0
    // or 1) for every mapped category; the newest of the copies wins.
    try {
      const value = part.slice(eq + 1).trim();
      const d = value.length <= 2048 && JSON.parse(decodeURIComponent(value));
      if (
        d.v === 1 &&
        typeof d.t == 'number' &&
        d.t > 0 &&
        d.t <= now + 864e5 &&
        now - d.t < maxAge &&
        d.r === revision &&
        typeof d.id == 'string' &&
        /^[A-Za-z0-9-]{8,64}$/.test(d.id) &&
        LANGS.includes(d.l) &&
        typeof d.c == 'object' &&
        !Array.isArray(d.c) &&
        Object.entries(d.c).every(([k, s]) => /^[a-z0-9][a-z0-9_-]{0,63}$/i.test(k) && (s === 0 || s === 1)) &&
        Object.keys(mapping).every((id) => Object.hasOwn(d.c, id)) &&
        (!newest || d.t > newest.t)
      )
        newest = d;
    } catch {
      // Not ours: another tool's cookie of the same name, a truncated or tampered value.
    }
  }
  if (newest) {
    const c = newest.c;
    gtag(
      'consent',
      'update',
      states((type) =>
        Object.keys(mapping).some((id) => c[id] === 1 && Array.isArray(mapping[id]) && mapping[id].includes(type))
      )
    );
  }
} catch {
  // A faulty data-mapping, a cookie that cannot be read (a sandboxed frame): the default stands.
}
