// Adversarial, on the shipped bundle: markup, script and disguised addresses in every text and
// address field of the configuration (site.name/url/policyUrl, categories' title and
// description, cookies' provider/service/name/purpose/duration, proof.endpoint), rendered by
// the banner, the dialog, the charter, the standalone page (dist/standalone.html?config=) and
// the static export (`cookie-charter export`). Each payload calls the page's trap `__pwned`
// when it runs: it must never be called, no `href`/`src` of the light DOM or a shadow root may
// be anything but http(s) on this site or a same-page fragment, and the texts show as written.
import {test, describe, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import {startPages} from '../helpers/chromium.mjs';
import {FULL, TEXT_PAYLOADS, xssConfigs} from '../adversarial/corpus.mjs';
import {collectHandlers, collectLinks, collectText, dangerousLinks, TRAPS, trappedPage} from '../adversarial/page.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);
/** Every configuration in the full run (each payload in each field); a few in `npm test`. */
const CONFIGS = xssConfigs(FULL ? TEXT_PAYLOADS.length * 2 : 2);
const served = {};
CONFIGS.forEach((config, n) => {
  served[`/adv/xss/${n}.json`] = config;
});

describe('adversarial: XSS through every field of the configuration', () => {
  let pages, host;
  before(async () => {
    const routes = {};
    for (const [path, config] of Object.entries(served)) {
      routes[path] = (req, res) => res.writeHead(200, {'content-type': 'application/json'}).end(JSON.stringify(config));
    }
    // The element reads its configuration from its child script; the charter takes it from the element.
    const pagesByPath = {};
    CONFIGS.forEach((config, n) => {
      const inline = JSON.stringify(config).replace(/</g, '\\u003c');
      pagesByPath[`/adv/xss/page-${n}.html`] = trappedPage(
        `<cookie-consent><script type="application/json">${inline}</script></cookie-consent><cookie-charter></cookie-charter>`
      );
    });
    pages = await startPages({root, pages: pagesByPath});
    // startPages serves pages only: the JSON files go through the same server by a second route table.
    const {startStaticServer} = await import('../../scripts/static-server.mjs');
    const json = await startStaticServer({root, routes});
    pages.json = json;
    host = new URL(pages.base).host;
  });
  after(async () => {
    await pages?.close();
    pages?.json.server.close();
  });

  /** What a visitor may meet: trap calls, uncaught errors, dangerous links, and the texts. */
  async function inspect(tab, label) {
    await new Promise((r) => setTimeout(r, 100));
    const seen = await tab.evaluate(
      `({hits: window.__hits || [], uncaught: window.__uncaught || [], links: (${collectLinks})(), handlers: (${collectHandlers})(), text: (${collectText})(), host: location.host})`
    );
    assert.deepEqual(seen.hits, [], `${label}: no payload ran`);
    assert.deepEqual(seen.uncaught, [], `${label}: no uncaught error`);
    assert.deepEqual(seen.handlers, [], `${label}: no event-handler attribute`);
    assert.deepEqual(dangerousLinks(seen.links, seen.host || host), [], `${label}: no dangerous link`);
    return seen;
  }

  test(`banner, dialog and charter: ${CONFIGS.length} configurations`, async () => {
    const started = Date.now();
    const tab = await pages.browser.newPage();
    const pageErrors = [];
    tab.on('pageerror', (e) => pageErrors.push(e.message));
    for (let n = 0; n < CONFIGS.length; n++) {
      const config = CONFIGS[n];
      await tab.goto(`${pages.base}/adv/xss/page-${n}.html`);
      await tab.waitForFunction(() =>
        document.querySelector('cookie-consent')?.shadowRoot?.querySelector('[part~="banner"]')
      );
      let seen = await inspect(tab, `banner ${n}`);
      // The site's name is shown as written, in the banner's title.
      const name = typeof config.site.name === 'string' ? config.site.name : config.site.name.fr;
      assert.ok(seen.text.includes(name.trim()), `banner ${n}: the site's name shows as text`);
      await tab.evaluate(() => document.querySelector('cookie-consent').showPreferences());
      await tab.waitForFunction(() =>
        document.querySelector('cookie-consent').shadowRoot.querySelector('dialog[open]')
      );
      await tab.waitForFunction(() => document.querySelector('cookie-charter')?.shadowRoot?.querySelector('table'));
      seen = await inspect(tab, `dialog and charter ${n}`);
      const title = config.categories[1].title;
      assert.ok(
        seen.text.includes((typeof title === 'string' ? title : title.fr).trim()),
        `dialog ${n}: the title shows as text`
      );
      // Deciding runs the effects (proof, integrations) with the same configuration.
      await tab.evaluate(() => document.querySelector('cookie-consent').acceptAll());
      await tab.evaluate(() => document.querySelector('cookie-consent').settled);
      await inspect(tab, `after a decision ${n}`);
      await tab.deleteCookie(...(await tab.cookies()));
    }
    assert.deepEqual(pageErrors, []);
    await tab.close();
    console.log(`# xss live: ${CONFIGS.length} configurations, ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });

  test(`standalone page (?config=): ${CONFIGS.length} configurations`, async () => {
    const tab = await pages.browser.newPage();
    const pageErrors = [];
    tab.on('pageerror', (e) => pageErrors.push(e.message));
    // The trap is put in the page before its own scripts (the page's CSP allows no inline script).
    await tab.evaluateOnNewDocument(() => {
      window.__hits = [];
      window.__pwned = (what) => window.__hits.push(String(what));
    });
    for (let n = 0; n < CONFIGS.length; n++) {
      // Same origin as the page: the JSON is on the pages' server.
      await tab.goto(`${pages.json.url}/dist/standalone.html?config=/adv/xss/${n}.json`);
      await tab.waitForFunction(() => document.querySelector('cookie-charter')?.shadowRoot?.querySelector('table'));
      const seen = await inspect(tab, `standalone ${n}`);
      const name = CONFIGS[n].site.name;
      assert.ok(
        seen.text.includes((typeof name === 'string' ? name : name.fr).trim()),
        `standalone ${n}: the name shows`
      );
    }
    assert.deepEqual(pageErrors, []);
    await tab.close();
  });

  test(`static export (cookie-charter export): ${CONFIGS.length} configurations, pasted in a page`, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cc-adv-'));
    const tab = await pages.browser.newPage();
    try {
      for (let n = 0; n < CONFIGS.length; n++) {
        const config = join(dir, `${n}.json`);
        await writeFile(config, JSON.stringify(CONFIGS[n]));
        const out = join(dir, `out-${n}`);
        // --force: the configuration's refused addresses are left out, its valid parts exported.
        await run(process.execPath, [
          join(root, 'bin/cookie-charter.mjs'),
          'export',
          '--config',
          config,
          '--lang',
          'fr',
          '--out',
          out,
          '--force',
        ]);
        const fragment = await readFile(join(out, 'cookie-charter.fr.html'), 'utf8');
        assert.doesNotMatch(
          fragment,
          /<script|<svg|<img|<iframe|\{\{/i,
          `export ${n}: no markup of the configuration, no braces`
        );
        await tab.setContent(`<!doctype html><html><head>${TRAPS}</head><body>${fragment}</body></html>`);
        const seen = await inspect(tab, `export ${n}`);
        const name = CONFIGS[n].site.name;
        // The HTML parser drops a NUL from pasted text (the elements keep it): compared without.
        const shown = (typeof name === 'string' ? name : name.fr).trim().replaceAll('\u0000', '');
        assert.ok(
          seen.text.replaceAll('\u0000', '').replaceAll('\ufffd', '').includes(shown),
          `export ${n}: the name shows`
        );
      }
    } finally {
      await tab.close();
      await rm(dir, {recursive: true, force: true});
    }
  });
});
