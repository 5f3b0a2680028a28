/** Attributes the store writes explicitly on the consent cookie. */
export interface CookieAttributes {
  maxAgeSeconds: number;
  domain: string | null;
  secure: boolean;
  path?: string;
}

/** The cookie storage the store uses: `document.cookie` in a page, a map in tests. */
export interface CookieJar {
  /** Every value of the cookies called `name` (a parent domain may set one of the same name). */
  readAll(name: string): string[];
  write(name: string, value: string, attributes: CookieAttributes): void;
}

/** Every `name=value` pair of a `document.cookie` string. */
export function parseCookieString(cookieString: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const part of cookieString.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    out.push([part.slice(0, eq).trim(), part.slice(eq + 1).trim()]);
  }
  return out;
}

/** Builds a `Set-Cookie`-style string with every attribute written explicitly. */
export function serializeCookie(name: string, value: string, a: CookieAttributes): string {
  let s = `${name}=${value}; Path=${a.path ?? '/'}; Max-Age=${Math.max(0, Math.floor(a.maxAgeSeconds))}; SameSite=Lax`;
  if (a.domain) s += `; Domain=${a.domain}`;
  if (a.secure) s += '; Secure';
  return s;
}

/**
 * The jar over `document.cookie`. In a sandboxed frame without `allow-same-origin`, reading or
 * writing `document.cookie` throws: the jar then holds nothing and keeps nothing, so the
 * visitor is asked on every page, and nothing crashes.
 */
export const documentCookieJar: CookieJar = {
  readAll(name) {
    try {
      return parseCookieString(document.cookie)
        .filter(([n]) => n === name)
        .map(([, v]) => v);
    } catch {
      return [];
    }
  },
  write(name, value, attributes) {
    try {
      document.cookie = serializeCookie(name, value, attributes);
    } catch (error) {
      console.error('cookie-consent: this page may not store cookies; the choice is not kept', error);
    }
  },
};
