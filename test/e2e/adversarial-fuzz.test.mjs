// Adversarial, on the shipped bundle: seeded mutations of the seed configuration (wrong types
// everywhere, megabyte strings, 10,000 categories, deep nesting, prototype keys, NaN/Infinity,
// huge revisions…) and malformed consent cookies, fed to <cookie-consent> in Chromium. Each
// case: no uncaught error, no hang, the element's `ready` resolves (and `cookie-consent-ready`
// fires once per page load), a banner shows whenever the configuration in use has a category
// to ask about, nothing is granted and no cookie written, Object.prototype unchanged, console
// errors bounded. `npm test` runs a seeded subset; `npm run test:adversarial` the whole corpus.
import {test, describe, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {fileURLToPath} from 'node:url';
import {startPages} from '../helpers/chromium.mjs';
import {cookieCorpus, FULL, goodRecord, mutation, REVIVE, SEED} from '../adversarial/corpus.mjs';
import {trappedPage} from '../adversarial/page.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const MUTATIONS = FULL ? 2000 : 160;
/** Only every n-th case (ADVERSARIAL_STEP, to look at one kind of case). */
const STEP = Number(process.env.ADVERSARIAL_STEP ?? 1);
const START = Number(process.env.ADVERSARIAL_START ?? 0);
/** Cases per page load: each load checks that `cookie-consent-ready` fired once. */
const PER_LOAD = 200;
/** The longest console error a person is to read (50 issues of 200-character paths and details). */
const CONSOLE_BOUND = 30_000;
const CASE_TIMEOUT_MS = 15_000;

// One case in the page: the element gets the configuration (the `config` property, or a child
// JSON script), then what a visitor and an integrator would observe is reported.
const RUN_CASE = `async (json, mode, revive) => {
  const config = eval(revive)(JSON.parse(json));
  const protoBefore = Object.getOwnPropertyNames(Object.prototype).join() + '|' + Object.getOwnPropertyNames(Array.prototype).join();
  const el = document.createElement('cookie-consent');
  if (mode === 'script') {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json;
    el.append(script);
  } else {
    el.config = config;
  }
  // The charter gets the same configuration as its own.
  const charter = document.createElement('cookie-charter');
  if (mode === 'script') charter.append(el.firstChild.cloneNode(true));
  else charter.config = config;
  const started = performance.now();
  const limit = (promise, what) => Promise.race([
    promise,
    new Promise((_, reject) => setTimeout(() => reject(new Error('hang: ' + what)), ${CASE_TIMEOUT_MS})),
  ]);
  document.body.append(el);
  const result = {};
  try {
    const detail = await limit(el.ready, 'ready');
    result.readyConsent = detail.consent;
    await limit(el.settled, 'settled');
    const full = await limit(el.loadConfig(), 'loadConfig');
    const optional = full.categories.filter((c) => !c.required).map((c) => c.id);
    result.optional = optional.length;
    result.banner = !!el.shadowRoot.querySelector('[part~="banner"]');
    // hasConsent of 10,000 categories one by one would measure the loop, not the element: the
    // first hundred, and the decision's map as a whole.
    result.granted = optional.slice(0, 100).filter((id) => el.hasConsent(id));
    result.consent = el.consent;
    document.body.append(charter);
    await limit(customElements.whenDefined('cookie-charter'), 'charter defined');
    await limit(charter.settled, 'charter settled');
    result.charter = !!charter.shadowRoot.querySelector('[part~="charter"]');
  } catch (error) {
    result.failure = String(error && error.stack || error);
  }
  result.ms = performance.now() - started;
  result.cookie = document.cookie;
  const probe = {};
  result.polluted =
    protoBefore !== Object.getOwnPropertyNames(Object.prototype).join() + '|' + Object.getOwnPropertyNames(Array.prototype).join() ||
    ['polluted', 'required', 'enabled', 'id', 'categories'].some((k) => k in probe || k in []);
  el.remove();
  charter.remove();
  for (const part of document.cookie.split(';')) {
    const name = part.split('=')[0].trim();
    if (name) for (const path of ['/', '/adv', '/adv/fuzz']) document.cookie = name + '=; Path=' + path + '; Max-Age=0';
  }
  return result;
}`;

describe('adversarial: configuration fuzzing and malformed consent cookies', () => {
  let pages, tab;
  const pageErrors = [];

  before(async () => {
    pages = await startPages({root, pages: {'/adv/fuzz/page.html': trappedPage('')}});
    tab = await pages.browser.newPage();
    tab.on('pageerror', (e) => pageErrors.push(e.message));
  });
  after(async () => {
    await pages?.close();
  });

  async function load() {
    await tab.goto(`${pages.base}/adv/fuzz/page.html`);
    await tab.waitForFunction(() => customElements.get('cookie-consent'));
  }
  /** What the page recorded: payloads run, uncaught errors, console errors, ready events. */
  const traps = () =>
    tab.evaluate(() => ({
      hits: window.__hits,
      uncaught: window.__uncaught,
      longestError: Math.max(0, ...window.__consoleErrors.map((e) => e.length)),
      errors: window.__consoleErrors.length,
      readyEvents: window.__readyEvents,
    }));
  function checkLoad(seen, label) {
    assert.deepEqual(seen.hits, [], `${label}: no payload ran`);
    assert.deepEqual(seen.uncaught, [], `${label}: no uncaught error`);
    assert.deepEqual(pageErrors, [], `${label}: no page error`);
    assert.ok(seen.longestError <= CONSOLE_BOUND, `${label}: console error of ${seen.longestError} characters`);
    assert.equal(seen.readyEvents, 1, `${label}: cookie-consent-ready fired once for the page load`);
  }

  test(`${MUTATIONS} seeded mutations of the seed configuration (seed ${SEED})`, async () => {
    const started = Date.now();
    let noBanner = 0;
    let slowest = 0;
    let slowestCase = '';
    for (let n = START, i = 0; n < MUTATIONS; n += STEP, i++) {
      if (i % PER_LOAD === 0) {
        if (i) checkLoad(await traps(), `load before case ${n}`);
        await load();
      }
      const {config, how} = mutation(n);
      const json = JSON.stringify(config) ?? 'null';
      const mode = n % 3 === 2 ? 'script' : 'property';
      const r = await tab.evaluate(
        `(${RUN_CASE})(${JSON.stringify(json)}, ${JSON.stringify(mode)}, ${JSON.stringify(REVIVE)})`
      );
      const label = `mutation ${n} (${mode}; ${how.join('; ')})`;
      assert.equal(r.failure, undefined, label);
      assert.equal(r.readyConsent, null, `${label}: nothing stored`);
      assert.equal(r.consent, null, `${label}: no decision`);
      assert.deepEqual(r.granted, [], `${label}: nothing granted`);
      assert.equal(r.cookie, '', `${label}: no cookie written`);
      assert.equal(r.polluted, false, `${label}: Object.prototype unchanged`);
      assert.equal(r.charter, true, `${label}: the charter renders`);
      assert.equal(r.banner, r.optional > 0, `${label}: a banner when there is something to ask`);
      if (!r.banner) noBanner++;
      if (r.ms > slowest) [slowest, slowestCase] = [r.ms, label];
    }
    checkLoad(await traps(), 'last load');
    console.log(
      `# fuzz: ${MUTATIONS} mutations, ${noBanner} without an optional category (no banner due), ` +
        `slowest ${slowest.toFixed(0)} ms (${slowestCase}), ${((Date.now() - started) / 1000).toFixed(1)} s`
    );
  });

  test('malformed consent cookies are never trusted and never throw; a well-formed one is (control)', async () => {
    await load();
    const started = Date.now();
    const corpus = cookieCorpus();
    const cases = FULL ? corpus : corpus.filter((_, i) => i % 4 === 0);
    if (FULL) assert.ok(cases.length >= 200, `${cases.length} cases`);
    const seedConfig = JSON.stringify((await import('../fixtures/seed-config.mjs')).seedConfig);
    const store = (copies) =>
      tab.evaluate((copies) => {
        for (const [value, path] of copies) document.cookie = `cookies_preferences=${value}; Path=${path}`;
        return document.cookie.includes('cookies_preferences=');
      }, copies);
    const run = () =>
      tab.evaluate(`(${RUN_CASE})(${JSON.stringify(seedConfig)}, 'property', ${JSON.stringify(REVIVE)})`);

    // The control: a well-formed record is trusted, so a case that passes is refused for a reason.
    assert.ok(await store([[encodeURIComponent(JSON.stringify(goodRecord())), '/']]));
    const control = await run();
    assert.equal(control.banner, false, 'a well-formed decision: no banner');
    assert.equal(control.consent?.statistics, true, 'a well-formed decision is trusted');

    let stored = 0;
    for (const {name, copies} of cases) {
      // Values the browser refuses to store (control characters) count as not stored.
      if (await store(copies)) stored++;
      const r = await run();
      const label = `cookie "${name}"`;
      assert.equal(r.failure, undefined, label);
      assert.equal(r.readyConsent, null, `${label}: not trusted`);
      assert.equal(r.consent, null, `${label}: no decision`);
      assert.deepEqual(r.granted, [], `${label}: nothing granted`);
      assert.equal(r.banner, true, `${label}: the visitor is asked`);
      assert.equal(r.polluted, false, `${label}: Object.prototype unchanged`);
    }
    checkLoad(await traps(), 'cookies');
    if (FULL) assert.ok(stored >= 200, `${stored} values reached the browser's cookie jar`);
    console.log(
      `# cookies: ${cases.length} cases (${stored} stored by the browser), ${((Date.now() - started) / 1000).toFixed(1)} s`
    );
  });
});
