// The browser bundle on a slow network: every chunk (dist/chunks/) answers 2 s late, the entry
// (dist/cookie-elements.js) at once. What the visitor needs first — the banner, and a decision
// stored and announced — must not wait for any chunk; what makes the decision real on the page
// (the gates) follows when the chunks arrive. `updateComplete` only waits for a render;
// `settled` is the promise that waits for the effects (chunks loaded, gates applied).
// Needs the browser build: `npm run build:bundle` first (`npm test` builds before it runs).
import {test, describe, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {fileURLToPath} from 'node:url';
import {bundlePage, startPages} from '../helpers/chromium.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHUNKS = '/dist/chunks/';
/** How late every chunk answers. */
const DELAY = 2000;
/** The bound for the banner, `cookie-consent-ready` and `updateComplete`. */
const BOUND = 500;

// The moment the bundle has been evaluated, as a page can see it: module scripts run in
// document order once the page is parsed, so this inline module, after the bundle's <script>
// (in <head>), runs as soon as the bundle's evaluation has ended. It is measured there rather
// than from the navigation's start, or from the bundle's `responseEnd` (which comes before its
// parsing and evaluation): neither the page's download nor the time to compile the bundle on a
// busy machine is what the bound is about. The bundle's `responseEnd` is reported too.
const EVALUATED = `<script type="module">
  window.__evaluated = {
    at: performance.now(),
    defined: !!customElements.get('cookie-consent'),
    responseEnd: performance.getEntriesByName(new URL('/dist/cookie-elements.js', location.href).href)[0]?.responseEnd,
  };
</script>`;

const PAGES = {
  '/late.html': bundlePage(`<cookie-consent></cookie-consent>
    <iframe title="Contenu intégré" data-cookie-category="third-party" data-src="/test/fixtures/embed.html"></iframe>
    ${EVALUATED}`),
  '/late-keyboard.html': bundlePage(`<p><a id="before" href="#top">Haut de page</a></p>
    <cookie-consent></cookie-consent><p><a href="#end">Fin</a></p>`),
};

describe('the bundle while its chunks are 2 s late', () => {
  let served, page;
  const problems = [];
  /** The paths of the chunks requested, and of those that answered (headers received). */
  const requested = [];
  const answered = [];
  const timers = new Set();

  before(async () => {
    served = await startPages({root: ROOT, pages: PAGES});
    const context = await served.browser.createBrowserContext();
    page = await context.newPage();
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (!path.startsWith(CHUNKS)) return void request.continue();
      requested.push(path);
      const timer = setTimeout(() => {
        timers.delete(timer);
        request.continue().catch(() => undefined); // the page may be gone
      }, DELAY);
      timers.add(timer);
    });
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (path.startsWith(CHUNKS)) answered.push(path);
    });
    // From the very start of the page: the consent events, each with the time it fired, the height
    // of the banner then (`null`: none), the cookies, and how many chunks had arrived (resource
    // timing lists a chunk once it is loaded).
    await page.evaluateOnNewDocument((chunks) => {
      const arrived = () =>
        performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname.startsWith(chunks)).length;
      window.__chunksArrived = arrived;
      window.__events = [];
      for (const type of ['cookie-consent-ready', 'cookie-consent-change']) {
        document.addEventListener(type, (e) =>
          window.__events.push({
            type,
            at: performance.now(),
            detail: e.detail,
            banner: e.target.shadowRoot?.querySelector('[part~="banner"]')?.getBoundingClientRect().height ?? null,
            cookie: document.cookie,
            chunksArrived: arrived(),
          })
        );
      }
    }, CHUNKS);
    // DOMContentLoaded fires once the module scripts have run (the bundle evaluated, that moment
    // recorded); the chunks are still on their way.
    await page.goto(`${served.base}/late.html`, {waitUntil: 'domcontentloaded'});
    await page.waitForFunction(() => window.__events.some((e) => e.type === 'cookie-consent-ready'), {polling: 20});
  });

  after(async () => {
    for (const timer of timers) clearTimeout(timer);
    await served?.close();
  });

  const events = (type) => page.evaluate((t) => window.__events.filter((e) => e.type === t), type);

  test('the banner shows and cookie-consent-ready fires within 500 ms of the bundle evaluation', async () => {
    const evaluated = await page.evaluate(() => window.__evaluated);
    assert.ok(evaluated, 'the module after the bundle ran');
    assert.equal(evaluated.defined, true, '<cookie-consent> is defined once the bundle is evaluated');
    const [ready, ...more] = await events('cookie-consent-ready');
    assert.equal(more.length, 0, 'cookie-consent-ready fires once');
    const elapsed = ready.at - evaluated.at;
    assert.ok(
      elapsed < BOUND,
      `cookie-consent-ready ${elapsed.toFixed(0)} ms after the bundle's evaluation ` +
        `(${(ready.at - evaluated.responseEnd).toFixed(0)} ms after its response ended)`
    );
    assert.notEqual(ready.banner, null, 'the banner is in the shadow root when cookie-consent-ready fires');
    assert.ok(ready.banner > 0, 'the banner is laid out (styled, not hidden) by then');
    assert.equal(ready.detail.consent, null);
    assert.equal(ready.chunksArrived, 0, 'no chunk had arrived');
    assert.ok(requested.length > 0, 'the gated iframe asked for the effects at once');
  });

  test('"Tout refuser" during the delay stores the refusal and announces it before any chunk arrives', async () => {
    await page.click('cookie-consent >>> [part~="banner"] [part~="reject-button"]');
    const responsesAfterClick = answered.length;
    const [change, ...more] = await events('cookie-consent-change');
    assert.ok(change, 'cookie-consent-change fired on the click');
    assert.equal(more.length, 0);
    assert.equal(change.detail.action, 'reject-all');
    assert.deepEqual(change.detail.consent, {
      necessary: true,
      statistics: false,
      'third-party': false,
    });
    assert.equal(change.chunksArrived, 0, 'no chunk had arrived when cookie-consent-change fired');
    const inPage = /(?:^|;\s*)cookies_preferences=([^;]*)/.exec(change.cookie);
    assert.ok(inPage, 'document.cookie holds cookies_preferences when cookie-consent-change fires');
    const cookie = (await page.cookies()).find((c) => c.name === 'cookies_preferences');
    assert.ok(cookie, 'cookies_preferences is stored');
    const stored = JSON.parse(decodeURIComponent(cookie.value));
    assert.deepEqual(stored.c, {necessary: 1, statistics: 0, 'third-party': 0});
    assert.equal(stored.id, change.detail.id);
    // Read once the click and the reads are done: the chunks were still on their way.
    assert.equal(responsesAfterClick, 0, `chunks answered before the click was over: ${answered.join(', ')}`);
    assert.equal(answered.length, 0, `chunks answered before the cookie was read: ${answered.join(', ')}`);
  });

  test('updateComplete resolves at once while the chunks are pending; settled waits for them', async () => {
    const waited = await page.evaluate(async () => {
      const el = document.querySelector('cookie-consent');
      const start = performance.now();
      // `settled` is the promise to wait for the effects: the chunks a page needs, the gates.
      window.__settled = el.settled.then(() => ({
        at: performance.now(),
        placeholder: !!document.querySelector('.cookie-consent-placeholder'),
        src: document.querySelector('iframe').getAttribute('src'),
      }));
      await el.updateComplete;
      return {start, updateComplete: performance.now() - start, chunksArrived: window.__chunksArrived()};
    });
    assert.ok(waited.updateComplete < BOUND, `updateComplete took ${waited.updateComplete.toFixed(0)} ms`);
    assert.equal(waited.chunksArrived, 0, 'the chunks were still pending when updateComplete resolved');
    assert.equal(answered.length, 0);

    const settled = await page.evaluate(() => window.__settled);
    const chunks = await page.evaluate(
      (prefix) =>
        performance
          .getEntriesByType('resource')
          .filter((e) => new URL(e.name).pathname.startsWith(prefix))
          .map((e) => ({path: new URL(e.name).pathname, startTime: e.startTime, responseEnd: e.responseEnd})),
      CHUNKS
    );
    assert.deepEqual(
      chunks.map((c) => c.path).sort(),
      [...new Set(requested)].sort(),
      'every chunk requested had arrived when settled resolved'
    );
    for (const chunk of chunks) {
      assert.ok(chunk.responseEnd <= settled.at, `settled resolved before ${chunk.path} arrived`);
    }
    const firstRequest = Math.min(...chunks.map((c) => c.startTime));
    assert.ok(
      settled.at - firstRequest > DELAY,
      `settled resolved ${(settled.at - firstRequest).toFixed(0)} ms after the first chunk was requested`
    );
    assert.ok(
      settled.at - waited.start > waited.updateComplete,
      `settled waited ${(settled.at - waited.start).toFixed(0)} ms, updateComplete ${waited.updateComplete.toFixed(0)} ms`
    );
    // What the refusal means for the embed, in place as soon as settled resolves.
    assert.equal(settled.placeholder, true, 'the placeholder shows when settled resolves');
    assert.equal(settled.src, null, 'the iframe has no src when settled resolves');
  });

  test('once the chunks are there, the embed stays refused, and nothing threw', async () => {
    // On its own (whatever `settled` did): once the network has been idle for a while.
    await page.waitForNetworkIdle({idleTime: 300, timeout: 4 * DELAY});
    assert.ok(answered.length > 0 && answered.length === requested.length, 'every chunk requested has answered');
    assert.equal(await page.$eval('iframe', (f) => f.getAttribute('src')), null, 'third-party is refused');
    const placeholder = await page.$eval('.cookie-consent-placeholder', (n) => n.textContent.replace(/\s+/g, ' '));
    assert.match(placeholder, /Contenus et services tiers/);
    assert.equal(await page.evaluate(() => document.querySelector('cookie-consent').hasConsent('third-party')), false);
    assert.deepEqual(problems, [], 'no uncaught error');
  });
});

describe('a keyboard decision while the chunks are 2 s late', () => {
  let served;
  before(async () => {
    served = await startPages({root: ROOT, pages: PAGES});
  });
  after(() => served?.close());

  test('"Tout refuser" from the keyboard puts the focus back where it came from at once, not on <body>', async () => {
    const context = await served.browser.createBrowserContext();
    const page = await context.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) =>
      new URL(request.url()).pathname.startsWith(CHUNKS)
        ? setTimeout(() => request.continue().catch(() => undefined), DELAY)
        : request.continue()
    );
    await page.goto(`${served.base}/late-keyboard.html`, {waitUntil: 'domcontentloaded'});
    await page.waitForFunction(() =>
      document.querySelector('cookie-consent')?.shadowRoot?.querySelector('[part~="reject-button"]')
    );
    await page.focus('#before');
    const focusedPart = () => document.querySelector('cookie-consent').shadowRoot.activeElement?.getAttribute('part');
    for (let i = 0; i < 10 && !String(await page.evaluate(focusedPart)).includes('reject-button'); i++) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.cookie.includes('cookies_preferences'));
    await new Promise((r) => setTimeout(r, 300));
    const focus = await page.evaluate(() => ({
      at: document.activeElement?.id || document.activeElement?.localName,
      chunks: performance.getEntriesByType('resource').filter((e) => e.name.includes('/dist/chunks/')).length,
    }));
    assert.equal(focus.chunks, 0, 'no chunk had arrived');
    assert.equal(focus.at, 'before', 'the focus is back on the link it left');
    await context.close();
  });
});
