// End to end: dist/consent-mode.js, the classic script for the <head> that issues Google Consent
// Mode's default (and the update of a stored decision) before any Google tag, then leaves the
// element to send the updates of later decisions. Each page puts it before the tags as the
// README says; Google's scripts are local stubs (no network) that record their run into
// dataLayer. Without consent-mode.js every test fails: the element's default comes after the
// tags. Needs `npm run build:bundle` first (`npm test` builds before it runs).
import {test, describe, before, after, beforeEach, afterEach} from 'node:test';
import assert from 'node:assert/strict';
import {fileURLToPath} from 'node:url';
import {bundlePage, htmlRoutes, launchChromium} from '../helpers/chromium.mjs';
import {startStaticServer} from '../../scripts/static-server.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const COOKIE = 'cookies_preferences';
const REVISION = 3;

// What gtm.js and gtag.js do first, as far as these tests go: they read dataLayer, so they
// record that they ran, after what was queued before them.
const stub = (name) => (req, res) => {
  res.writeHead(200, {'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store'});
  res.end(`(window.dataLayer = window.dataLayer || []).push({event: ${JSON.stringify(`${name} ran`)}});`);
};

const consentMode = `<script src="/dist/consent-mode.js" data-revision="${REVISION}"></script>`;
// The page keeps running after a withdrawal (no reload): these tests follow the updates it sends.
const element = `<cookie-consent no-reload-on-withdraw><script type="application/json">${JSON.stringify({
  revision: REVISION,
  integrations: {googleConsentMode: {enabled: true}},
})}</script></cookie-consent>`;
/** A page with `head` at the top of its <head>, then the bundle, and `body`. */
const page = (head, body = '') =>
  bundlePage(element + body).replace('<head><meta charset="utf-8">', `<head><meta charset="utf-8">${head}`);

// Google Tag Manager's snippet as Google gives it, but for the address of gtm.js.
const gtm = `<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});
var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';
j.async=true;j.src='/stub/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
})(window,document,'script','dataLayer','GTM-XXXXXXX');</script>`;
// gtag.js's snippet as Google gives it, but for the address of gtag.js.
const gtag = `<script async src="/stub/gtag/js?id=G-XXXXXXX"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}
gtag('js', new Date()); gtag('config', 'G-XXXXXXX');</script>`;
// Tags run by a module script after the bundle's: modules run in order, before the element's
// integration chunk has loaded.
const moduleTags = `<script type="module">window.dataLayer = window.dataLayer || [];
window.gtag = window.gtag || function () { dataLayer.push(arguments); };
gtag('config', 'G-XXXXXXX'); gtag('event', 'page_view'); dataLayer.push({event: 'tags ran'});</script>`;

// What a module script right after the bundle sees in dataLayer, before it runs its tags.
const seenByModule = `<script type="module">window.__seen = (window.dataLayer || []).map((e) => [...e]);</script>`;
const PAGES = {
  '/cm/gtm.html': page(consentMode + gtm),
  '/cm/gtag.html': page(consentMode + gtag),
  '/cm/module.html': page(consentMode, moduleTags),
  // Without consent-mode.js: the bundle itself issues the default while it is evaluated.
  '/cm/bundle-only.html': page('', seenByModule + moduleTags),
  // The same integration given by the `config` property (no child script): nothing to see early.
  '/cm/no-inline.html': bundlePage(`<cookie-consent></cookie-consent>${seenByModule}`),
};

const denied = {
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'denied',
};
const DEFAULT = ['consent', 'default', {...denied, wait_for_update: 500}];
/** The update for a decision that grants statistics only (and the required category). */
const STATISTICS = ['consent', 'update', {...denied, analytics_storage: 'granted', security_storage: 'granted'}];
const ALL_DENIED_BUT_REQUIRED = ['consent', 'update', {...denied, security_storage: 'granted'}];

/** A consent cookie's value, as the element writes it. */
const record = ({revision = REVISION, age = 60_000, c = {}} = {}) =>
  encodeURIComponent(
    JSON.stringify({
      v: 1,
      t: Date.now() - age,
      r: revision,
      id: '1b2c3d4e-aaaa-4bbb-8ccc-123456789abc',
      l: 'fr',
      c: {necessary: 1, statistics: 1, 'third-party': 0, ...c},
    })
  );

describe('consent-mode.js before the Google tags', () => {
  let server, base, browser, context, tab, problems;

  before(async () => {
    ({server, url: base} = await startStaticServer({
      root,
      routes: {...htmlRoutes(PAGES), '/stub/gtm.js': stub('gtm.js'), '/stub/gtag/js': stub('gtag.js')},
    }));
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });
  beforeEach(async () => {
    context = await browser.createBrowserContext();
    problems = [];
    tab = await context.newPage();
    tab.on('pageerror', (e) => problems.push(e.message));
    tab.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  });
  afterEach(async () => {
    assert.deepEqual(problems, [], 'no uncaught error');
    await context.close();
  });

  const store = (...values) =>
    tab.setCookie(...values.map(([value, path = '/']) => ({name: COOKIE, value, url: base, path})));
  /** Opens a page; resolves once the element has started and the stub tag has run. */
  async function open(path, tag) {
    await tab.goto(`${base}${path}`, {waitUntil: 'networkidle0'});
    await tab.waitForFunction(
      (event) =>
        document.querySelector('cookie-consent')?.hasUpdated && window.dataLayer?.some((e) => e.event === event),
      {},
      `${tag} ran`
    );
  }
  /** dataLayer in order: a gtag call as its arguments, a pushed object by its event. */
  const layer = () =>
    tab.evaluate(() =>
      window.dataLayer.map((e) =>
        Object.prototype.toString.call(e) === '[object Arguments]' ? JSON.parse(JSON.stringify([...e])) : e.event
      )
    );
  const calls = (entries, ...head) =>
    entries.filter((e) => Array.isArray(e) && head.every((h, i) => e[i] === h)).map((e) => JSON.stringify(e));
  /** Where an entry first is (by its JSON, or an event's name); -1 when missing. */
  const at = (entries, wanted) => entries.findIndex((e) => JSON.stringify(e) === JSON.stringify(wanted));

  test('GTM inline in <head>, no decision stored: the default comes first, and only once', async () => {
    await open('/cm/gtm.html', 'gtm.js');
    const entries = await layer();
    assert.deepEqual(entries[0], DEFAULT, 'the default is the first entry');
    assert.ok(at(entries, DEFAULT) < at(entries, 'gtm.js'), 'the default precedes the gtm.js event');
    assert.equal(calls(entries, 'consent', 'default').length, 1, 'the element issues no second default');
    assert.deepEqual(calls(entries, 'consent', 'update'), [], 'no decision, no update');
  });

  test('GTM inline in <head>, a decision of this revision stored: default then update, before gtm.js', async () => {
    await store([record()]);
    await open('/cm/gtm.html', 'gtm.js');
    const entries = await layer();
    assert.deepEqual(entries.slice(0, 3), [DEFAULT, STATISTICS, 'gtm.js']);
    assert.equal(calls(entries, 'consent', 'default').length, 1, 'the element issues no second default');
    // The element takes over: a later decision is sent as an update.
    await tab.evaluate(() => document.querySelector('cookie-consent').rejectAll());
    await tab.waitForFunction(() => window.dataLayer.length > 0 && window.dataLayer.at(-1)[1] === 'update');
    const after = await layer();
    assert.deepEqual(after.at(-1), ALL_DENIED_BUT_REQUIRED);
    assert.ok(after.indexOf('gtm.js ran') < after.length - 1);
  });

  test('a stored decision of another revision, or a malformed value, gives no update', async () => {
    await store([record({revision: REVISION - 1})]);
    await open('/cm/gtm.html', 'gtm.js');
    let entries = await layer();
    assert.deepEqual(entries.slice(0, 2), [DEFAULT, 'gtm.js']);
    assert.deepEqual(calls(entries, 'consent', 'update'), []);

    await context.close();
    context = await browser.createBrowserContext();
    tab = await context.newPage();
    tab.on('pageerror', (e) => problems.push(e.message));
    await store(['%E0%A4%A'], [encodeURIComponent('{"v":2}')], [record({c: {statistics: 2}})]);
    await open('/cm/gtm.html', 'gtm.js');
    entries = await layer();
    assert.deepEqual(entries.slice(0, 2), [DEFAULT, 'gtm.js']);
    assert.deepEqual(calls(entries, 'consent', 'update'), []);
  });

  test('several copies of the cookie: the newest decision wins', async () => {
    await store([record({age: 3_600_000, c: {'third-party': 1}})], [record({age: 60_000}), '/cm']);
    await open('/cm/gtm.html', 'gtm.js');
    const entries = await layer();
    assert.deepEqual(entries.slice(0, 3), [DEFAULT, STATISTICS, 'gtm.js']);
  });

  test('tags in a module script after the bundle: the default precedes config and event', async () => {
    await open('/cm/module.html', 'tags');
    const entries = await layer();
    const config = entries.findIndex((e) => Array.isArray(e) && e[0] === 'config');
    const event = entries.findIndex((e) => Array.isArray(e) && e[0] === 'event');
    assert.ok(config >= 0 && event > config);
    assert.deepEqual(entries[0], DEFAULT, 'the default comes before config and event');
    assert.equal(calls(entries, 'consent', 'default').length, 1);
  });

  test('without consent-mode.js, the bundle issues the default of an inline configuration as it is evaluated', async () => {
    await open('/cm/bundle-only.html', 'tags');
    // A module after the bundle runs before any chunk of it has loaded: the default is there.
    assert.deepEqual(await tab.evaluate(() => window.__seen), [DEFAULT]);
    const entries = await layer();
    assert.deepEqual(entries[0], DEFAULT, 'the default comes before config and event');
    assert.equal(calls(entries, 'consent', 'default').length, 1, 'the element issues no second default');
  });

  test('without an inline configuration that enables it, the bundle pushes nothing to dataLayer', async () => {
    await tab.goto(`${base}/cm/no-inline.html`);
    await tab.waitForFunction(() => document.querySelector('cookie-consent')?.hasUpdated);
    assert.deepEqual(await tab.evaluate(() => window.__seen), []);
    assert.equal(await tab.evaluate(() => window.dataLayer), undefined);
  });

  test('gtag.js loaded async: default (and the stored update) before js, config and gtag.js', async () => {
    await store([record()]);
    await open('/cm/gtag.html', 'gtag.js');
    const entries = await layer();
    assert.deepEqual(entries.slice(0, 2), [DEFAULT, STATISTICS]);
    assert.equal(entries[2][0], 'js');
    assert.deepEqual(entries[3], ['config', 'G-XXXXXXX']);
    assert.ok(entries.indexOf('gtag.js ran') > 3);
    assert.equal(calls(entries, 'consent', 'default').length, 1);
  });
});
