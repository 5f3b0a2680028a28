// The browser bundle (dist/cookie-elements.js) as a page that pastes one <script> meets it: the
// parts loaded on demand (dialog, charter, English texts, gates, integrations) still behave.
// Needs the browser build: `npm run build:bundle` first (`npm test` builds before it runs).
import {test, describe, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {fileURLToPath} from 'node:url';
import {bundlePage, startPages} from '../helpers/chromium.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const GCM_CONFIG = {
  revision: 3,
  site: {name: 'Test'},
  categories: [
    {id: 'necessary', required: true, title: 'Nécessaires'},
    {id: 'statistics', title: 'Statistiques'},
  ],
  integrations: {googleConsentMode: {enabled: true}},
};

const page = (body, lang = 'fr') => bundlePage(body, {lang});

const PAGES = {
  '/fr.html': page('<cookie-consent></cookie-consent>'),
  '/en.html': page('<cookie-consent></cookie-consent>', 'en'),
  '/gcm.html':
    page(`<cookie-consent><script type="application/json">${JSON.stringify(GCM_CONFIG)}</script></cookie-consent>
    <script type="text/plain" data-cookie-category="statistics">
      window.__defaultFirst = (window.dataLayer || []).length > 0 && window.dataLayer[0][1] === 'default';
    </script>`),
};

describe('browser bundle, parts loaded on demand', () => {
  let served;
  let browser;
  let base;
  before(async () => {
    served = await startPages({root: ROOT, pages: PAGES});
    ({base, browser} = served);
  });
  after(() => served?.close());

  async function open(path) {
    const context = await browser.createBrowserContext();
    const tab = await context.newPage();
    const problems = [];
    const urls = [];
    tab.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    tab.on('pageerror', (e) => problems.push(e.message));
    tab.on('request', (r) => urls.push(new URL(r.url()).pathname));
    await tab.goto(`${base}${path}`, {waitUntil: 'networkidle0'});
    await tab.waitForFunction(() =>
      document.querySelector('cookie-consent')?.shadowRoot?.querySelector('[part~="banner"]')
    );
    return {context, tab, problems, urls};
  }

  /** The `part` of the element focused inside <cookie-consent>, or the page's focused element id. */
  const focused = (tab) =>
    tab.evaluate(() => {
      const inner = document.querySelector('cookie-consent').shadowRoot.activeElement;
      return inner
        ? `${inner.closest('dialog') ? 'dialog:' : ''}${inner.getAttribute('part') ?? inner.tagName}`
        : document.activeElement?.id;
    });

  test('"Personnaliser" loads the dialog, moves the focus into it, and Escape brings it back', async () => {
    const {context, tab, problems, urls} = await open('/fr.html');
    // The chunks are named after their module, without a hash: dist/chunks/preferences.js.
    assert.ok(!urls.includes('/dist/chunks/preferences.js'), 'the dialog is not loaded before it is needed');
    await tab.evaluate(() =>
      document.querySelector('cookie-consent').shadowRoot.querySelector('[part~="customize-button"]').focus()
    );
    await tab.keyboard.press('Enter');
    await tab.waitForFunction(() => document.querySelector('cookie-consent').shadowRoot.querySelector('dialog').open);
    assert.match(await focused(tab), /^dialog:/);
    const title = await tab.evaluate(() =>
      document.querySelector('cookie-consent').shadowRoot.querySelector('#dialog-title').textContent.trim()
    );
    assert.equal(title, 'Vos préférences en matière de cookies');
    await tab.keyboard.press('Escape');
    await tab.waitForFunction(() => !document.querySelector('cookie-consent').shadowRoot.querySelector('dialog').open);
    await tab.waitForFunction(() =>
      document.querySelector('cookie-consent').shadowRoot.activeElement?.matches('[part~="customize-button"]')
    );
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('speaks English on an English page (its texts loaded then only)', async () => {
    const {context, tab, problems, urls} = await open('/en.html');
    await tab.waitForFunction(() =>
      /Accept all/.test(
        document.querySelector('cookie-consent').shadowRoot.querySelector('[part~="accept-button"]').textContent
      )
    );
    assert.ok(urls.some((u) => /\/chunks\/en\.js$/.test(u)));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('defines <cookie-charter> when one is added to the page later', async () => {
    const {context, tab, problems, urls} = await open('/fr.html');
    assert.equal(await tab.evaluate(() => !!customElements.get('cookie-charter')), false);
    assert.ok(!urls.some((u) => u.includes('cookie-charter')));
    await tab.evaluate(() => document.body.append(document.createElement('cookie-charter')));
    await tab.waitForFunction(() => document.querySelector('cookie-charter')?.shadowRoot?.querySelector('table'));
    const text = await tab.evaluate(() => document.querySelector('cookie-charter').shadowRoot.textContent);
    assert.match(text, /sessionid/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("Google Consent Mode's default is queued before a gated script runs", async () => {
    const {context, tab, problems} = await open('/gcm.html');
    await tab.evaluate(() => document.querySelector('cookie-consent').acceptAll());
    await tab.waitForFunction(() => window.__defaultFirst !== undefined);
    assert.equal(await tab.evaluate(() => window.__defaultFirst), true);
    // Next page load: the decision is stored, the gated script runs at start, still after the default.
    await tab.reload({waitUntil: 'networkidle0'});
    await tab.waitForFunction(() => window.__defaultFirst !== undefined);
    assert.equal(await tab.evaluate(() => window.__defaultFirst), true);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
