// Adversarial, on the shipped bundle: an element connected, disconnected and moved 1,000 times
// and its `lang` changed 500 times (one banner, one event per decision, listeners released,
// heap bounded); AngularJS 1.8 hosting the live elements (ng-if, ng-repeat) and the exported
// charter; network faults (a `src` answering 500, HTML or never; chunks answering 404); two
// tabs deciding within 10 ms of each other.
import {test, describe, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import {htmlRoutes, launchChromium} from '../helpers/chromium.mjs';
import {FULL} from '../adversarial/corpus.mjs';
import {seedConfig} from '../fixtures/seed-config.mjs';
import {TRAPS, trappedPage} from '../adversarial/page.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);
const CYCLES = 1000;
const LANG_CHANGES = 500;
const RACES = FULL ? 40 : 4;
/** The heap may grow this much after 1,000 cycles and 500 language changes, after GC. */
const HEAP_BOUND = 1024 * 1024;

// Texts with AngularJS expressions, which must stay literal.
const ngConfig = {...seedConfig, site: {name: 'Ville {{1+1}}', url: 'https://example.fr/'}};
const ngConfigJson = JSON.stringify(ngConfig);
const angular = '<script src="/node_modules/angular/angular.min.js"></script>';
const ngPage = (body) =>
  trappedPage(`<div ng-app="" ng-init="show = true; items = [1, 2]">${body}</div>`, {head: angular});

describe('adversarial: lifecycle, AngularJS, network faults, two tabs', () => {
  let pages;
  const hold = [];
  const routes = {
    '/adv/net/500.json': (req, res) => res.writeHead(500).end('{"revision": 9}'),
    '/adv/net/html.json': (req, res) =>
      res.writeHead(200, {'content-type': 'text/html'}).end('<!doctype html><title>Erreur</title><p>Oups'),
    // Never answers (the response is held until the server closes).
    '/adv/net/never.json': (req, res) => hold.push(res),
  };
  const pagesByPath = {
    '/adv/life.html': trappedPage('<div id="a"></div><div id="b"></div>'),
    '/adv/ng-if.html': ngPage(
      `<div ng-if="show"><cookie-consent><script type="application/json">${ngConfigJson}</script></cookie-consent></div>
       <div ng-repeat="i in items"><cookie-charter></cookie-charter></div>`
    ),
    '/adv/net/src-500.html': trappedPage('<cookie-consent src="/adv/net/500.json"></cookie-consent>'),
    '/adv/net/src-html.html': trappedPage('<cookie-consent src="/adv/net/html.json"></cookie-consent>'),
    '/adv/net/src-never.html': trappedPage('<cookie-consent src="/adv/net/never.json"></cookie-consent>', {
      // The element's 8 s timeout, shortened in this page only.
      head: `<script>const realSetTimeout = setTimeout;
        window.setTimeout = (f, ms, ...args) => realSetTimeout(f, ms === 8000 ? 300 : ms, ...args);</script>`,
    }),
    '/adv/net/chunks.html': trappedPage(
      `<cookie-consent><script type="application/json">${JSON.stringify(seedConfig)}</script></cookie-consent>`
    ),
    '/adv/net/chunks-keyboard.html': trappedPage(
      `<p><a id="before" href="#top">Haut de page</a></p><cookie-consent></cookie-consent><p><a href="#end">Fin</a></p>`
    ),
    // A tab that hears the other's refusal after its own grant withdraws, and would reload: the
    // race is about what each tab shows, so the reload is left out.
    '/adv/tabs.html': trappedPage('<cookie-consent no-reload-on-withdraw></cookie-consent>'),
  };

  before(async () => {
    const {startStaticServer} = await import('../../scripts/static-server.mjs');
    const {server, url} = await startStaticServer({root, routes: {...htmlRoutes(pagesByPath), ...routes}});
    pages = {base: url, server, browser: await launchChromium()};
  });
  after(async () => {
    for (const res of hold) res.destroy();
    await pages?.browser.close();
    pages?.server.close();
  });

  async function newTab() {
    const tab = await pages.browser.newPage();
    tab.errors = [];
    tab.on('pageerror', (e) => tab.errors.push(e.message));
    return tab;
  }
  const traps = (tab) =>
    tab.evaluate(() => ({hits: window.__hits, uncaught: window.__uncaught, consoleErrors: window.__consoleErrors}));

  test(`${CYCLES} connect/disconnect/move cycles and ${LANG_CHANGES} lang changes: one banner, one event per decision, listeners released, heap bounded`, async () => {
    const tab = await newTab();
    const cdp = await tab.createCDPSession();
    await tab.goto(`${pages.base}/adv/life.html`);
    await tab.waitForFunction(() => customElements.get('cookie-consent'));
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    // A first element mounted and removed, so that the chunks and caches of a first use are there.
    const baseline = await tab.evaluate(async () => {
      const el = document.createElement('cookie-consent');
      document.querySelector('#a').append(el);
      await el.ready;
      await el.settled;
      el.remove();
      await new Promise((r) => setTimeout(r, 50));
      return window.__listenerCount();
    });
    const heapBefore = await heap();
    const result = await tab.evaluate(
      async (cycles, langChanges) => {
        const el = document.createElement('cookie-consent');
        el.id = 'cycled';
        const [a, b] = [document.querySelector('#a'), document.querySelector('#b')];
        a.append(el);
        await el.ready;
        const listenersConnected = window.__listenerCount();
        for (let i = 0; i < cycles; i++) {
          el.remove(); // disconnect
          (i % 2 ? a : b).append(el); // connect elsewhere
          (i % 2 ? b : a).append(el); // move while connected
          if (i % 100 === 0) await new Promise((r) => setTimeout(r));
        }
        const langs = ['en', 'de', 'es', 'it', 'nl', 'fr'];
        for (let i = 0; i < langChanges; i++) {
          el.setAttribute('lang', langs[i % langs.length]);
          if (i % 50 === 0) await el.updateComplete;
        }
        await el.updateComplete;
        await el.settled;
        const banners = el.shadowRoot.querySelectorAll('[part~="banner"]').length;
        const title = el.shadowRoot.querySelector('[part~="banner-title"]').textContent.trim();
        const changes = [];
        document.addEventListener('cookie-consent-change', (e) => changes.push(e.detail.action));
        await el.rejectAll();
        await el.settled;
        await el.acceptAll();
        await el.settled;
        const listenersAfter = window.__listenerCount() - 1; // less the one added just above
        el.remove();
        await new Promise((r) => setTimeout(r, 50));
        return {listenersConnected, listenersAfter, removed: window.__listenerCount() - 1, banners, title, changes};
      },
      CYCLES,
      LANG_CHANGES
    );
    await tab.evaluate(() => {
      document.cookie = 'cookies_preferences=; Path=/; Max-Age=0';
    });
    const heapAfter = await heap();
    assert.equal(result.banners, 1, 'one banner');
    assert.equal(result.title, 'Les cookies sur data.seineouest.fr', 'the banner speaks the last language set (fr)');
    assert.deepEqual(result.changes, ['reject-all', 'accept-all'], 'one event per decision');
    assert.ok(
      result.listenersAfter <= result.listenersConnected + 2,
      `listeners: ${result.listenersConnected} connected, ${result.listenersAfter} after the cycles`
    );
    assert.ok(result.removed <= baseline + 2, `listeners: ${baseline} before, ${result.removed} once removed`);
    const growth = heapAfter - heapBefore;
    console.log(
      `# lifecycle: listeners ${baseline} → ${result.listenersConnected} connected → ${result.removed} removed; ` +
        `heap ${(heapBefore / 1024).toFixed(0)} KiB → ${(heapAfter / 1024).toFixed(0)} KiB (${(growth / 1024).toFixed(0)} KiB, bound ${HEAP_BOUND / 1024} KiB)`
    );
    assert.ok(growth < HEAP_BOUND, `heap grew by ${growth} B`);
    const seen = await traps(tab);
    assert.deepEqual([seen.hits, seen.uncaught, tab.errors], [[], [], []]);
    await tab.close();
  });

  test('AngularJS 1.8: live elements in ng-if and ng-repeat toggled, nothing interpolated', async () => {
    const tab = await newTab();
    await tab.goto(`${pages.base}/adv/ng-if.html`);
    await tab.waitForFunction(() =>
      document.querySelector('cookie-consent')?.shadowRoot?.querySelector('[part~="banner"]')
    );
    for (let i = 0; i < 20; i++) {
      await tab.evaluate(() => {
        const scope = window.angular.element(document.querySelector('[ng-app]')).scope();
        scope.$apply(() => {
          scope.show = !scope.show;
          scope.items = scope.items.length ? [] : [1, 2, 3];
        });
      });
    }
    // Shown again (an even number of toggles), with three charters.
    await tab.waitForFunction(
      () =>
        document.querySelector('cookie-consent')?.shadowRoot?.querySelector('[part~="banner-title"]') &&
        document.querySelectorAll('cookie-charter').length === 3
    );
    const state = await tab.evaluate(async () => {
      const el = document.querySelector('cookie-consent');
      await el.ready;
      await el.settled;
      const charters = [...document.querySelectorAll('cookie-charter')];
      await Promise.all(charters.map((c) => c.settled));
      return {
        title: el.shadowRoot.querySelector('[part~="banner-title"]').textContent.trim(),
        script: el.querySelector('script').textContent,
        charters: charters.map((c) => c.shadowRoot.textContent.includes('Ville {{1+1}}')),
        banners: document.querySelectorAll('cookie-consent').length,
      };
    });
    assert.equal(state.title, 'Les cookies sur Ville {{1+1}}', 'the site name stays literal in the banner');
    assert.ok(state.script.includes('{{1+1}}'), 'the configuration script is not interpolated');
    assert.deepEqual(state.charters, [true, true, true], 'each charter shows the name literally');
    assert.equal(state.banners, 1);
    const seen = await traps(tab);
    assert.deepEqual([seen.hits, seen.uncaught, tab.errors], [[], [], []]);
    await tab.close();
  });

  test('AngularJS 1.8: the exported charter pasted into an ng-app template stays literal', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cc-ng-'));
    try {
      const config = {
        ...ngConfig,
        categories: ngConfig.categories.map((c, i) =>
          i === 1 ? {...c, description: '{{constructor.constructor(\'__pwned("ng")\')()}}'} : c
        ),
      };
      await writeFile(join(dir, 'c.json'), JSON.stringify(config));
      await run(process.execPath, [
        join(root, 'bin/cookie-charter.mjs'),
        'export',
        '--config',
        join(dir, 'c.json'),
        '--lang',
        'fr',
        '--out',
        dir,
      ]);
      const fragment = await readFile(join(dir, 'cookie-charter.fr.html'), 'utf8');
      const tab = await newTab();
      // The page's template holds the fragment, as an Opendatasoft page does.
      await tab.setContent(
        `<!doctype html><html><head>${TRAPS}</head><body><div ng-app="" ng-init="x = 1"><p id="bound">{{1+1}}</p>${fragment}</div></body></html>`
      );
      await tab.addScriptTag({content: await readFile(join(root, 'node_modules/angular/angular.min.js'), 'utf8')});
      await tab.waitForFunction(() => document.querySelector('#bound').textContent === '2');
      const text = await tab.evaluate(() => document.querySelector('.ods-cc-root').textContent);
      assert.ok(text.includes('Ville {{1+1}}'), 'the site name stays literal');
      assert.ok(text.includes('{{constructor.constructor(\'__pwned("ng")\')()}}'), 'the expression stays literal');
      const seen = await traps(tab);
      assert.deepEqual([seen.hits, seen.uncaught, tab.errors], [[], [], []]);
      await tab.close();
    } finally {
      await rm(dir, {recursive: true, force: true});
    }
  });

  for (const [name, path, fragment] of [
    ['answering 500', 'src-500', 'HTTP 500'],
    ['answering HTML', 'src-html', 'src'],
    ['never answering', 'src-never', 'no answer within'],
  ]) {
    test(`a src ${name}: the fallback's banner and a console error`, async () => {
      const tab = await newTab();
      await tab.goto(`${pages.base}/adv/net/${path}.html`);
      await tab.waitForFunction(
        () => document.querySelector('cookie-consent')?.shadowRoot?.querySelector('[part~="banner"]'),
        {timeout: 5000}
      );
      const seen = await traps(tab);
      assert.ok(
        seen.consoleErrors.some((e) => e.includes(fragment)),
        `a console error with "${fragment}": ${seen.consoleErrors}`
      );
      const ids = await tab.evaluate(async () =>
        (await document.querySelector('cookie-consent').loadConfig()).categories.map((c) => c.id)
      );
      assert.deepEqual(ids, ['necessary', 'statistics', 'third-party'], 'the fallback configuration');
      assert.deepEqual([seen.hits, seen.uncaught, tab.errors], [[], [], []]);
      await tab.close();
    });
  }

  test('every chunk answering 404: the banner decides and the decision is stored', async () => {
    const tab = await newTab();
    await tab.setRequestInterception(true);
    tab.on('request', (request) =>
      request.url().includes('/dist/chunks/') ? request.respond({status: 404, body: 'Not found'}) : request.continue()
    );
    await tab.goto(`${pages.base}/adv/net/chunks.html`);
    await tab.waitForFunction(() =>
      document.querySelector('cookie-consent')?.shadowRoot?.querySelector('[part~="reject-button"]')
    );
    const actions = await tab.evaluate(async () => {
      const el = document.querySelector('cookie-consent');
      const seen = [];
      document.addEventListener('cookie-consent-change', (e) => seen.push(e.detail.action));
      el.shadowRoot.querySelector('[part~="reject-button"]').click();
      await new Promise((r) => setTimeout(r, 300));
      return seen;
    });
    assert.deepEqual(actions, ['reject-all']);
    const cookie = (await tab.cookies()).find((c) => c.name === 'cookies_preferences');
    assert.ok(cookie, 'the decision is stored');
    const record = JSON.parse(decodeURIComponent(cookie.value));
    assert.equal(record.c.statistics, 0);
    const hidden = await tab.evaluate(
      () => !document.querySelector('cookie-consent').shadowRoot.querySelector('[part~="banner"]')
    );
    assert.ok(hidden, 'the banner closes');
    const seen = await traps(tab);
    assert.ok(seen.consoleErrors.length > 0, 'the failed chunks are reported');
    assert.deepEqual([seen.hits, seen.uncaught, tab.errors], [[], [], []]);
    await tab.close();
  });

  test('every chunk answering 404: after a decision from the keyboard, the focus goes back where it came from', async () => {
    // A context of its own: no decision left by the tests before.
    const context = await pages.browser.createBrowserContext();
    const tab = await context.newPage();
    tab.errors = [];
    tab.on('pageerror', (e) => tab.errors.push(e.message));
    await tab.setRequestInterception(true);
    tab.on('request', (request) =>
      request.url().includes('/dist/chunks/') ? request.respond({status: 404, body: 'Not found'}) : request.continue()
    );
    await tab.goto(`${pages.base}/adv/net/chunks-keyboard.html`);
    await tab.waitForFunction(() =>
      document.querySelector('cookie-consent')?.shadowRoot?.querySelector('[part~="reject-button"]')
    );
    await tab.focus('#before');
    // Into the banner, to "Tout refuser" (Tab by Tab, as a keyboard visitor gets there).
    const focusedPart = () => document.querySelector('cookie-consent').shadowRoot.activeElement?.getAttribute('part');
    for (let i = 0; i < 10 && !String(await tab.evaluate(focusedPart)).includes('reject-button'); i++) {
      await tab.keyboard.press('Tab');
    }
    assert.match(String(await tab.evaluate(focusedPart)), /reject-button/);
    await tab.keyboard.press('Enter');
    await tab.waitForFunction(() => document.cookie.includes('cookies_preferences'));
    await new Promise((r) => setTimeout(r, 300));
    const focused = await tab.evaluate(() => document.activeElement?.id || document.activeElement?.localName);
    assert.equal(focused, 'before', 'the focus is back on the link it left');
    const seen = await traps(tab);
    assert.ok(seen.consoleErrors.length > 0, 'the failed chunks are reported');
    assert.deepEqual([seen.hits, seen.uncaught, tab.errors], [[], [], []]);
    await context.close();
  });

  test(`two tabs deciding within 10 ms of each other, ${RACES} races: both show what the cookie holds`, async () => {
    const context = await pages.browser.createBrowserContext();
    const [one, two] = [await context.newPage(), await context.newPage()];
    const mismatches = [];
    for (let race = 0; race < RACES; race++) {
      // No decision left by the race before (a late write included).
      await new Promise((r) => setTimeout(r, 50));
      await one.deleteCookie({name: 'cookies_preferences', url: pages.base});
      await Promise.all([one, two].map((t) => t.goto(`${pages.base}/adv/tabs.html`)));
      await Promise.all(
        [one, two].map((t) =>
          t.waitForFunction(() =>
            document.querySelector('cookie-consent')?.shadowRoot?.querySelector('[part~="banner"]')
          )
        )
      );
      const at = Date.now() + 150;
      const skew = race % 11; // 0 to 10 ms apart, either way
      const first = race % 2 ? one : two;
      const second = race % 2 ? two : one;
      await Promise.all([
        first.evaluate(
          (at) =>
            new Promise((r) =>
              setTimeout(() => r(document.querySelector('cookie-consent').acceptAll()), at - Date.now())
            ),
          at
        ),
        second.evaluate(
          (at) =>
            new Promise((r) =>
              setTimeout(() => r(document.querySelector('cookie-consent').rejectAll()), at - Date.now())
            ),
          at + skew
        ),
      ]);
      // The other tab hears of it (BroadcastChannel): both end, within 2 s, on what the cookie holds.
      let last = '';
      for (let wait = 0; wait < 40; wait++) {
        await new Promise((r) => setTimeout(r, 50));
        const value = (await one.cookies()).find((c) => c.name === 'cookies_preferences')?.value;
        const held = value ? JSON.parse(decodeURIComponent(value)).c.statistics === 1 : null;
        const shown = await Promise.all(
          [one, two].map((t) => t.evaluate(() => document.querySelector('cookie-consent').consent?.statistics))
        );
        last = `race ${race}: the cookie holds ${held}, the tabs show ${shown}`;
        if (held !== null && shown.every((s) => s === held)) {
          last = '';
          break;
        }
      }
      if (last) mismatches.push(last);
    }
    await context.close();
    assert.deepEqual(mismatches, []);
  });
});
