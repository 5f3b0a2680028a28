// End to end: what makes a decision real, from the browser bundle (its chunks minified as they
// ship): gated scripts and embeds, the Global Privacy Control notice, the manage button and the
// status message, and tabs kept in step. The browser tests cover each in depth from the sources;
// these check that the shipped bundle does the same.
// Needs `npm run build:bundle` first (`npm test` builds before it runs).
import {test, describe, before, after, beforeEach, afterEach} from 'node:test';
import assert from 'node:assert/strict';
import {fileURLToPath} from 'node:url';
import {bundlePage, startPages} from '../helpers/chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

const PAGES = {
  '/gated.html': bundlePage(`<cookie-consent manage-button></cookie-consent>
    <script type="text/plain" data-cookie-category="statistics">window.__statsRan = (window.__statsRan ?? 0) + 1;</script>
    <iframe title="Carte" data-cookie-category="third-party" data-cookie-service="OpenMap" data-src="/test/fixtures/embed.html"></iframe>`),
  '/plain.html': bundlePage('<cookie-consent></cookie-consent>'),
};

describe('the effects of the unpkg bundle', () => {
  let served, base, browser, context, page, problems;

  before(async () => {
    served = await startPages({root, pages: PAGES});
    ({base, browser} = served);
  });
  after(() => served?.close());
  beforeEach(async () => {
    context = await browser.createBrowserContext();
    problems = [];
    page = await tab();
  });
  afterEach(async () => {
    assert.deepEqual(problems, [], 'no uncaught error');
    await context.close();
  });

  async function tab() {
    const opened = await context.newPage();
    opened.on('pageerror', (e) => problems.push(e.message));
    opened.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    return opened;
  }
  const open = (on, path) => on.goto(`${base}${path}`, {waitUntil: 'networkidle0'});
  // The consent element's shadow root, by selector: its text (`null` when absent), a click, a wait.
  const shadowText = (on, selector) =>
    on.evaluate(
      (s) =>
        document.querySelector('cookie-consent').shadowRoot.querySelector(s)?.textContent.replace(/\s+/g, ' ').trim() ??
        null,
      selector
    );
  const clickIn = (on, selector) =>
    on.evaluate((s) => document.querySelector('cookie-consent').shadowRoot.querySelector(s).click(), selector);
  const waitIn = (on, selector, present = true) =>
    on.waitForFunction(
      (s, p) => !!document.querySelector('cookie-consent')?.shadowRoot?.querySelector(s) === p,
      {},
      selector,
      present
    );

  test('gated script and embed wait; the placeholder names the category; "Tout accepter" releases both', async () => {
    await open(page, '/gated.html');
    await page.waitForSelector('.cookie-consent-placeholder');
    const placeholder = await page.$eval('.cookie-consent-placeholder', (n) => n.textContent.replace(/\s+/g, ' '));
    assert.match(placeholder, /OpenMap/);
    assert.match(placeholder, /Contenus et services tiers/, 'the built-in title, loaded with the gates');
    assert.equal(await page.evaluate(() => window.__statsRan ?? 0), 0);
    assert.equal(await page.$eval('iframe[title="Carte"]', (f) => f.getAttribute('src')), null);

    await clickIn(page, '[part~="accept-button"]');
    await page.waitForFunction(() => window.__statsRan === 1);
    await page.waitForFunction(
      () => document.querySelector('iframe[title="Carte"]').getAttribute('src') === '/test/fixtures/embed.html'
    );
    assert.equal(await page.$('.cookie-consent-placeholder'), null);
    // What follows a decision: the announced message and the manage button.
    await page.waitForFunction(() =>
      /enregistrés/.test(
        document.querySelector('cookie-consent').shadowRoot.querySelector('[part~="status"]').textContent
      )
    );
    assert.equal(await shadowText(page, '[part~="manage-button"]'), 'Gérer les cookies');
    await clickIn(page, '[part~="manage-button"]');
    await waitIn(page, 'dialog[open]');
  });

  test("the placeholder's button grants its category in place and stores it", async () => {
    await open(page, '/gated.html');
    await page.waitForSelector('.cookie-consent-placeholder button');
    await page.click('.cookie-consent-placeholder button');
    await page.waitForFunction(() => !!document.querySelector('iframe[title="Carte"]').getAttribute('src'));
    const cookie = (await page.cookies()).find((c) => c.name === 'cookies_preferences');
    assert.match(decodeURIComponent(cookie.value), /"third-party":1/);
    assert.equal(await page.evaluate(() => window.__statsRan ?? 0), 0, 'statistics still refused');
  });

  test('Global Privacy Control: every optional category refused, nothing stored until the notice is dismissed', async () => {
    await page.evaluateOnNewDocument(() => Object.defineProperty(navigator, 'globalPrivacyControl', {value: true}));
    await open(page, '/plain.html');
    await waitIn(page, '[part~="gpc-notice"]');
    assert.deepEqual(await page.evaluate(() => document.querySelector('cookie-consent').consent), {
      necessary: true,
      statistics: false,
      'third-party': false,
    });
    assert.equal(await shadowText(page, '[part~="banner"]'), null);
    assert.equal(
      (await page.cookies()).find((c) => c.name === 'cookies_preferences'),
      undefined
    );
    await clickIn(page, '[part~="gpc-dismiss-button"]');
    await page.waitForFunction(() => document.cookie.includes('cookies_preferences='));
  });

  test('a decision in one tab closes the banner of another', async () => {
    await open(page, '/plain.html');
    const other = await tab();
    await open(other, '/plain.html');
    assert.notEqual(await shadowText(other, '[part~="banner"]'), null);
    await page.evaluate(() => document.querySelector('cookie-consent').rejectAll());
    await waitIn(other, '[part~="banner"]', false);
    assert.equal(await other.evaluate(() => document.querySelector('cookie-consent').consent.statistics), false);
  });
});
