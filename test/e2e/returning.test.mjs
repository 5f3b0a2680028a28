// End to end: returning visitors, on the browser bundle as it ships. Each decision is made the
// way a person makes it (a first visit, a click on the banner, the dialog or the Global Privacy
// Control notice), then the visitor comes back: the page with the banner and the charter, the
// charter alone, and a page with a gated embed and a gated script. A returning visitor is the
// case where the charter reads the stored decision as it starts; a bundle whose renamed members
// took Lit's own names once made it recurse forever there, for everyone who had decided.
// Needs `npm run build:bundle` first (`npm test` builds before it runs).
import {test, describe, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {fileURLToPath} from 'node:url';
import {bundlePage, startPages} from '../helpers/chromium.mjs';
import {SEED_COOKIE_NAMES} from '../fixtures/seed-config.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const COOKIE = 'cookies_preferences';
const WAIT = {timeout: 10_000, polling: 50};
// Every consent event from the very start of each page load, and every uncaught error seen by
// the page itself (so that a wait ends as soon as the page has broken).
const RECORDER = () => {
  window.__events = [];
  window.__errors = [];
  for (const type of ['cookie-consent-ready', 'cookie-consent-change']) {
    document.addEventListener(type, (e) => window.__events.push({type, detail: e.detail}));
  }
  addEventListener('error', (e) => window.__errors.push(String(e.error ?? e.message)));
  addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));
};

/** The built-in configuration's categories (its purposes), in the order of the dialog's switches. */
const CATEGORIES = ['necessary', 'statistics', 'third-party'];
const consentOf = (statistics, thirdParty) => ({necessary: true, statistics, 'third-party': thirdParty});
const REFUSED = consentOf(false, false);
const ACCEPTED = consentOf(true, true);
const MIXED = consentOf(true, false);
/** The built-in configuration's revision: 2 since its categories became purposes. */
const BUILT_IN = 2;
/** A decision stored under the former built-in configuration: revision 1, the seed's four kinds of cookies. */
const FORMER = {necessary: true, statistics: true, 'first-party': true, 'third-party': false};

/** What the charter says, in each language (the built-in configuration). */
const TEXTS = {
  fr: {
    headings: [
      "Qu'est-ce qu'un cookie ?",
      'À quoi servent les cookies sur la plateforme data.seineouest.fr',
      'Gérer vos choix',
      'Vos données et vos droits',
    ],
    caption: 'Cookies nécessaires au bon fonctionnement de la plateforme / cookies fonctionnels',
    columns: ['Nom du prestataire', 'Service et emplacement', 'Nom du cookie', 'Finalités', 'Durée de conservation'],
    titles: {
      necessary: 'Cookies nécessaires au bon fonctionnement de la plateforme / cookies fonctionnels',
      statistics: "Mesure d'audience",
      'third-party': 'Contenus et services tiers',
    },
    states: {required: 'Toujours actifs', granted: 'Acceptés', refused: 'Refusés'},
    decided: 'Votre choix actuel :',
    undecided:
      "Vous n'avez pas encore fait de choix : seuls les cookies qui ne demandent pas votre accord sont utilisés.",
    manage: 'Modifier mes choix',
    revision: (n) => `Version ${n} de cette charte.`,
    dialogTitle: 'Vos préférences en matière de cookies',
  },
  en: {
    headings: [
      'What is a cookie?',
      'What are cookies used for on data.seineouest.fr',
      'Managing your choices',
      'Your data and your rights',
    ],
    caption: 'Cookies needed for the platform to work / functional cookies',
    columns: ['Provider', 'Service and location', 'Cookie name', 'Purposes', 'Retention period'],
    titles: {
      necessary: 'Cookies needed for the platform to work / functional cookies',
      statistics: 'Audience measurement',
      'third-party': 'Third-party content and services',
    },
    states: {required: 'Always active', granted: 'Accepted', refused: 'Refused'},
    decided: 'Your current choice:',
    undecided: 'You have not made a choice yet: only cookies that do not need your consent are used.',
    manage: 'Change my choices',
    revision: (n) => `Version ${n} of this policy.`,
    dialogTitle: 'Your cookie preferences',
  },
};

// The three kinds of page, in each language, with the built-in configuration (revision 2) or
// with its revision bumped to 3 (the site changed its policy after the visitor decided).
const revised = (revision) =>
  revision === BUILT_IN ? '' : `<script type="application/json">{"revision": ${revision}}</script>`;
const KINDS = {
  'banner and charter': {
    consent: true,
    charter: true,
    body: (r) => `<cookie-consent>${revised(r)}</cookie-consent><cookie-charter></cookie-charter>`,
  },
  'charter alone': {
    consent: false,
    charter: true,
    body: (r) => `<cookie-charter>${revised(r)}</cookie-charter>`,
  },
  'gated embed and script': {
    consent: true,
    charter: false,
    body: (r) => `<cookie-consent>${revised(r)}</cookie-consent>
      <script type="text/plain" data-cookie-category="statistics">window.__statsRan = (window.__statsRan ?? 0) + 1;</script>
      <iframe title="Carte" data-cookie-category="third-party" data-cookie-service="OpenMap" data-src="/test/fixtures/embed.html"></iframe>`,
  },
};
/** Where each state's first visit is made with real clicks, then reloaded. */
const REAL_PATH = 'banner and charter';
const pathOf = (kind, lang, revision) =>
  `/${kind.replace(/ /g, '-')}-${lang}${revision === BUILT_IN ? '' : `-r${revision}`}.html`;
const PAGES = {};
for (const [kind, {body}] of Object.entries(KINDS)) {
  for (const lang of ['fr', 'en']) {
    for (const revision of [BUILT_IN, BUILT_IN + 1])
      PAGES[pathOf(kind, lang, revision)] = bundlePage(body(revision), {lang});
  }
}

// What the visitor did on the first visit, on a page with the banner (real clicks), and what
// is then in force. `stored`: the consent cookie's categories afterwards (`null`: nothing
// stored); `inForce`: what a <cookie-consent> of the returning page applies; `banner`,
// `notice`: whether the returning page shows the banner, the Global Privacy Control notice;
// `events`: the consent events of the returning page (default: `cookie-consent-ready` only).
const banner = (button) => async (page) => page.click(`cookie-consent >>> [part~="banner"] [part~="${button}"]`);
const STATES = [
  {name: 'refused (reject all)', act: banner('reject-button'), stored: REFUSED, inForce: REFUSED},
  {name: 'accepted (accept all)', act: banner('accept-button'), stored: ACCEPTED, inForce: ACCEPTED},
  {
    name: 'mixed (saved from the dialog)',
    act: async (page) => {
      await page.click('cookie-consent >>> [part~="banner"] [part~="customize-button"]');
      await waitInConsent(page, 'dialog[open] [part~="save-button"]');
      for (const id of Object.keys(MIXED).filter((id) => MIXED[id] && id !== 'necessary')) {
        await page.click(`cookie-consent >>> #switch-${CATEGORIES.indexOf(id)}`);
      }
      await page.click('cookie-consent >>> dialog [part~="save-button"]');
    },
    stored: MIXED,
    inForce: MIXED,
  },
  {
    // Nothing is stored until the visitor acts on the notice: every page load assumes the
    // refusal again (the notice shows again), and a charter alone has nothing to read.
    name: 'Global Privacy Control, refusal assumed (notice not dismissed)',
    gpc: true,
    act: (page) => waitInConsent(page, '[part~="gpc-notice"]'),
    stored: null,
    inForce: REFUSED,
    notice: true,
    // `cookie-consent-ready` says nothing is stored, then the refusal is assumed.
    events: ['ready', 'gpc'],
  },
  {
    name: 'Global Privacy Control, notice dismissed (refusal stored)',
    gpc: true,
    act: async (page) => {
      await waitInConsent(page, '[part~="gpc-dismiss-button"]');
      await page.click('cookie-consent >>> [part~="gpc-dismiss-button"]');
    },
    stored: REFUSED,
    inForce: REFUSED,
  },
  {
    // Accepted under the built-in revision; the pages come back with the next one: asked again.
    name: 'decision of an older revision',
    act: banner('accept-button'),
    stored: ACCEPTED,
    inForce: null,
    revision: BUILT_IN + 1,
    banner: true,
  },
  {
    // Decided before the built-in categories became purposes (revision 1, the seed's four kinds
    // of cookies, as this bundle's predecessor wrote it): nothing of it is applied, asked again.
    name: 'decision of the former built-in categories',
    act: (page) =>
      page.evaluate(
        (value) => {
          document.cookie = `cookies_preferences=${encodeURIComponent(value)}; Path=/; SameSite=Lax`;
        },
        JSON.stringify({v: 1, t: Date.now() - 60_000, r: 1, id: 'abcdef12-3456', l: 'fr', c: bits(FORMER)})
      ),
    stored: FORMER,
    inForce: null,
    banner: true,
  },
];

/** Waits for `selector` in <cookie-consent>'s shadow root (polled: the light DOM does not change). */
function waitInConsent(page, selector) {
  return page.waitForFunction(
    (s) => !!document.querySelector('cookie-consent')?.shadowRoot?.querySelector(s),
    WAIT,
    selector
  );
}

/** A consent cookie's value as the element wrote it, decoded (`null`: no cookie). */
function decoded(cookie) {
  return cookie ? JSON.parse(decodeURIComponent(cookie.value)) : null;
}

/** Everything the assertions look at, read in one go once the page has settled. */
function snapshot() {
  const text = (node) => node?.textContent.replace(/\s+/g, ' ').trim() ?? null;
  const consent = document.querySelector('cookie-consent');
  const charter = document.querySelector('cookie-charter');
  const root = charter?.shadowRoot;
  return {
    consent: consent
      ? {
          value: consent.consent,
          banner: !!consent.shadowRoot?.querySelector('[part~="banner"]'),
          notice: !!consent.shadowRoot?.querySelector('[part~="gpc-notice"]'),
        }
      : null,
    charter: charter
      ? {
          shadowRoot: !!root,
          headings: [...(root?.querySelectorAll('[part~="heading"]') ?? [])].map(text),
          tables: [...(root?.querySelectorAll('table') ?? [])].map((table) => ({
            caption: text(table.caption),
            columns: [...table.querySelectorAll('th[scope="col"]')].map(text),
            cookies: [...table.querySelectorAll('tbody tr')].map((row) =>
              text(row.querySelector('[part~="cookie-name"]'))
            ),
          })),
          choice: text(root?.querySelector('[part~="manage-section"] [part~="text"]')),
          status: [...(root?.querySelectorAll('[part~="status-item"]') ?? [])].map((item) => ({
            id: item.dataset.category,
            state: item.dataset.state,
            title: text(item.querySelector('[part~="status-category"]')),
            text: text(item.querySelector('[part~="status-state"]')),
          })),
          manageButton: text(root?.querySelector('[part~="manage-button"]')),
          revision: text(root?.querySelector('[part~="revision"]')),
        }
      : null,
    gated: document.querySelector('iframe[title="Carte"]')
      ? {
          scriptRuns: window.__statsRan ?? 0,
          iframeSrc: document.querySelector('iframe[title="Carte"]').getAttribute('src'),
          placeholder: !!document.querySelector('.cookie-consent-placeholder'),
        }
      : null,
    events: window.__events.map((e) => (e.type === 'cookie-consent-ready' ? 'ready' : e.detail.action)),
  };
}

describe('returning visitors, with the shipped bundle', {concurrency: 3}, () => {
  let served, base, browser;

  before(async () => {
    served = await startPages({root, pages: PAGES});
    ({base, browser} = served);
  });
  after(() => served?.close());

  /** A fresh browser context with one tab, recording its errors; `close()` when done. */
  async function session({gpc = false} = {}) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(`uncaught ${e.name}: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
    await page.evaluateOnNewDocument(RECORDER);
    if (gpc) {
      await page.evaluateOnNewDocument(() => Object.defineProperty(navigator, 'globalPrivacyControl', {value: true}));
    }
    return {page, problems, close: () => context.close()};
  }

  /**
   * Opens `path` (a reload when the tab shows it already) and waits until the page has settled:
   * `cookie-consent-ready` fired, the charter speaks the page's language, and every chunk the
   * elements were loading is there. Ends at once if the page threw.
   */
  async function visit(page, path, {consent, charter}, lang) {
    if (page.url() === `${base}${path}`) await page.reload();
    else await page.goto(`${base}${path}`);
    await page.waitForFunction(
      (withConsent, withCharter, heading) => {
        if (window.__errors.length) return true;
        if (withConsent && !window.__events.some((e) => e.type === 'cookie-consent-ready')) return false;
        const shown = document
          .querySelector('cookie-charter')
          ?.shadowRoot?.querySelector('[part~="manage-section"] [part~="heading"]');
        return !withCharter || shown?.textContent.trim() === heading;
      },
      WAIT,
      consent,
      charter,
      TEXTS[lang].headings[2]
    );
    // Until the elements are settled: their effects (gates, the privacy signal's notice) applied.
    // (An element whose construction threw never settles: not waited for.)
    await page.evaluate(
      () =>
        window.__errors.length ||
        Promise.race([
          Promise.all([...document.querySelectorAll('cookie-consent, cookie-charter')].map((e) => e.settled)),
          new Promise((done) => setTimeout(done, 5000)),
        ])
    );
  }

  /**
   * The first visit: a page with the banner, where the visitor does what `state` says. Resolves
   * to the consent cookie then stored (`null`: none), as Chromium holds it.
   */
  async function decide(page, state, lang) {
    await visit(page, pathOf(REAL_PATH, lang, BUILT_IN), KINDS[REAL_PATH], lang);
    await state.act(page);
    if (state.stored) await page.waitForFunction((name) => document.cookie.includes(`${name}=`), WAIT, COOKIE);
    const cookie = (await page.cookies()).find((c) => c.name === COOKIE) ?? null;
    assert.deepEqual(decoded(cookie)?.c ?? null, bits(state.stored), 'what the first visit stored');
    return cookie;
  }

  // Each state's first visit, by state and language: made with real clicks by the case of the
  // page with the banner and the charter (then reloaded), its cookie written as it is into the
  // fresh contexts of the other pages. A case run alone makes its own first visit.
  const firstVisits = new Map();
  function firstVisit(key, make) {
    if (!firstVisits.has(key)) {
      const made = make();
      made.catch(() => undefined);
      firstVisits.set(key, made);
    }
    return firstVisits.get(key);
  }

  for (const state of STATES) {
    for (const lang of ['fr', 'en']) {
      for (const [kind, shape] of Object.entries(KINDS)) {
        test(`${state.name}, ${lang}: ${kind}`, async () => {
          const key = `${state.name} ${lang}`;
          // Registered before anything is awaited: the other pages' cases wait for this one's.
          let made;
          if (kind === REAL_PATH) firstVisit(key, () => new Promise((...settle) => (made = settle)));
          const {page, problems, close} = await session({gpc: state.gpc});
          try {
            if (kind === REAL_PATH) {
              made?.[0](await decide(page, state, lang));
            } else {
              const cookie = await firstVisit(key, async () => {
                const other = await session({gpc: state.gpc});
                return decide(other.page, state, lang).finally(other.close);
              });
              if (cookie) {
                const {name, value, path, expires, sameSite} = cookie;
                await page.setCookie({name, value, path, expires, sameSite, url: base});
              }
            }

            // The visitor comes back (a reload, or the same site's other page).
            const revision = state.revision ?? BUILT_IN;
            await visit(page, pathOf(kind, lang, revision), shape, lang);
            const seen = await page.evaluate(snapshot);
            assert.deepEqual(
              {errors: problems, charterShadowRoot: seen.charter?.shadowRoot ?? null, events: seen.events},
              {
                errors: [],
                charterShadowRoot: shape.charter || null,
                events: shape.consent ? (state.events ?? ['ready']) : [],
              },
              'no uncaught error and no console error; the charter has its shadow root; the consent events'
            );

            const record = decoded((await page.cookies()).find((c) => c.name === COOKIE));
            assert.deepEqual(record?.c ?? null, bits(state.stored), 'the stored decision is kept');
            // What the page should apply: the element's decision in force; without one, the
            // cookie's when it is of this revision.
            const expected = shape.consent
              ? state.inForce
              : record && record.r === revision
                ? fromBits(record.c)
                : null;

            if (shape.consent) {
              assert.deepEqual(seen.consent.value, expected, '<cookie-consent>.consent');
              assert.equal(seen.consent.banner, !!state.banner, state.banner ? 'the banner shows' : 'no banner');
              assert.equal(seen.consent.notice, !!state.notice, 'the Global Privacy Control notice');
            }
            if (shape.charter)
              await checkCharter(page, problems, seen.charter, lang, expected, revision, shape.consent);
            if (seen.gated) await checkGates(page, problems, expected);
          } finally {
            // Without effect once resolved: the other pages' cases do not wait for ever.
            made?.[1](new Error(`the first visit (${key}) failed: see its "${REAL_PATH}" case`));
            await close();
          }
        });
      }
    }
  }
});

/** The charter rendered in full, its current choice is `expected`, and its button opens the dialog. */
async function checkCharter(page, problems, charter, lang, expected, revision, withConsent) {
  const t = TEXTS[lang];
  assert.ok(charter.shadowRoot, '<cookie-charter> has a shadow root');
  assert.deepEqual(charter.headings, t.headings, 'the sections');
  assert.deepEqual(
    charter.tables,
    [{caption: t.caption, columns: t.columns, cookies: SEED_COOKIE_NAMES}],
    "one table, of the seed's four Opendatasoft cookies"
  );
  assert.equal(charter.revision, t.revision(revision));
  assert.equal(charter.choice, expected ? t.decided : t.undecided);
  assert.deepEqual(
    charter.status,
    CATEGORIES.map((id) => {
      const state = id === 'necessary' ? 'required' : expected?.[id] ? 'granted' : 'refused';
      return {id, state, title: t.titles[id], text: t.states[state]};
    }),
    'the current choice'
  );
  if (!withConsent) {
    assert.equal(charter.manageButton, null, 'no "change my choices" button without a <cookie-consent>');
    return;
  }
  assert.equal(charter.manageButton, t.manage);

  // A real click when the button can be reached with the mouse; else (see below) the keyboard,
  // so that what the button does is still checked.
  const button = await page.$('cookie-charter >>> [part~="manage-button"]');
  await button.scrollIntoView();
  const cover = await button.evaluate(coveredBy);
  if (cover) {
    await button.focus();
    await page.keyboard.press('Enter');
  } else {
    await button.click();
  }
  await page.waitForFunction(() => {
    const shadow = document.querySelector('cookie-consent').shadowRoot;
    const dialog = shadow.querySelector('dialog');
    return dialog.open && dialog.contains(shadow.activeElement);
  }, WAIT);
  const dialog = await page.evaluate(() => {
    const dialog = document.querySelector('cookie-consent').shadowRoot.querySelector('dialog');
    return {
      title: dialog.querySelector('[part~="dialog-title"]').textContent.trim(),
      switches: [...dialog.querySelectorAll('input[role="switch"]')].map((s) => s.checked),
    };
  });
  assert.equal(dialog.title, t.dialogTitle);
  assert.deepEqual(
    dialog.switches,
    CATEGORIES.map((id) => id === 'necessary' || !!expected?.[id]),
    "the dialog's switches show the choice in force"
  );
  assert.deepEqual(problems, [], 'no error while opening the dialog');

  // While the banner is open (here, a decision of an older revision), the page keeps room for
  // it at its end: "Modifier mes choix", scrolled into view, is not under the banner (WCAG 2.2,
  // 2.4.11 Focus Not Obscured). test/e2e/focus-not-obscured.test.mjs tabs through a whole page.
  assert.equal(cover, null, 'the charter\'s "change my choices" button, scrolled into view, is not covered');
}

/** The gated script ran, and the embed has its address, only when its category is granted. */
async function checkGates(page, problems, expected) {
  const statistics = !!expected?.statistics;
  const thirdParty = !!expected?.['third-party'];
  if (statistics) await page.waitForFunction(() => window.__statsRan === 1, WAIT);
  if (thirdParty) await page.waitForFunction(() => !!document.querySelector('iframe[title="Carte"]').src, WAIT);
  else await page.waitForSelector('.cookie-consent-placeholder', {timeout: WAIT.timeout});
  const gated = (await page.evaluate(snapshot)).gated;
  assert.equal(gated.scriptRuns, statistics ? 1 : 0, 'the statistics script ran once iff granted');
  assert.equal(gated.iframeSrc, thirdParty ? '/test/fixtures/embed.html' : null, 'the embed loads iff granted');
  assert.equal(gated.placeholder, !thirdParty, 'the placeholder shows iff refused');
  assert.deepEqual(problems, [], 'no error from the gates');
}

/**
 * In the page: what is on top at the centre of `element` when it is not `element` itself (or
 * inside it), described as `<host> part "…"`; `null` when the element is on top.
 */
function coveredBy(element) {
  const box = element.getBoundingClientRect();
  const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
  let hit = document.elementFromPoint(x, y);
  let host = hit;
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    [host, hit] = [hit, inner];
  }
  if (hit === element || element.contains(hit)) return null;
  const part = hit?.closest('[part]')?.getAttribute('part');
  return `<${host?.localName}>${part ? ` part "${part}"` : ''}: ${hit?.localName}`;
}

/** A consent map as the cookie stores it (`{id: 1 | 0}`), or `null`. */
function bits(consent) {
  return consent && Object.fromEntries(Object.entries(consent).map(([id, on]) => [id, on ? 1 : 0]));
}

function fromBits(stored) {
  return Object.fromEntries(Object.entries(stored).map(([id, on]) => [id, on === 1]));
}
