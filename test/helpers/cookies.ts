/** Deletes every cookie this page can see (host-only, on `/`). */
export function clearCookies(): void {
  for (const part of document.cookie.split(';')) {
    const name = part.split('=')[0].trim();
    if (name) document.cookie = `${name}=; Path=/; Max-Age=0`;
  }
}

/** The value of one cookie, or `null`. */
export function readCookie(name: string): string | null {
  for (const part of document.cookie.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

/** The decision stored in the consent cookie, decoded, or `null`. */
export function storedDecision(name = 'cookies_preferences'): Record<string, unknown> | null {
  const raw = readCookie(name);
  return raw ? JSON.parse(decodeURIComponent(raw)) : null;
}
