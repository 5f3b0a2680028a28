import type {ConsentConfig, ConsentMap, Lang} from './types.js';

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
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_COOKIE_LENGTH) return null;
  let data: unknown;
  try {
    data = JSON.parse(decodeURIComponent(value));
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const d = data as Record<string, unknown>;
  if (d.v !== RECORD_FORMAT) return null;
  if (typeof d.t !== 'number' || !Number.isFinite(d.t) || d.t <= 0 || d.t > now + FUTURE_TOLERANCE_MS) return null;
  if (!Number.isInteger(d.r) || (d.r as number) < 0) return null;
  if (typeof d.id !== 'string' || !ID.test(d.id)) return null;
  if (d.l !== 'fr' && d.l !== 'en') return null;
  if (typeof d.c !== 'object' || d.c === null || Array.isArray(d.c)) return null;
  const consent: ConsentMap = Object.create(null);
  for (const [key, state] of Object.entries(d.c as Record<string, unknown>)) {
    if (!CATEGORY_KEY.test(key) || (state !== 0 && state !== 1)) return null;
    consent[key] = state === 1;
  }
  return {timestamp: d.t, revision: d.r as number, id: d.id, lang: d.l, consent: {...consent}};
}

/**
 * Whether a stored decision still stands for this configuration: same revision, younger than
 * the configured lifetime, and a state for every category that asks for consent.
 */
export function isRecordCurrent(record: ConsentRecord, config: ConsentConfig, now: number): boolean {
  if (record.revision !== config.revision) return false;
  const age = now - record.timestamp;
  if (age >= config.cookie.maxAgeDays * 86400 * 1000) return false;
  return config.categories.every((c) => c.required || typeof record.consent[c.id] === 'boolean');
}

/**
 * The consent map for this configuration: every category, required ones `true`, the others
 * as given (anything but `true` is a refusal). Unknown keys are dropped.
 */
export function normalizeConsent(config: ConsentConfig, given: Partial<ConsentMap> | null | undefined): ConsentMap {
  const out: ConsentMap = {};
  for (const category of config.categories) {
    out[category.id] = category.required ? true : given?.[category.id] === true;
  }
  return out;
}

/** Every category granted (`true`) or every optional one refused (`false`). */
export function uniformConsent(config: ConsentConfig, granted: boolean): ConsentMap {
  const out: ConsentMap = {};
  for (const category of config.categories) out[category.id] = category.required ? true : granted;
  return out;
}

/** A random consent id. `crypto.getRandomValues` works on plain http too, unlike `randomUUID`. */
export function randomId(): string {
  const bytes = new Uint8Array(16);
  const c = globalThis.crypto;
  if (c && typeof c.getRandomValues === 'function') c.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  bytes[6] = (bytes[6] & 0x0f) | 0x40; // UUID version 4 layout, so logs can recognise it
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
