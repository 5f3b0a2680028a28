// Which addresses a configuration may hold: used by the configuration check, the charter, the
// proof of consent and the standalone page (a module of its own, so that the bundle's entry,
// which shows only checked configurations, does not carry it).
//
// An address is judged by parsing it as the browser will, never by its look: the URL parser
// removes tabs and newlines anywhere, and spaces and control characters (U+0000 to U+0020) at
// both ends, and reads `\` as `/` in http(s) addresses, so "java\nscript:" is `javascript:` and
// "/\evil.test/" is another host. What is kept is the text as the site owner wrote it (a
// relative link stays relative, also in the static export pasted on another site): a text that
// parses to http(s) against one http(s) base does against any, since a relative address takes
// its base's scheme.

/** The base of relative addresses where there is no page (the static export, the npm core in Node). */
export const PLACEHOLDER_BASE = 'https://site.invalid/';

/**
 * The address `v` names once parsed against `base` (none: `v` must be absolute), or `null` when
 * it is not a text, holds nothing but spaces and control characters, cannot be parsed, or names
 * anything but an http(s) address (`javascript:`, `data:`, `vbscript:`, `file:`, `mailto:`…).
 */
export function resolveHttp(v: unknown, base?: string): URL | null {
  if (typeof v != 'string' || !/[^\0- ]/.test(v)) return null;
  try {
    const url = new URL(v, base);
    return /^https?:$/.test(url.protocol) ? url : null;
  } catch {
    return null;
  }
}

/** An absolute http(s) address (parsed without a base: a relative one is refused). */
export function isHttpUrl(v: unknown): boolean {
  return !!resolveHttp(v);
}

/**
 * The base relative addresses are resolved against: the page's (`document.baseURI`, else
 * `location.href`) when it is http(s), else the placeholder (a `file:` page, or no page).
 */
export function pageBase(): string {
  const base = globalThis.document?.baseURI ?? globalThis.location?.href;
  return isHttpUrl(base) ? base! : PLACEHOLDER_BASE;
}

/**
 * The address a link to `v` leads to, or `null` when it is not safe in `href`: an absolute
 * http(s) address (any host), or a relative one that stays on the base's site (`/cookies`,
 * `cookies.html`, `?page=cookies`). A scheme that runs or shows something else
 * (`javascript:`, `data:`, `vbscript:`), however written, is refused, and so is a text that looks
 * relative but names another host (`//host`, `/\host`, `\\host`, `/<tab>/host`).
 */
export function resolveLink(v: unknown, base: string = pageBase()): URL | null {
  const url = resolveHttp(v, base);
  return url && (isHttpUrl(v) || url.origin == new URL(base).origin) ? url : null;
}

/** An address safe to put in `href` (see `resolveLink`). */
export function isSafeLink(v: unknown): boolean {
  return !!resolveLink(v);
}

/**
 * Where proofs of consent may go: an absolute http(s) address, or a path starting with `/`
 * that resolves to the page's own origin (so not `//host`, `/\host` nor `/<tab>/host`, which
 * name another host, nor a path that a `<base>` sends to another site). Returns the address to
 * send to, resolved against the page's base, or `null`.
 */
export function resolveEndpoint(v: unknown): URL | null {
  const base = pageBase();
  const url = resolveHttp(v, base);
  // The page's origin when it is http(s), else the placeholder's.
  const origin = globalThis.location?.origin;
  const own = isHttpUrl(origin) ? origin : new URL(base).origin;
  return url && (isHttpUrl(v) || ((v as string)[0] == '/' && url.origin == own)) ? url : null;
}

/** Whether `v` is a valid `proof.endpoint` (see `resolveEndpoint`). */
export function isEndpoint(v: unknown): boolean {
  return !!resolveEndpoint(v);
}

/** An e-mail address: letters, digits, `.`, `_`, `+` and `-`, one `@`, a domain with a dot. */
const EMAIL = /^[\w.+-]+@[\w-]+(\.[\w-]+)+$/;

/**
 * The link a contact (`controller.contact`, `dpo.contact`) gives, or `null` when it is none:
 * an e-mail address (`dpo@example.fr`, or `mailto:dpo@example.fr` with nothing after the
 * address) gives a `mailto:` link showing the address; an absolute http(s) address (a contact
 * form) a link showing the address as written. Anything else (`javascript:`, `data:`, a
 * relative address, which would lead elsewhere once the static export is pasted) is refused.
 */
export function contactLink(v: unknown): {href: string; text: string} | null {
  const text = typeof v == 'string' ? v.trim().replace(/^mailto:/i, '') : '';
  return EMAIL.test(text)
    ? {href: new URL('mailto:' + text).href, text}
    : isHttpUrl(v)
      ? {href: v as string, text}
      : null;
}
