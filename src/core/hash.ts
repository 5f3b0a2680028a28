import {sha256} from '@noble/hashes/sha2.js';
import {bytesToHex, utf8ToBytes} from '@noble/hashes/utils.js';

/**
 * Canonical JSON: object keys sorted (by UTF-16 code units), no whitespace, `undefined`
 * members left out, arrays in order. Two equal configurations give the same text.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const json = JSON.stringify(value);
    return json === undefined ? 'null' : json;
  }
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.keys(value)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(',')}}`;
}

/** SHA-256 in plain script (`@noble/hashes`), for pages where `crypto.subtle` is missing (plain http). */
export function sha256Fallback(bytes: Uint8Array): Uint8Array {
  return sha256(bytes);
}

/**
 * SHA-256 of a text (UTF-8), as lowercase hex: `crypto.subtle` where the page is a secure
 * context, `@noble/hashes` elsewhere. Both give the same digest.
 */
export async function sha256Hex(text: string): Promise<string> {
  const bytes = utf8ToBytes(text);
  const subtle = globalThis.crypto?.subtle;
  if (subtle) {
    try {
      return bytesToHex(new Uint8Array(await subtle.digest('SHA-256', bytes)));
    } catch {
      // fall through
    }
  }
  return bytesToHex(sha256(bytes));
}

/** The configuration's fingerprint: `sha256-` and the SHA-256 of its canonical JSON, in hex. */
export async function configHash(config: unknown): Promise<string> {
  return `sha256-${await sha256Hex(canonicalJson(config))}`;
}
