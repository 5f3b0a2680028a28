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
  '/form.html': bundlePage(`<cookie-consent></cookie-consent>
    <form><label>Votre message <textarea name="message"></textarea></label></form>
    <search-box></search-box>
    <script>
      // A field inside a component's shadow root, as design systems build them.
      customElements.define('search-box', class extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({mode: 'open'}).innerHTML = '<label>Recherche <input name="q"></label>';
        }
      });
    </script>`),
  // The same long page, with the persistent manage button.
  '/withdraw-manage.html': bundlePage(`<cookie-consent manage-button></cookie-consent>
    <main><cookie-charter></cookie-charter><p style="height: 150vh">…</p></main>
    <footer><a href="#" data-cookie-preferences>Gestion des cookies</a></footer>`),
  // A long page: the charter, then a footer link that opens the preferences, far below.
  '/withdraw.html': bundlePage(`<cookie-consent></cookie-consent>
    <main><cookie-charter></cookie-charter><p style="height: 150vh">…</p></main>
    <footer><a href="#" data-cookie-preferences>Gestion des cookies</a></footer>`),
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

  test("another tab's withdrawal reloads this one, unless the visitor has typed in it", async () => {
    await open(page, '/form.html');
    await page.evaluate(() => document.querySelector('cookie-consent').acceptAll());
    const [typed, untouched] = [await tab(), await tab()];
    for (const other of [typed, untouched]) {
      await open(other, '/form.html');
      await other.evaluate(() => (window.__sameDocument = true));
    }
    await typed.type('textarea', 'Bonjour, je voudrais…');
    await typed.evaluate(() => document.activeElement.blur());
    const reloaded = untouched.waitForNavigation();
    await page.evaluate(() => document.querySelector('cookie-consent').rejectAll());
    await reloaded;
    assert.equal(await untouched.evaluate(() => window.__sameDocument ?? false), false, 'the untouched tab reloaded');
    await typed.waitForFunction(() => document.querySelector('cookie-consent').consent?.statistics === false);
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(await typed.evaluate(() => window.__sameDocument ?? false), true, 'the tab with typing stayed');
    assert.equal(await typed.$eval('textarea', (t) => t.value), 'Bonjour, je voudrais…');
    // The choice was made in the other tab: this one does not announce it.
    assert.equal(await shadowText(typed, '[part~="status"]'), '');
  });

  test("another tab's withdrawal spares a tab with a field typed in a component's shadow root", async () => {
    await open(page, '/form.html');
    await page.evaluate(() => document.querySelector('cookie-consent').acceptAll());
    const typed = await tab();
    await open(typed, '/form.html');
    await typed.evaluate(() => (window.__sameDocument = true));
    await typed.evaluate(() => document.querySelector('search-box').shadowRoot.querySelector('input').focus());
    await typed.keyboard.type('horaires piscine');
    await typed.evaluate(() => document.querySelector('search-box').shadowRoot.querySelector('input').blur());
    await page.evaluate(() => document.querySelector('cookie-consent').rejectAll());
    await typed.waitForFunction(() => document.querySelector('cookie-consent').consent?.statistics === false);
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(await typed.evaluate(() => window.__sameDocument ?? false), true, 'the tab with typing stayed');
  });

  describe('a withdrawal reloads the page, which then says the choice was saved and gives back the focus', () => {
    /** Accepts everything, reloads, and waits for the page to be ready again. */
    async function acceptedAndBack(path = '/withdraw.html') {
      await open(page, path);
      await page.evaluate(() => document.querySelector('cookie-consent').acceptAll());
      await open(page, path);
      await page.waitForFunction(() =>
        document.querySelector('cookie-charter')?.shadowRoot?.querySelector('[part~="manage-button"]')
      );
    }
    /** Refuses statistics in the open dialog, by the keyboard, and waits for the reload. */
    async function refuseStatisticsAndSave() {
      await waitIn(page, 'dialog[open] [part~="switch"]');
      const reloaded = page.waitForNavigation({waitUntil: 'networkidle0'});
      await page.evaluate(() => {
        const root = document.querySelector('cookie-consent').shadowRoot;
        const statistics = [...root.querySelectorAll('[part~="switch"]')].find((s) => !s.disabled && s.checked);
        statistics.focus();
      });
      await page.keyboard.press('Space');
      await page.evaluate(() =>
        document.querySelector('cookie-consent').shadowRoot.querySelector('[part~="save-button"]').focus()
      );
      await page.keyboard.press('Enter');
      await reloaded;
    }
    const status = () =>
      page.waitForFunction(() =>
        /enregistrés/.test(
          document.querySelector('cookie-consent').shadowRoot.querySelector('[part~="status"]').textContent
        )
      );

    test('from a data-cookie-preferences link: the focus is back on the link, scrolled into view', async () => {
      await acceptedAndBack();
      await page.focus('footer a');
      await page.keyboard.press('Enter');
      await refuseStatisticsAndSave();
      assert.match(
        decodeURIComponent((await page.cookies()).find((c) => c.name === 'cookies_preferences').value),
        /"statistics":0/
      );
      await status();
      await page.waitForFunction(() => document.activeElement?.matches('footer a'));
      const inView = await page.$eval('footer a', (a) => {
        const box = a.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= innerHeight;
      });
      assert.ok(inView, 'the link is in view');
      assert.equal(await page.evaluate(() => sessionStorage.length), 0, 'nothing left in sessionStorage');
    });

    test("from the charter's button: the focus is back on it", async () => {
      await acceptedAndBack();
      await page.evaluate(() =>
        document.querySelector('cookie-charter').shadowRoot.querySelector('[part~="manage-button"]').focus()
      );
      await page.keyboard.press('Enter');
      await refuseStatisticsAndSave();
      await status();
      await page.waitForFunction(
        () =>
          document.activeElement?.localName === 'cookie-charter' &&
          document.activeElement.shadowRoot.activeElement?.matches('[part~="manage-button"]')
      );
    });

    test('from the manage button: the focus is back on it, and nothing covers the restored link', async () => {
      await acceptedAndBack('/withdraw-manage.html');
      await waitIn(page, '[part~="manage-button"]');
      await page.evaluate(() =>
        document.querySelector('cookie-consent').shadowRoot.querySelector('[part~="manage-button"]').focus()
      );
      await page.keyboard.press('Enter');
      await refuseStatisticsAndSave();
      await status();
      await page.waitForFunction(() =>
        document.querySelector('cookie-consent').shadowRoot.activeElement?.matches('[part~="manage-button"]')
      );

      // The footer link, last on the page, under where the manage button sits.
      await page.evaluate(() => document.querySelector('cookie-consent').acceptAll());
      await page.focus('footer a');
      await page.keyboard.press('Enter');
      await refuseStatisticsAndSave();
      await status();
      await page.waitForFunction(() => document.activeElement?.matches('footer a'));
      const onTop = await page.$eval('footer a', (a) => {
        const box = a.getBoundingClientRect();
        return document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) === a;
      });
      assert.ok(onTop, 'the restored link is not under the manage button');
    });

    test('from the charter\'s "Retirer mon consentement", which then goes: the focus moves to "Modifier mes choix"', async () => {
      await acceptedAndBack();
      await page.evaluate(() =>
        document.querySelector('cookie-charter').shadowRoot.querySelector('[part~="withdraw-button"]').focus()
      );
      await page.keyboard.press('Enter');
      // "Tout refuser": nothing is left to withdraw, and the button goes.
      await waitIn(page, 'dialog[open] [part~="reject-button"]');
      const reloaded = page.waitForNavigation({waitUntil: 'networkidle0'});
      await page.evaluate(() =>
        document.querySelector('cookie-consent').shadowRoot.querySelector('dialog [part~="reject-button"]').focus()
      );
      await page.keyboard.press('Enter');
      await reloaded;
      await status();
      assert.equal(
        await page.evaluate(() =>
          document.querySelector('cookie-charter').shadowRoot.querySelector('[part~="withdraw-button"]')
        ),
        null
      );
      await page.waitForFunction(
        () =>
          document.activeElement?.localName === 'cookie-charter' &&
          document.activeElement.shadowRoot.activeElement?.matches('[part~="manage-button"]')
      );
    });

    test('a page loaded again later says nothing', async () => {
      await acceptedAndBack();
      await page.focus('footer a');
      await page.keyboard.press('Enter');
      await refuseStatisticsAndSave();
      await status();
      await open(page, '/withdraw.html');
      await new Promise((r) => setTimeout(r, 300));
      assert.equal(await shadowText(page, '[part~="status"]'), '');
    });
  });
});
