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

// The page as a host edits it to trust another origin (here `localhost`, the same server under
// another name): in data-config-origins only, or also in its CSP's connect-src.
const OTHER = '__OTHER_ORIGIN__';
const edited = (withCsp) => async (req, res) => {
  const {readFile} = await import('node:fs/promises');
  const other = `http://localhost:${req.socket.localPort}`;
  let page = (await readFile(`${DIST}standalone.html`, 'utf8')).replace(
    'data-config-origins=""',
    `data-config-origins="${OTHER}"`
  );
  if (withCsp) page = page.replace("connect-src 'self'", `connect-src 'self' ${OTHER}`);
  res.writeHead(200, {'content-type': 'text/html'});
  res.end(page.replaceAll(OTHER, other));
};

const routes = {
  '/config.json': (req, res) => {
    res.writeHead(200, {'content-type': 'application/json', 'access-control-allow-origin': '*'});
    res.end(JSON.stringify(CONFIG));
  },
  '/trusting-origin-only.html': edited(false),
  '/trusting.html': edited(true),
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

  async function visit(query, path = '/standalone.html') {
    const page = await browser.newPage();
    const problems = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${base}${path}${query}`, {waitUntil: 'networkidle0'});
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

  describe('a configuration on another origin the host trusts', () => {
    const other = () => `http://localhost:${new URL(base).port}/config.json`;

    test('is shown once the origin is in data-config-origins and in the CSP', async () => {
      const {page, problems, text} = await visit(`?config=${encodeURIComponent(other())}`, '/trusting.html');
      await page.waitForFunction(() =>
        /dept_session/.test(document.querySelector('cookie-charter')?.shadowRoot?.textContent ?? '')
      );
      assert.match(await text(), /Département de Test/);
      assert.deepEqual(problems, []);
      await page.close();
    });

    test('in data-config-origins only: the console says to add it to the CSP', async () => {
      const {page, problems, text} = await visit(
        `?config=${encodeURIComponent(other())}`,
        '/trusting-origin-only.html'
      );
      // The charter shows what it can (the file could not be fetched), with its notice.
      await page.waitForFunction(() => document.querySelector('cookie-charter')?.shadowRoot?.querySelector('h1'));
      assert.doesNotMatch(await text(), /Département de Test/);
      assert.ok(
        problems.some((p) => p.includes('add it to connect-src')),
        problems.join('\n')
      );
      await page.close();
    });
  });
});
