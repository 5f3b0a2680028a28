// How the scan drives Chromium: a profile that accepts third-party cookies (as Chrome does by
// default outside private browsing, so that every cookie a tracker can set is seen), three
// fresh contexts per page (no action, "reject all", "accept all", each followed by a reload),
// and the cookies (through the DevTools protocol: HttpOnly and third-party ones too), the
// web-storage keys of every frame and the hosts contacted in each.
import {access, constants, mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

/** Debian's Chromium, unless CHROME_PATH names another. */
export const chromiumPath = () => process.env.CHROME_PATH || '/usr/bin/chromium';

/** Quiet on a network that refuses outbound calls; no sandbox only where it cannot run (root). */
export function chromiumFlags() {
  const flags = [
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    '--window-size=1280,800',
  ];
  if (typeof process.getuid === 'function' && process.getuid() === 0) flags.unshift('--no-sandbox');
  return flags;
}

export class NoBrowserError extends Error {}

/**
 * Starts headless Chromium with a profile of its own (deleted on close). `args` are added to
 * its switches (a `--host-resolver-rules=…` to scan a server under another name, for example).
 */
export async function launchScanBrowser({args = []} = {}) {
  const executablePath = chromiumPath();
  try {
    await access(executablePath, constants.X_OK);
  } catch {
    throw new NoBrowserError(
      `no Chromium at ${executablePath}: install Debian's ("apt-get install chromium") or set CHROME_PATH to a Chromium or Chrome`
    );
  }
  const {default: puppeteer} = await import('puppeteer-core');
  const userDataDir = await mkdtemp(join(tmpdir(), 'cookie-charter-scan-'));
  await mkdir(join(userDataDir, 'Default'));
  // 0: third-party cookies allowed, in the profile and in its private contexts.
  await writeFile(
    join(userDataDir, 'Default', 'Preferences'),
    JSON.stringify({profile: {cookie_controls_mode: 0, block_third_party_cookies: false}})
  );
  let browser;
  try {
    browser = await puppeteer.launch({
      executablePath,
      headless: true,
      userDataDir,
      args: [...chromiumFlags(), ...args],
      defaultViewport: {width: 1280, height: 800},
    });
  } catch (error) {
    await rm(userDataDir, {recursive: true, force: true});
    throw new NoBrowserError(`Chromium at ${executablePath} did not start (${String(error.message).split('\n')[0]})`);
  }
  browser.once('disconnected', () => rm(userDataDir, {recursive: true, force: true}).catch(() => {}));
  return browser;
}

/** Accessible names of the buttons that refuse or accept everything, best first (compared folded). */
const ACTIONS = {
  reject: [
    /^(tout|tous) (refuser|rejeter|interdire)$|^(refuser|rejeter) (tout|tous)( les (cookies|traceurs))?$|^(reject|decline|deny|refuse) all( cookies)?$/,
    /^(je refuse|refuser|rejeter|non merci|reject|decline|deny|refuse)( les cookies( (non essentiels|optionnels|facultatifs))?)?$|^(reject|decline) (optional|non essential|additional) cookies$|^(necessary|essential) (cookies )?only$|^accept (only )?(necessary|essential)( cookies)?( only)?$|^uniquement (les cookies )?(necessaires|essentiels)$/,
    /^continuer sans accepter$|^continue without accepting$/,
  ],
  accept: [
    /^(tout|tous) (accepter|autoriser)$|^(accepter|autoriser) (tout|tous)( les (cookies|traceurs))?$|^(accept|allow) all( cookies)?$/,
    /^(j'accepte|j'accepte tout|accepter|autoriser|accept|allow|i agree|ok pour moi|ok|accepter et fermer|accept and close|accepter les cookies|accept cookies)$/,
  ],
};

/** A name folded for comparison: lower case, no accent, no punctuation or symbol. */
export function foldName(name) {
  return String(name)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The rank of a name among the ones that do `kind` (0 best), or -1. */
export function actionRank(kind, name) {
  const folded = foldName(name);
  return ACTIONS[kind].findIndex((re) => re.test(folded));
}

/** The buttons and links of the page whose accessible name does `kind`, best first. */
async function actionButtons(page, kind) {
  const candidates = [];
  const walk = (node) => {
    if (!node) return;
    if ((node.role === 'button' || node.role === 'link') && node.name) {
      const rank = actionRank(kind, node.name);
      if (rank >= 0) candidates.push({rank, role: node.role, name: node.name});
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(await page.accessibility.snapshot({interestingOnly: true}).catch(() => null));
  return candidates.sort((a, b) => a.rank - b.rank || (a.role === 'button' ? -1 : 1));
}

/**
 * Refuses or accepts everything: `rejectAll()` / `acceptAll()` on a `<cookie-consent>`, else a
 * click on the visible button (or link) whose accessible name says so. Returns how.
 */
async function decide(page, kind, {wait, banner}) {
  const viaElement = await page
    .evaluate(
      async (method) => {
        const element = document.querySelector('cookie-consent');
        if (!element) return false;
        await Promise.race([customElements.whenDefined('cookie-consent'), new Promise((r) => setTimeout(r, 3000))]);
        if (typeof element[method] != 'function') return false;
        element[method]();
        return true;
      },
      kind === 'reject' ? 'rejectAll' : 'acceptAll'
    )
    .catch(() => false);
  if (viaElement) return {method: 'cookie-consent', name: kind === 'reject' ? 'rejectAll()' : 'acceptAll()'};

  // Another consent manager: its banner may come late, so look again for a while (unless the
  // page showed no such button once settled, before any action).
  const deadline = Date.now() + (banner ? Math.max(1000, 4 * wait) : 0);
  for (let attempt = 0; attempt === 0 || Date.now() < deadline; attempt++) {
    for (const candidate of await actionButtons(page, kind)) {
      const selector = `::-p-aria([name=${JSON.stringify(candidate.name)}][role="${candidate.role}"])`;
      for (const handle of await page.$$(selector).catch(() => [])) {
        if (await handle.isVisible().catch(() => false)) {
          await handle.click();
          return {method: candidate.role, name: candidate.name};
        }
      }
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {method: null, name: null};
}

/** What a context holds now: every cookie, the storage keys of every frame, the hosts contacted. */
async function snapshot(context, page, hosts) {
  const at = Date.now() / 1000;
  const cookies = (await context.cookies()).map((c) => ({
    name: c.name,
    domain: c.domain,
    path: c.path,
    expires: c.expires,
    session: c.session,
    httpOnly: c.httpOnly,
    secure: c.secure,
    sameSite: c.sameSite,
    partitionKey: c.partitionKey,
  }));
  const storage = [];
  const origins = new Set();
  for (const frame of page.frames()) {
    let url;
    try {
      url = new URL(frame.url());
    } catch {
      continue;
    }
    if (!/^https?:$/.test(url.protocol) || origins.has(url.origin)) continue;
    origins.add(url.origin);
    const keys = await frame
      .evaluate(() => {
        const read = (s) => {
          try {
            return Object.keys(s);
          } catch {
            return [];
          }
        };
        return {local: read(localStorage), session: read(sessionStorage)};
      })
      .catch(() => null);
    if (!keys) continue;
    for (const kind of ['local', 'session']) {
      for (const key of keys[kind]) storage.push({storage: kind, key, domain: url.hostname});
    }
  }
  return {at, cookies, storage, hosts: [...hosts].sort()};
}

/** The configuration the page's `<cookie-consent>` uses: its source, and its text or object. */
async function pageConfig(page) {
  return page
    .evaluate(async () => {
      const element = document.querySelector('cookie-consent');
      if (!element) return null;
      const given = element.config;
      if (given && typeof given == 'object') return {source: 'page: config property', config: given};
      const script = [...element.children].find((c) => c.localName === 'script' && c.type === 'application/json');
      if (script) return {source: 'page: <script type="application/json">', text: script.textContent};
      const src = element.getAttribute('src');
      if (src) {
        const url = new URL(src, location.href).href;
        try {
          const response = await fetch(url, {credentials: 'same-origin'});
          return {source: `page: src="${src}"`, location: url, text: await response.text()};
        } catch (error) {
          return {source: `page: src="${src}"`, location: url, error: String(error)};
        }
      }
      const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
      await Promise.race([customElements.whenDefined('cookie-consent'), sleep(3000)]);
      // loadConfig() resolves with the configuration in use, the built-in one's texts and
      // cookies loaded (activeConfig stays null until something loads them). An element of a
      // version without it is read as it was then.
      const loading =
        typeof element.loadConfig === 'function'
          ? element.loadConfig().catch(() => null)
          : (async () => {
              for (let i = 0; i < 50 && !element.activeConfig; i++) await sleep(100);
              return element.activeConfig;
            })();
      const config = await Promise.race([loading, sleep(5000).then(() => null)]);
      return config ? {source: 'page: built-in configuration', config: JSON.parse(JSON.stringify(config))} : null;
    })
    .catch(() => null);
}

/** Same-origin links of the page, without fragment, in document order. */
async function pageLinks(page) {
  const links = await page.$$eval('a[href]', (anchors) => anchors.map((a) => a.href)).catch(() => []);
  const origin = new URL(page.url()).origin;
  const out = [];
  for (const href of links) {
    let url;
    try {
      url = new URL(href);
    } catch {
      continue;
    }
    url.hash = '';
    if (url.origin !== origin) continue;
    if (
      /\.(pdf|zip|gz|docx?|xlsx?|odt|ods|odp|pptx?|csv|json|xml|geojson|shp|kml|jpe?g|png|gif|svg|webp|mp[34]|webm)$/i.test(
        url.pathname
      )
    )
      continue;
    if (!out.includes(url.href)) out.push(url.href);
  }
  return out;
}

/**
 * Scans one page in its three states. `first`: also read the page's configuration and take a
 * screenshot of the banner. Resolves to what the analysis needs; `error` when unreachable.
 */
export async function scanPage(browser, url, {idle, first, timeout = 30000}) {
  const started = Date.now();
  const result = {url, finalUrl: null, status: null, title: null, error: null, refusal: null, acceptance: null};
  result.states = {};
  result.extra = [];
  const settle = (page) =>
    page.waitForNetworkIdle({idleTime: idle, timeout: Math.max(5000, idle * 20)}).catch(() => {});

  const inContext = async (run) => {
    const context = await browser.createBrowserContext();
    try {
      const page = await context.newPage();
      const hosts = new Set();
      page.on('request', (request) => {
        try {
          const {protocol, hostname} = new URL(request.url());
          if (/^(https?|wss?):$/.test(protocol)) hosts.add(hostname);
        } catch {
          // not a URL with a host
        }
      });
      return await run(context, page, hosts);
    } finally {
      await context.close().catch(() => {});
    }
  };
  const open = async (page) => {
    const response = await page.goto(url, {waitUntil: 'load', timeout});
    await settle(page);
    return response;
  };

  try {
    await inContext(async (context, page, hosts) => {
      const response = await open(page);
      result.status = response?.status() ?? null;
      result.finalUrl = page.url();
      result.title = await page.title().catch(() => null);
      result.states.before = await snapshot(context, page, hosts);
      result.links = await pageLinks(page);
      result.banner = (await page.$('cookie-consent')) !== null || (await actionButtons(page, 'reject')).length > 0;
      if (first) {
        result.config = await pageConfig(page);
        result.screenshot = await page.screenshot({type: 'png', encoding: 'base64'}).catch(() => null);
      }
    });
  } catch (error) {
    result.error = String(error.message).split('\n')[0];
    result.durationMs = Date.now() - started;
    return result;
  }
  for (const [state, kind, field] of [
    ['afterRefusal', 'reject', 'refusal'],
    ['afterAcceptance', 'accept', 'acceptance'],
  ]) {
    await inContext(async (context, page, hosts) => {
      await open(page);
      result[field] = await decide(page, kind, {wait: idle, banner: result.banner});
      await settle(page);
      result.extra.push(await snapshot(context, page, hosts));
      await page.reload({waitUntil: 'load', timeout});
      await settle(page);
      result.states[state] = await snapshot(context, page, hosts);
    }).catch((error) => {
      result.error ??= `${field}: ${String(error.message).split('\n')[0]}`;
    });
  }
  result.durationMs = Date.now() - started;
  return result;
}
