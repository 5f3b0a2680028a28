import {parseCookieString} from './cookie-jar.js';
import {namePattern} from './pattern.js';
import type {ConsentConfig, ConsentCookieConfig} from './types.js';

/** Where the cleanup reads and deletes: the page by default, stand-ins in tests. */
export interface CleanupEnvironment {
  /** The `document.cookie` string. */
  readCookies(): string;
  /** Assigns one `document.cookie` string. */
  writeCookie(serialized: string): void;
  /** The page's host name (`a.b.example.fr`). */
  hostname: string;
  /** Write `Secure` on deletions (the page is served over https). */
  secure: boolean;
  local: Storage | null;
  session: Storage | null;
}

/** What one cleanup deleted: cookie names and storage keys (`local:key`, `session:key`). */
export interface CleanupReport {
  cookies: string[];
  storage: string[];
}

function safeStorage(kind: 'localStorage' | 'sessionStorage'): Storage | null {
  try {
    return typeof window !== 'undefined' ? window[kind] : null;
  } catch {
    return null; // storage disabled by the browser's settings
  }
}

/** The current page as a cleanup environment. */
export function pageEnvironment(): CleanupEnvironment {
  return {
    readCookies: () => (typeof document !== 'undefined' ? document.cookie : ''),
    writeCookie: (s) => {
      if (typeof document !== 'undefined') document.cookie = s;
    },
    hostname: typeof location !== 'undefined' ? location.hostname : '',
    secure: typeof location !== 'undefined' && location.protocol === 'https:',
    local: safeStorage('localStorage'),
    session: safeStorage('sessionStorage'),
  };
}

const IP_V4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/**
 * The `Domain` values a cookie readable on `hostname` may have been set with: the host itself
 * and each parent down to two labels (`a.b.example.fr` → `a.b.example.fr`, `b.example.fr`,
 * `example.fr`). A single label (`fr`, `localhost`) is never a cookie domain, and an IP
 * address has no parent. Public suffixes such as `gouv.fr` may appear: the browser ignores
 * a deletion on them, which is harmless.
 */
export function cookieDomains(hostname: string): string[] {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (!host || IP_V4.test(host) || host.includes(':')) return [];
  const labels = host.split('.');
  const out: string[] = [];
  for (let i = 0; i <= labels.length - 2; i++) out.push(labels.slice(i).join('.'));
  return out;
}

function deletion(name: string, path: string, domain: string | null, secure: boolean): string {
  let s = `${name}=; Path=${path}; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; SameSite=Lax`;
  if (domain) s += `; Domain=${domain}`;
  if (secure) s += '; Secure';
  return s;
}

/**
 * Deletes what the configuration declares for the given categories: cookies (exact names, and
 * patterns matched against the names `document.cookie` shows) host-only and on every parent
 * domain, on `/` and on the declared path; and the declared localStorage/sessionStorage keys
 * (patterns too). The consent cookie itself is never deleted. Nothing throws.
 */
export function cleanupCategories(
  config: ConsentConfig,
  categoryIds: Iterable<string>,
  env: CleanupEnvironment = pageEnvironment()
): CleanupReport {
  const refused = new Set(categoryIds);
  const report: CleanupReport = {cookies: [], storage: []};
  if (refused.size === 0) return report;
  const consentCookie = config.cookie.name;
  const present = [...new Set(parseCookieString(env.readCookies()).map(([name]) => name))];
  const domains = cookieDomains(env.hostname);

  for (const declaration of config.cookies) {
    if (!refused.has(declaration.category)) continue;
    const matches = namePattern(declaration.name);
    // Exact names are deleted even when unseen here: set on another path, they are invisible.
    const names = declaration.name.includes('*') ? present.filter(matches) : [declaration.name];
    const paths = [...new Set(['/', declaration.path ?? '/'])];
    const cookieDomainsToTry: Array<string | null> = [null, ...domains];
    if (declaration.domain) cookieDomainsToTry.push(declaration.domain.replace(/^\./, ''));
    for (const name of names) {
      if (name === consentCookie) continue;
      try {
        for (const path of paths) {
          for (const domain of new Set(cookieDomainsToTry)) env.writeCookie(deletion(name, path, domain, env.secure));
        }
        if (present.includes(name)) report.cookies.push(name);
      } catch {
        // a cookie the page may not write: nothing more can be done from script
      }
    }
  }

  for (const declaration of config.storage ?? []) {
    if (!refused.has(declaration.category)) continue;
    const storage = declaration.storage === 'local' ? env.local : env.session;
    if (!storage) continue;
    const matches = namePattern(declaration.key);
    try {
      const keys: string[] = [];
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key !== null && matches(key)) keys.push(key);
      }
      for (const key of keys) {
        storage.removeItem(key);
        report.storage.push(`${declaration.storage}:${key}`);
      }
    } catch {
      // storage blocked or revoked meanwhile
    }
  }
  return report;
}

/** The paths a cookie readable on `pathname` may have been set with: `/`, then each one above the page's. */
export function cookiePaths(pathname: string): string[] {
  const out = ['/'];
  let path = '';
  for (const segment of pathname.split('/').slice(1, -1)) out.push((path += `/${segment}`), `${path}/`);
  return out;
}

/**
 * Deletes every other copy of the consent cookie, after a decision or a withdrawal made here:
 * host-only and on every parent domain (and the configured one), on `/` and on each path above
 * the page's, all but the one the store keeps (`cookie.domain`, or host-only, on `/`). Copies
 * come from a decision taken before `cookie.domain` was configured, a sibling site on the
 * parent domain, a page that set it on its own path: left there, an older choice could come
 * back once this one is gone. Nothing throws.
 */
export function sweepConsentCopies(
  cookie: ConsentCookieConfig,
  env: CleanupEnvironment = pageEnvironment(),
  pathname = typeof location !== 'undefined' ? location.pathname : '/'
): void {
  const kept = cookie.domain?.replace(/^\./, '') ?? null;
  const domains = new Set<string | null>([null, ...cookieDomains(env.hostname), kept]);
  for (const domain of domains) {
    for (const path of cookiePaths(pathname)) {
      if (domain === kept && path === '/') continue;
      try {
        env.writeCookie(deletion(cookie.name, path, domain, env.secure));
      } catch {
        // a cookie the page may not write
      }
    }
  }
}
