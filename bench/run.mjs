#!/usr/bin/env node
// `npm run bench`: our banner against vanilla-cookieconsent and orejime, side by side in one
// run of Debian's Chromium (headless, through puppeteer-core), plus the charter's render time
// at 10 to 10,000 cookies when the bundle has <cookie-charter>. Prints medians and ranges,
// writes every sample to bench/results/<date>.json. Asserts nothing about time.
//
// Options: --runs N (page loads per library, default 15), --charter-runs N (default 5;
// 3 at 10,000 cookies), --no-build (never rebuild dist/), --reduced-motion (emulate
// prefers-reduced-motion: entrance animations off, to separate them from the rest of the
// time to a usable banner), --scan-runs N (default 1: `cookie-charter scan --pages 20` of a
// 20-page loopback site, bench/scan.mjs), --no-scan. CHROME_PATH overrides the browser.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync} from 'node:fs';
import {cpus, totalmem} from 'node:os';
import {dirname, join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {brotliCompressSync, constants as zlibConstants, gzipSync} from 'node:zlib';
import {launchChromium} from '../test/helpers/chromium.mjs';
import {baselinePage, charterPage, libraries} from './pages.mjs';
import {startServer} from './server.mjs';
import {benchScan, SCAN_PAGES} from './scan.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const {values: options} = parseArgs({
  options: {
    runs: {type: 'string', default: '15'},
    'charter-runs': {type: 'string', default: '5'},
    'no-build': {type: 'boolean', default: false},
    'reduced-motion': {type: 'boolean', default: false},
    'scan-runs': {type: 'string', default: '1'},
    'no-scan': {type: 'boolean', default: false},
  },
});
const RUNS = Number(options.runs);
const CHARTER_RUNS = Number(options['charter-runs']);
const CHARTER_SIZES = [10, 100, 1000, 10000];
const started = Date.now();

// ---------------------------------------------------------------- the bundle under test
const bundle = join(root, 'dist/cookie-elements.js');
function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}
if (!options['no-build'] && (!existsSync(bundle) || statSync(bundle).mtimeMs < newestSource(join(root, 'src')))) {
  console.log(
    existsSync(bundle)
      ? 'src/ changed since dist/ was built: npm run build:bundle'
      : 'dist/ is missing: npm run build:bundle'
  );
  const build = spawnSync('npm', ['run', '--silent', 'build:bundle'], {cwd: root, stdio: 'inherit'});
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// ---------------------------------------------------------------- sizes, from the files
const sizeCache = new Map();
function sizesOf(file) {
  if (!sizeCache.has(file)) {
    const body = readFileSync(file);
    sizeCache.set(file, {
      raw: body.length,
      gzip: gzipSync(body, {level: 9}).length,
      brotli: brotliCompressSync(body, {params: {[zlibConstants.BROTLI_PARAM_QUALITY]: 11}}).length,
    });
  }
  return sizeCache.get(file);
}

// ---------------------------------------------------------------- statistics
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const summary = (xs) => {
  const values = xs.filter((x) => typeof x === 'number' && Number.isFinite(x));
  if (!values.length) return null;
  return {median: median(values), min: Math.min(...values), max: Math.max(...values), n: values.length};
};

// ---------------------------------------------------------------- server and browser
const pages = {'/baseline.html': baselinePage, '/charter.html': charterPage};
for (const library of libraries) pages[`/${library.id}.html`] = library.page;
const server = await startServer({
  mounts: {
    '/dist/': join(root, 'dist'),
    '/vendor/vanilla-cookieconsent/': join(root, 'node_modules/vanilla-cookieconsent/dist'),
    '/vendor/orejime/': join(root, 'node_modules/orejime/dist'),
  },
  pages,
});
const browser = await launchChromium({
  args: ['--disable-extensions', '--window-size=1280,800'],
  defaultViewport: {width: 1280, height: 800},
});
const chromium = await browser.version();
const instrument = readFileSync(join(root, 'bench/instrument.js'), 'utf8');

const metric = (metrics, name) => metrics.metrics.find((m) => m.name === name)?.value;

/** One page load in a fresh browser context: every metric of one sample. */
async function measure(library) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    // Every run a first visit: no HTTP cache, hence no V8 code cache either (Chromium compiles a
    // script again on its second load and caches it then, a long task of its own on one run).
    await page.setCacheEnabled(false);
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    if (options['reduced-motion']) await page.emulateMediaFeatures([{name: 'prefers-reduced-motion', value: 'reduce'}]);
    const files = [];
    const errors = [];
    page.on('requestfinished', (request) => {
      const url = new URL(request.url());
      const file = server.fileFor(url.pathname);
      if (file && request.response()?.ok()) files.push(file);
    });
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    const cfg = library && {host: library.host ?? null, reject: library.reject, storage: library.storage};
    await page.evaluateOnNewDocument(`${instrument}\ninstrumentBenchPage(${JSON.stringify(cfg)});`);
    await page.goto(`${server.origin}/${library ? library.id : 'baseline'}.html`, {waitUntil: 'load'});
    if (library) await page.waitForFunction(() => window.__bench.bannerReady !== null, {timeout: 15000, polling: 20});
    // Let animations end and late tasks run before reading the main-thread totals.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const perf = await cdp.send('Performance.getMetrics');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = metric(await cdp.send('Performance.getMetrics'), 'JSHeapUsedSize');
    const bench = await page.evaluate(() => ({...window.__bench}));
    // What the page needed to show the banner; what the decision then loads is counted apart.
    const bannerFiles = [...files];
    let clickToPersisted = null;
    if (library) {
      const {x, y} = await page.evaluate(() => window.__bench.rejectCenter());
      await page.mouse.click(x, y);
      await page.waitForFunction(() => window.__bench.persisted !== null, {timeout: 6000, polling: 20});
      const after = await page.evaluate(() => ({clickAt: window.__bench.clickAt, persisted: window.__bench.persisted}));
      clickToPersisted = after.persisted - after.clickAt;
      await new Promise((resolve) => setTimeout(resolve, 300)); // chunks the decision loads
    }
    const sum = (list) =>
      list.reduce(
        (total, file) => {
          const s = sizesOf(file);
          return {raw: total.raw + s.raw, gzip: total.gzip + s.gzip, brotli: total.brotli + s.brotli};
        },
        {raw: 0, gzip: 0, brotli: 0}
      );
    return {
      files: bannerFiles.map((f) => relative(root, f)),
      decisionFiles: files.slice(bannerFiles.length).map((f) => relative(root, f)),
      bytes: sum(bannerFiles),
      decidedBrotli: sum(files).brotli,
      bannerAttachedMs: bench.bannerAttached,
      bannerReadyMs: bench.bannerReady,
      taskMs: metric(perf, 'TaskDuration') * 1000,
      scriptMs: metric(perf, 'ScriptDuration') * 1000,
      layoutMs: metric(perf, 'LayoutDuration') * 1000,
      styleMs: metric(perf, 'RecalcStyleDuration') * 1000,
      longTasks: bench.longTasks.length,
      blockingMs: bench.longTasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
      cls: bench.cls,
      heapBytes: heap,
      clickToPersistedMs: clickToPersisted,
      errors,
    };
  } finally {
    await context.close();
  }
}

/** The charter's render time with `count` generated cookies, or `{absent: true}`. */
async function measureCharter(count) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.goto(`${server.origin}/charter.html`, {waitUntil: 'load'});
    return await page.evaluate(async (n) => {
      await customElements.whenDefined('cookie-consent');
      // The bundle defines <cookie-charter> lazily: load its chunk first, so that the time
      // below is the render alone, not the download.
      const bundle = await import('/dist/cookie-elements.js');
      if (typeof bundle.loadCookieCharter === 'function') await bundle.loadCookieCharter();
      if (!customElements.get('cookie-charter')) return {absent: true};
      const ids = ['necessary', 'statistics', 'first-party', 'third-party'];
      const config = {
        revision: 1,
        site: {name: 'data.example.fr', url: 'https://data.example.fr'},
        cookie: {name: 'cookies_preferences', maxAgeDays: 182, domain: null},
        categories: ids.map((id, i) => ({id, required: i === 0, title: {fr: `Catégorie ${id}`, en: `Category ${id}`}})),
        cookies: Array.from({length: n}, (_, i) => ({
          category: ids[i % ids.length],
          provider: `Fournisseur ${i % 50}`,
          service: {fr: `Service ${i}`, en: `Service ${i}`},
          name: `cookie_${i}`,
          purpose: {fr: `Finalité du cookie ${i}`, en: `Purpose of cookie ${i}`},
          duration: {fr: '13 mois', en: '13 months'},
        })),
      };
      const rows = (el) =>
        (el.shadowRoot?.querySelectorAll('tbody tr').length ?? 0) + el.querySelectorAll('tbody tr').length;
      const charter = document.createElement('cookie-charter');
      charter.config = config;
      const t0 = performance.now();
      document.body.append(charter);
      // Done: the first animation frame in which every cookie has its table row.
      await new Promise((resolve) => {
        const tick = () =>
          rows(charter) >= n || performance.now() - t0 > 30000 ? resolve() : requestAnimationFrame(tick);
        requestAnimationFrame(tick);
      });
      return {ms: performance.now() - t0, rows: rows(charter)};
    }, count);
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------- the runs
const contenders = [...libraries, null]; // null: the baseline page, no consent manager
const samples = new Map(contenders.map((l) => [l?.id ?? 'baseline', []]));
console.log(
  `Chromium ${chromium}, ${RUNS} runs per page, a fresh browser context per run, pages interleaved` +
    (options['reduced-motion'] ? ', prefers-reduced-motion: reduce.' : '.')
);
for (let run = 0; run < RUNS; run++) {
  // Interleaved, so that a slower moment of the machine hits every library alike.
  for (const library of contenders) samples.get(library?.id ?? 'baseline').push(await measure(library));
  process.stdout.write(`\rrun ${run + 1}/${RUNS}`);
}
process.stdout.write('\n');

let charter = {absent: false, sizes: {}};
sizes: for (const size of CHARTER_SIZES) {
  const runs = size >= 10000 ? Math.min(3, CHARTER_RUNS) : CHARTER_RUNS;
  const results = [];
  for (let i = 0; i < runs; i++) {
    const result = await measureCharter(size);
    if (result.absent) {
      charter = {absent: true};
      break sizes;
    }
    results.push(result);
    // Rows missing after the time limit: the charter did not render them (or not as table
    // rows); larger sizes would only wait longer.
    if (result.rows < size) {
      charter.sizes[size] = {samples: results, ms: null, rows: results.map((r) => r.rows), timedOut: true};
      break sizes;
    }
  }
  charter.sizes[size] = {samples: results, ms: summary(results.map((r) => r.ms)), rows: results.map((r) => r.rows)};
}

await browser.close();
await server.close();

// ---------------------------------------------------------------- the scan of a whole site
const scanBench = options['no-scan'] ? null : await benchScan({runs: Number(options['scan-runs'])});

// ---------------------------------------------------------------- report
const results = {};
for (const [id, list] of samples) {
  const keys = Object.keys(list[0]).filter((k) => typeof list[0][k] === 'number');
  results[id] = {
    label: libraries.find((l) => l.id === id)?.label ?? 'baseline (no consent manager)',
    files: [...new Set(list.flatMap((s) => s.files))],
    decisionFiles: [...new Set(list.flatMap((s) => s.decisionFiles ?? []))],
    bytes: {
      raw: summary(list.map((s) => s.bytes.raw)),
      gzip: summary(list.map((s) => s.bytes.gzip)),
      brotli: summary(list.map((s) => s.bytes.brotli)),
    },
    ...Object.fromEntries(keys.map((k) => [k, summary(list.map((s) => s[k]))])),
    errors: [...new Set(list.flatMap((s) => s.errors))],
    samples: list,
  };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const fmt = (s, unit = '', digits = 0) => {
  if (!s) return 'n/a';
  const f = (x) => x.toFixed(digits);
  return s.min === s.max ? `${f(s.median)}${unit}` : `${f(s.median)}${unit} (${f(s.min)}–${f(s.max)})`;
};
const fmtKb = (s) => (!s ? 'n/a' : s.min === s.max ? kb(s.median) : `${kb(s.median)} (${kb(s.min)}–${kb(s.max)})`);
const rowsSpec = [
  ['Bytes downloaded for the banner, raw', (r) => fmtKb(r.bytes.raw)],
  ['… gzip -9', (r) => fmtKb(r.bytes.gzip)],
  ['… brotli -q 11', (r) => fmtKb(r.bytes.brotli)],
  ['Bytes after the decision (banner + what the click loads), brotli', (r) => fmtKb(r.decidedBrotli)],
  ['Navigation start → reject button in the DOM', (r) => fmt(r.bannerAttachedMs, ' ms')],
  ['Navigation start → banner usable', (r) => fmt(r.bannerReadyMs, ' ms')],
  ['Main-thread tasks (TaskDuration)', (r) => fmt(r.taskMs, ' ms')],
  ['… of which script (ScriptDuration)', (r) => fmt(r.scriptMs, ' ms')],
  [
    '… layout + style',
    (r) =>
      fmt(
        r.layoutMs &&
          r.styleMs && {
            median: r.layoutMs.median + r.styleMs.median,
            min: r.layoutMs.min + r.styleMs.min,
            max: r.layoutMs.max + r.styleMs.max,
          },
        ' ms',
        1
      ),
  ],
  ['Long tasks (count)', (r) => fmt(r.longTasks)],
  ['Total blocking time', (r) => fmt(r.blockingMs, ' ms')],
  ['Cumulative layout shift', (r) => fmt(r.cls, '', 3)],
  ['JS heap used after GC', (r) => fmtKb(r.heapBytes)],
  ['Click "reject all" → decision stored', (r) => fmt(r.clickToPersistedMs, ' ms', 1)],
];
const ids = [...samples.keys()];
const header = ['Metric (median, min–max)', ...ids.map((id) => results[id].label)];
const lines = [
  `| ${header.join(' | ')} |`,
  `|${header.map(() => '---').join('|')}|`,
  ...rowsSpec.map(([name, cell]) => `| ${name} | ${ids.map((id) => cell(results[id])).join(' | ')} |`),
];
const date = new Date().toISOString();
const machine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model,
  memoryGB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  chromium,
  platform: `${process.platform} ${process.arch}`,
};
const motion = options['reduced-motion'] ? ', prefers-reduced-motion: reduce' : '';
console.log(
  `\n${date} — ${machine.cpus} cores (${machine.cpuModel}), Node ${machine.node}, ${chromium}, ${RUNS} runs${motion}\n`
);
console.log(lines.join('\n'));
for (const id of ids) {
  if (results[id].files.length) console.log(`\n${results[id].label}: ${results[id].files.join(', ')}`);
  if (results[id].decisionFiles.length) console.log(`  then, on the decision: ${results[id].decisionFiles.join(', ')}`);
  if (results[id].errors.length) console.log(`  page errors: ${results[id].errors.join(' | ')}`);
}
console.log('\n<cookie-charter> render time (append → every cookie row in the DOM, next animation frame):');
if (charter.absent) console.log('charter not in bundle');
else {
  console.log('| Cookies | Render time, median (min–max) | Runs |\n|---|---|---|');
  for (const [size, s] of Object.entries(charter.sizes)) {
    const cell = s.timedOut
      ? `timed out after 30 s with ${Math.max(...s.rows)} of ${size} rows (stopped there)`
      : fmt(s.ms, ' ms');
    console.log(`| ${Number(size).toLocaleString('en')} | ${cell} | ${s.samples.length} |`);
  }
}

if (scanBench) {
  const s = summary(scanBench.times);
  console.log(
    `\ncookie-charter scan --pages ${SCAN_PAGES} of a ${SCAN_PAGES}-page loopback site (browser launch included, ` +
      `network idle 500 ms): ${fmt({median: s.median / 1000, min: s.min / 1000, max: s.max / 1000}, ' s', 1)}, ` +
      `${scanBench.times.length} run(s); ${scanBench.pages} pages, ${scanBench.cookies} cookies, ${scanBench.violations} violations`
  );
}

const resultsDir = join(root, 'bench/results');
mkdirSync(resultsDir, {recursive: true});
const file = join(resultsDir, `${date.replace(/[:.]/g, '-')}.json`);
writeFileSync(
  file,
  JSON.stringify(
    {
      date,
      machine,
      runs: RUNS,
      reducedMotion: options['reduced-motion'],
      results,
      charter,
      scan: scanBench,
      table: lines.join('\n'),
    },
    null,
    2
  )
);
console.log(`\nSamples written to ${relative(root, file)} (${((Date.now() - started) / 1000).toFixed(0)} s in all).`);
