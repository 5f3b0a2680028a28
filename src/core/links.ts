// Which addresses a configuration may hold: used by the configuration check and by the charter
// (a module of its own, so that the bundle's entry, which shows only checked configurations,
// does not carry it).

/** An absolute http(s) address. */
export function isHttpUrl(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  try {
    const u = new URL(v);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

/** An address safe to put in `href`: http(s), or relative (no `javascript:`, no `data:`). */
export function isSafeLink(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  const trimmed = v.trim();
  return isHttpUrl(v) || (trimmed !== '' && !/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(trimmed));
}
