import {LANGS} from './text.js';
import type {ConfigSkeleton, ConsentMap, Lang} from './types.js';

/** Version of the stored format; a value of any other version is not ours and is ignored. */
export const RECORD_FORMAT = 1;
const MAX_COOKIE_LENGTH = 2048;
const ID = /^[A-Za-z0-9-]{8,64}$/;
const CATEGORY_KEY = /^[a-z0-9][a-z0-9_-]{0,63}$/i;
/** A decision dated more than this in the future comes from a wrong clock or a forgery. */
const FUTURE_TOLERANCE_MS = 24 * 3600 * 1000;

/** One decision of the visitor, as stored in the consent cookie. */
export interface ConsentRecord {
  /** When the visitor decided (ms since the epoch). */
  timestamp: number;
  /** The configuration's revision the visitor saw. */
  revision: number;
  /** Random consent id, the visitor's receipt. */
  id: string;
  lang: Lang;
  /** The state of every category at the time of the decision. */
  consent: ConsentMap;
}

/**
 * Encodes a record as a cookie value: URI-encoded compact JSON with a format version,
 * e.g. `{"v":1,"t":1732800000000,"r":1,"id":"…","l":"fr","c":{"necessary":1,"statistics":0}}`.
 */
export function encodeRecord(record: ConsentRecord): string {
  const c: {[id: string]: 0 | 1} = {};
  for (const [id, granted] of Object.entries(record.consent)) c[id] = granted ? 1 : 0;
  return encodeURIComponent(
    JSON.stringify({v: RECORD_FORMAT, t: record.timestamp, r: record.revision, id: record.id, l: record.lang, c})
  );
}

/**
 * Reads a cookie value. Returns `null`, never throws, for anything that is not a well-formed
 * record of our format: another tool's cookie of the same name, a truncated or tampered
 * value, an impossible date.
 */
export function decodeRecord(value: string | null | undefined, now: number): ConsentRecord | null {
  // Written for size (the browser bundle carries it): whatever throws on the way gives `null`
  // too, such as a broken percent-encoding or JSON, a missing value (`null.length`), or a
  // JSON `null` where an object is needed (reading `d.v` or `Object.entries(d.c)`).
  try {
    if (value!.length > MAX_COOKIE_LENGTH) return null;
    const d = JSON.parse(decodeURIComponent(value!));
    if (
      d.v !== RECORD_FORMAT ||
      // A number (JSON has no NaN, and Infinity fails the upper bound) in a plausible range.
      typeof d.t !== 'number' ||
      !(d.t > 0 && d.t <= now + FUTURE_TOLERANCE_MS) ||
      !Number.isInteger(d.r) ||
      d.r < 0 ||
      typeof d.id !== 'string' ||
      !ID.test(d.id) ||
      // One of the languages the elements speak, compared as is: nothing else is kept.
      !LANGS.includes(d.l) ||
      typeof d.c !== 'object' ||
      Array.isArray(d.c)
    ) {
      return null;
    }
    // `{}` is safe: CATEGORY_KEY refuses `__proto__`, the only key whose assignment is special.
    const consent: ConsentMap = {};
    for (const [key, state] of Object.entries(d.c)) {
      if (!CATEGORY_KEY.test(key) || (state !== 0 && state !== 1)) return null;
      consent[key] = state === 1;
    }
    return {timestamp: d.t, revision: d.r, id: d.id, lang: d.l, consent};
  } catch {
    return null;
  }
}

/**
 * Whether a stored decision still stands for this configuration: same revision, younger than
 * the configured lifetime, and a state for every category that asks for consent.
 */
export function isRecordCurrent(record: ConsentRecord, config: ConfigSkeleton, now: number): boolean {
  if (record.revision !== config.revision) return false;
  const age = now - record.timestamp;
  if (age >= config.cookie.maxAgeDays * 86400 * 1000) return false;
  return config.categories.every((c) => c.required || Object.hasOwn(record.consent, c.id));
}

/**
 * Whether a consent map grants a category: its own `true` only. A category may be named like a
 * member of every object (`constructor`, `toString`): an inherited member is never read.
 */
export const grants = (consent: Partial<ConsentMap> | null | undefined, id: string): boolean =>
  !!consent && Object.hasOwn(consent, id) && consent[id] === true;

/** A consent map with every category of the configuration: required ones `true`, the others `state(id)`. */
function mapCategories(config: ConfigSkeleton, state: (id: string) => boolean): ConsentMap {
  const out: ConsentMap = {};
  for (const category of config.categories) out[category.id] = !!category.required || state(category.id);
  return out;
}

/**
 * The consent map for this configuration: every category, required ones `true`, the others
 * as given (anything but `true` is a refusal). Unknown keys are dropped.
 */
export function normalizeConsent(config: ConfigSkeleton, given: Partial<ConsentMap> | null | undefined): ConsentMap {
  return mapCategories(config, (id) => grants(given, id));
}

/** Every category granted (`true`) or every optional one refused (`false`). */
export function uniformConsent(config: ConfigSkeleton, granted: boolean): ConsentMap {
  return mapCategories(config, () => granted);
}

/**
 * A random consent id in the UUID version 4 layout, so that logs recognise it.
 * `crypto.getRandomValues` works on plain http too, unlike `randomUUID`.
 */
export function randomId(): string {
  const random =
    typeof globalThis.crypto?.getRandomValues == 'function'
      ? () => crypto.getRandomValues(new Uint8Array(1))[0]
      : () => Math.random() * 256;
  // Each 0, 1 and 8 of the template becomes a random hex digit; the 4 is the version, and an
  // 8 keeps its two high bits (the variant: 8, 9, a or b).
  return '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) =>
    (+c ^ (random() & (15 >> (+c / 4)))).toString(16)
  );
}
