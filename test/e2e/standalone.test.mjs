// The standalone charter page (dist/standalone.html), as a visitor of the hosting site sees it.
// Needs the browser build: `npm run build:bundle` first (`npm test` builds before it runs).
import {test, describe, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {fileURLToPath} from 'node:url';
import {startStaticServer} from '../../scripts/static-server.mjs';
import {launchChromium} from '../helpers/chromium.mjs';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const CONFIG = {
  revision: 9,
  site: {name: {fr: 'Département de Test', en: 'Test County'}},
  categories: [{id: 'necessary', required: true, title: {fr: 'Indispensables', en: 'Essential'}}],
  cookies: [
    {category: 'necessary', provider: 'Département', name: 'dept_session', purpose: {fr: 'Session', en: 'Session'}},
  ],
};

const routes = {
  '/config.json': (req, res) => {
    res.writeHead(200, {'content-type': 'application/json', 'access-control-allow-origin': '*'});
    res.end(JSON.stringify(CONFIG));
  },
};

describe('standalone charter page', () => {
  let server;
  let browser;
  let base;
  before(async () => {
    ({server, url: base} = await startStaticServer({root: DIST, routes}));
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  async function visit(query) {
    const page = await browser.newPage();
    const problems = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${base}/standalone.html${query}`, {waitUntil: 'networkidle0'});
    const text = async () =>
      page.evaluate(() => document.querySelector('cookie-charter')?.shadowRoot?.textContent.replace(/\s+/g, ' ') ?? '');
    return {page, problems, text};
  }

  test('shows the built-in charter in French by default, under its strict CSP', async () => {
    const {page, problems, text} = await visit('');
    await page.waitForFunction(() => document.querySelector('cookie-charter')?.shadowRoot?.querySelector('h1'));
    const shown = await text();
    assert.match(shown, /Charte cookies/);
    assert.match(shown, /sessionid/);
    assert.doesNotMatch(shown, /Vous n'avez pas encore fait de choix/, 'an embedded page cannot know the choice');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('follows ?lang=en and ?config= of its own origin', async () => {
    const {page, problems, text} = await visit('?lang=en&config=/config.json');
    await page.waitForFunction(() =>
      /dept_session/.test(document.querySelector('cookie-charter')?.shadowRoot?.textContent ?? '')
    );
    const shown = await text();
    assert.match(shown, /Cookie policy/);
    assert.match(shown, /What are cookies used for on Test County/);
    assert.match(shown, /Version 9 of this policy\./);
    assert.deepEqual(problems, []);
    await page.close();
  });

  // The built-in charter in each other language (a region code too), its page title included.
  const LANGUAGES = {
    de: ['Cookie-Richtlinie', 'Statistik-Cookies'],
    'es-ES': ['Política de cookies', 'Cookies de análisis'],
    it: ['Informativa sui cookie', 'Cookie statistici'],
    'nl-BE': ['Cookieverklaring', 'Analytische cookies'],
  };
  for (const [lang, [title, statistics]] of Object.entries(LANGUAGES)) {
    test(`follows ?lang=${lang}`, async () => {
      const {page, problems, text} = await visit(`?lang=${lang}`);
      const shown = (t) => document.querySelector('cookie-charter')?.shadowRoot?.textContent.includes(t);
      await page.waitForFunction(shown, {timeout: 5000}, statistics);
      await page.waitForFunction((t) => document.title === t, {timeout: 5000}, title);
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang.slice(0, 2));
      assert.doesNotMatch(await text(), /Charte cookies|Cookie policy|Cookies statistiques/);
      assert.deepEqual(problems, []);
      await page.close();
    });
  }

  test('refuses a configuration from an origin it was not told to trust', async () => {
    const {page, problems, text} = await visit(`?config=${encodeURIComponent('http://localhost:1/evil.json')}`);
    await page.waitForFunction(() => document.querySelector('cookie-charter')?.shadowRoot?.querySelector('table'));
    assert.match(await text(), /sessionid/);
    assert.ok(
      problems.some((p) => p.includes('not an allowed origin')),
      problems.join('\n')
    );
    await page.close();
  });
});
