// End to end: the browser bundle named by package.json's `unpkg`, alone in plain pages served
// over HTTP, driven like a visitor (real clicks, real cookies, reloads).
// Needs `npm run build:bundle` first (`npm test` builds before it runs).
import {test, describe, before, after, beforeEach, afterEach} from 'node:test';
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import {bundlePage, startPages} from '../helpers/chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
const DAY = 86400;

const PAGES = {
  '/plain-fr.html': bundlePage('<cookie-consent></cookie-consent>'),
  '/plain-en.html': bundlePage('<cookie-consent></cookie-consent>', {lang: 'en'}),
  '/revision-3.html': bundlePage(
    '<cookie-consent><script type="application/json">{"revision": 3}</script></cookie-consent>'
  ),
  // An opaque origin: document.cookie throws inside; scripts run.
  '/sandboxed.html': `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Sandboxed</title></head>
    <body><iframe title="Sandboxed page" sandbox="allow-scripts" src="/plain-fr.html"></iframe></body></html>`,
};

describe('the unpkg bundle in a plain page', () => {
  let served, base, browser, context, page, problems;

  before(async () => {
    served = await startPages({root, pages: PAGES});
    ({base, browser} = served);
  });
  after(() => served?.close());
  beforeEach(async () => {
    context = await browser.createBrowserContext();
    page = await context.newPage();
    problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    // Record every consent event from the very start of each page load.
    await page.evaluateOnNewDocument(() => {
      window.__events = [];
      for (const type of ['cookie-consent-ready', 'cookie-consent-change']) {
        document.addEventListener(type, (e) => window.__events.push({type, detail: e.detail}));
      }
    });
  });
  afterEach(async () => {
    assert.deepEqual(problems, [], 'no uncaught error');
    await context.close();
  });

  const open = async (path) => {
    await page.goto(`${base}${path}`, {waitUntil: 'networkidle0'});
    await page.waitForFunction(() => window.__events.some((e) => e.type === 'cookie-consent-ready'));
  };
  const bannerShown = () =>
    page.evaluate(() => !!document.querySelector('cookie-consent').shadowRoot.querySelector('[part~="banner"]'));
  const textOf = (selector) =>
    page.$eval(`cookie-consent >>> ${selector}`, (n) => n.textContent.replace(/\s+/g, ' ').trim());
  const events = (type) => page.evaluate((t) => window.__events.filter((e) => e.type === t).map((e) => e.detail), type);
  const consentCookie = async () => (await page.cookies()).find((c) => c.name === 'cookies_preferences');

  test('the unpkg field names the bundle that is served', () => {
    assert.equal(pkg.unpkg, './dist/cookie-elements.js');
  });

  test('first visit: a French banner, and nothing stored before the visitor acts', async () => {
    await open('/plain-fr.html');
    assert.equal(await bannerShown(), true);
    assert.equal(await textOf('[part~="banner-title"]'), 'Les cookies sur data.seineouest.fr');
    assert.equal(await textOf('[part~="reject-button"]'), 'Tout refuser');
    assert.deepEqual(await page.cookies(), []);
    assert.deepEqual(await page.evaluate(() => [localStorage.length, sessionStorage.length]), [0, 0]);
    const [ready] = await events('cookie-consent-ready');
    assert.equal(ready.consent, null);
  });

  test('on a phone, the banner text that scrolls shows a shadow where more of it waits (as minified)', async () => {
    await page.setViewport({width: 320, height: 568});
    await open('/plain-fr.html');
    const shadows = (scrollTop) =>
      page.evaluate(async (top) => {
        const body = document.querySelector('cookie-consent').shadowRoot.querySelector('[part~="banner-body"]');
        body.scrollTop = top === 'end' ? body.scrollHeight : top;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const colours = getComputedStyle(body).boxShadow.match(/rgba?\([^)]*\)/g) ?? [];
        return {
          scrolls: body.scrollHeight > body.clientHeight,
          shadows: colours.map((c) => (/, 0\)$/.test(c) ? 'none' : 'shadow')),
        };
      }, scrollTop);
    const atTop = await shadows(0);
    assert.equal(atTop.scrolls, true, 'the text scrolls at 320 × 568');
    assert.deepEqual(atTop.shadows, ['none', 'shadow']);
    assert.deepEqual((await shadows('end')).shadows, ['shadow', 'none']);
  });

  test('first visit under <html lang="en">: an English banner', async () => {
    await open('/plain-en.html');
    await page.waitForFunction(() =>
      document
        .querySelector('cookie-consent')
        .shadowRoot.querySelector('[part~="reject-button"]')
        ?.textContent.includes('Reject all')
    );
    assert.equal(await textOf('[part~="banner-title"]'), 'Cookies on data.seineouest.fr');
    assert.equal(await textOf('[part~="accept-button"]'), 'Accept all');
  });

  test('"Tout refuser" writes the cookie and fires reject-all; after a reload no banner, ready carries the choice', async () => {
    await open('/plain-fr.html');
    await page.click('cookie-consent >>> [part~="banner"] [part~="reject-button"]');
    await page.waitForFunction(() => window.__events.some((e) => e.type === 'cookie-consent-change'));
    const [change] = await events('cookie-consent-change');
    assert.equal(change.action, 'reject-all');
    assert.deepEqual(change.consent, {necessary: true, statistics: false, 'third-party': false});

    const cookie = await consentCookie();
    assert.ok(cookie, 'cookies_preferences is written');
    assert.equal(cookie.path, '/');
    assert.equal(cookie.sameSite, 'Lax');
    assert.equal(cookie.session, false);
    const lifetime = cookie.expires - Date.now() / 1000;
    assert.ok(Math.abs(lifetime - 182 * DAY) < 60, `Max-Age about 182 days (got ${(lifetime / DAY).toFixed(2)} days)`);
    assert.equal(cookie.domain, '127.0.0.1', 'host-only');
    assert.equal(await bannerShown(), false);

    await page.reload({waitUntil: 'networkidle0'});
    await page.waitForFunction(() => window.__events.some((e) => e.type === 'cookie-consent-ready'));
    assert.equal(await bannerShown(), false);
    const [ready] = await events('cookie-consent-ready');
    assert.deepEqual(ready.consent, change.consent);
    assert.equal(ready.id, change.id);
    assert.equal(ready.revision, 2);
  });

  test('customising with statistics on and saving grants statistics only', async () => {
    await open('/plain-fr.html');
    await page.click('cookie-consent >>> [part~="customize-button"]');
    // Polled: a waitForSelector through the shadow root is only re-checked on changes of the
    // light DOM, so it may miss the dialog opening once its chunks are there.
    await page.waitForFunction(
      () => !!document.querySelector('cookie-consent')?.shadowRoot?.querySelector('dialog[open]'),
      {polling: 50}
    );
    const switches = await page.$$('cookie-consent >>> input[role="switch"]');
    await switches[1].click();
    await page.click('cookie-consent >>> [part~="save-button"]');
    await page.waitForFunction(() => window.__events.some((e) => e.type === 'cookie-consent-change'));
    const [change] = await events('cookie-consent-change');
    assert.equal(change.action, 'save');
    assert.deepEqual(change.consent, {necessary: true, statistics: true, 'third-party': false});
    const stored = JSON.parse(decodeURIComponent((await consentCookie()).value));
    assert.deepEqual(stored.c, {necessary: 1, statistics: 1, 'third-party': 0});
    assert.equal(await page.evaluate(() => document.querySelector('cookie-consent').hasConsent('statistics')), true);
    assert.equal(await page.evaluate(() => document.querySelector('cookie-consent').hasConsent('third-party')), false);
  });

  test('a bumped revision brings the banner back', async () => {
    await open('/plain-fr.html');
    await page.click('cookie-consent >>> [part~="banner"] [part~="accept-button"]');
    await page.waitForFunction(() => window.__events.some((e) => e.type === 'cookie-consent-change'));
    await open('/revision-3.html');
    assert.equal(await bannerShown(), true);
    const [ready] = await events('cookie-consent-ready');
    assert.equal(ready.consent, null);
    assert.equal(ready.revision, 3);
  });

  test('in a sandboxed frame, where cookies cannot be read or written, it still asks and never throws', async () => {
    await page.goto(`${base}/sandboxed.html`, {waitUntil: 'networkidle0'});
    const frame = page.frames().find((f) => f.url().endsWith('/plain-fr.html'));
    assert.ok(frame, 'the sandboxed frame loaded');
    assert.equal(
      await frame.evaluate(() => {
        try {
          return document.cookie;
        } catch {
          return 'throws';
        }
      }),
      'throws'
    );
    await frame.waitForFunction(() =>
      document.querySelector('cookie-consent')?.shadowRoot?.querySelector('[part~="reject-button"]')
    );
    await frame.evaluate(() =>
      document
        .querySelector('cookie-consent')
        .shadowRoot.querySelector('[part~="banner"] [part~="reject-button"]')
        .click()
    );
    await frame.waitForFunction(() => window.__events.some((e) => e.type === 'cookie-consent-change'));
    const change = await frame.evaluate(() => window.__events.find((e) => e.type === 'cookie-consent-change').detail);
    assert.equal(change.action, 'reject-all');
    assert.equal(change.consent.statistics, false);
  });

  test('a garbage or foreign cookie brings the banner back without an uncaught error', async () => {
    for (const value of ['accepted', '%7B%22v%22%3A9%7D', '%E0%A4%A', 'eyJhbGciOiJub25lIn0']) {
      await page.setCookie({name: 'cookies_preferences', value, url: base});
      await open('/plain-fr.html');
      assert.equal(await bannerShown(), true, value);
      const [ready] = await events('cookie-consent-ready');
      assert.equal(ready.consent, null, value);
    }
  });
});
