// End to end, on the browser bundle as it ships: a visitor who accepted under "revision": "auto"
// comes back after a cookie was added. They are asked again, and the banner says what changed
// (a chunk loaded for them only); a first visit to the same page downloads none of it.
// Needs `npm run build` first (the bundle, and `lib/` for the digest the history names).
import {test, describe, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {fileURLToPath} from 'node:url';
import {bundlePage, startPages} from '../helpers/chromium.mjs';
import {seedConfig} from '../fixtures/seed-config.mjs';
import {validateConfig} from '../../lib/core/config.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const WAIT = {timeout: 10_000, polling: 50};

const inline = (config) =>
  bundlePage(`<cookie-consent><script type="application/json">${JSON.stringify(config)}</script></cookie-consent>`);
const first = {...seedConfig, revision: 'auto'};
const second = {
  ...first,
  cookies: [...seedConfig.cookies, {category: 'statistics', provider: 'Matomo', name: '_pk_id.*', purpose: 'Mesure.'}],
};
// The new version, named by its digest as `cookie-charter digest` prints it, came today.
second.history = [
  {revision: 1, date: '2025-01-01', changes: 'Première version.'},
  {
    revision: validateConfig(second).config.digest.slice(0, 15),
    date: new Date().toISOString().slice(0, 10),
    changes: 'Ajout de Matomo.',
  },
];

describe('a returning visitor asked again under "revision": "auto"', () => {
  let served;
  before(async () => {
    served = await startPages({root, pages: {'/first.html': inline(first), '/second.html': inline(second)}});
  });
  after(() => served?.close());

  const shows = (page, part) =>
    page.waitForFunction(
      (p) => document.querySelector('cookie-consent')?.shadowRoot?.querySelector(`[part~="${p}"]`),
      WAIT,
      part
    );
  const textOf = (page, part) =>
    page.evaluate(
      (p) =>
        document
          .querySelector('cookie-consent')
          .shadowRoot.querySelector(`[part~="${p}"]`)
          ?.textContent.replace(/\s+/g, ' ')
          .trim() ?? null,
      part
    );

  test('a first visit hears of no change and downloads nothing of it', async () => {
    const context = await served.browser.createBrowserContext();
    const page = await context.newPage();
    const files = [];
    page.on('request', (r) => files.push(new URL(r.url()).pathname));
    await page.goto(`${served.base}/second.html`);
    await shows(page, 'banner');
    await page.evaluate(() => document.querySelector('cookie-consent').settled);
    assert.equal(await textOf(page, 'banner-changes'), null);
    assert.ok(!files.some((f) => /changes|history/.test(f)), files.join(', '));
    await context.close();
  });

  test('a visitor who accepted the first version sees, when asked again, what changed', async () => {
    const context = await served.browser.createBrowserContext();
    const page = await context.newPage();
    await page.goto(`${served.base}/first.html`);
    await shows(page, 'accept-button');
    await page.evaluate(() => document.querySelector('cookie-consent').acceptAll());
    await page.goto(`${served.base}/second.html`);
    await shows(page, 'banner-changes');
    assert.match(await textOf(page, 'banner-changes-list'), /^\d{1,2} \S+ \d{4} : Ajout de Matomo\.$/);
    assert.equal(await page.evaluate(() => document.querySelector('cookie-consent').consent), null);
    await context.close();
  });
});
