// `cookie-charter scan <url>…`: loads each page in Chromium before any action, after "reject
// all" and after "accept all", and reports every cookie and storage key against the
// configuration. Exit code 0 when nothing fails the --fail-on rule, 1 otherwise, 2 on a usage
// error or a page that cannot be reached.
import {mkdir, readFile, stat, writeFile} from 'node:fs/promises';
import {join, resolve} from 'node:path';
import {parseArgs} from 'node:util';
import {analyse, failCode} from './analyse.mjs';
import {launchScanBrowser, NoBrowserError, scanPage} from './browser.mjs';
import {renderHtml, renderMarkdown, summaryLine} from './render.mjs';

export const SCAN_USAGE = `Usage:
  cookie-charter scan <url>... [--config <file.json>] [--pages <n>] [--out <dir>] [--json]
                      [--fail-on violation|undeclared|never] [--idle <ms>] [--browser-arg <switch>]...

  Loads each page in Chromium three times (no action, "reject all", "accept all", each followed
  by a reload) and checks every cookie and storage key against the configuration.
  --config       the JSON configuration (default: the one the page's <cookie-consent> uses)
  --pages        follow same-origin links, breadth first, up to n pages in all (default 1)
  --out          also write report.md, report.json and report.html in this folder
  --json         print report.json instead of the Markdown report
  --fail-on      exit code 1 on: violation (default), undeclared (violations or anything
                 undeclared), never
  --idle         quiet time, in ms, that counts as the network having settled (default 500)
  --browser-arg  an extra Chromium switch, repeatable (e.g. --host-resolver-rules=...)
  CHROME_PATH    the browser (default /usr/bin/chromium)`;

export class ScanUsageError extends Error {}

const FAIL_ON = ['violation', 'undeclared', 'never'];

/** The compiled library: configuration check, services expansion, catalogue, patterns. */
async function loadLib() {
  const lib = new URL('../../lib/', import.meta.url);
  try {
    const [config, services, catalogue, pattern] = await Promise.all([
      import(new URL('core/config.js', lib).href),
      import(new URL('core/services.js', lib).href),
      import(new URL('catalogue/catalogue.js', lib).href),
      import(new URL('core/pattern.js', lib).href),
    ]);
    return {config, services, catalogue: catalogue.catalogue, namePattern: pattern.namePattern};
  } catch (error) {
    if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('/lib/')) {
      throw new ScanUsageError('the compiled library is missing: run "npm run build:lib" first');
    }
    throw error;
  }
}

/** Parses and checks a configuration as the elements do: services expanded, then validated. */
function checkConfig(lib, raw) {
  const expanded = lib.services.expandServices(raw, lib.catalogue, () => lib.config.defaultConfig().cookies);
  const checked = lib.config.validateConfig(expanded.config);
  return {config: checked.config, issues: [...expanded.issues, ...checked.issues]};
}

function parseJson(text, where) {
  try {
    return {value: JSON.parse(text)};
  } catch (error) {
    return {issue: {path: '(root)', message: `${where}: not valid JSON (${error.message})`}};
  }
}

/**
 * Scans `urls` and resolves to `{report, exitCode}` (exit code of --fail-on, or 2 when a page
 * could not be reached). `browser`: a browser from `launchScanBrowser` to use (left open);
 * else one is started and closed.
 */
export async function scan({
  urls,
  configText,
  configName,
  pages = 1,
  idle = 500,
  failOn = 'violation',
  browserArgs = [],
  browser,
  concurrency = 2,
  onProgress = () => {},
}) {
  const lib = await loadLib();
  let configInfo = {source: null, location: null, issues: []};
  let config = null;
  if (configText !== undefined) {
    // A UTF-8 byte-order mark first (some editors write one) is dropped, as the browser does.
    const parsed = parseJson(configText.replace(/^\uFEFF/, ''), configName);
    if (parsed.issue) throw new ScanUsageError(`${configName}: not valid JSON`);
    const checked = checkConfig(lib, parsed.value);
    config = checked.config;
    configInfo = {source: `--config ${configName}`, location: null, issues: checked.issues};
  }

  const ownBrowser = !browser;
  browser ??= await launchScanBrowser({args: browserArgs});
  const version = await browser.version();
  const results = [];
  try {
    // Breadth first, level by level, so that which pages are chosen does not depend on timing.
    const seen = new Set(urls);
    let level = urls.map((url) => ({url, depth: 0, seed: true}));
    let index = 0;
    const total = Math.max(pages, urls.length);
    while (level.length && results.length < total) {
      const batch = level.slice(0, total - results.length);
      const done = new Array(batch.length);
      let next = 0;
      const worker = async () => {
        while (next < batch.length) {
          const i = next++;
          const item = batch[i];
          const result = await scanPage(browser, item.url, {idle, first: results.length === 0 && i === 0});
          Object.assign(result, {depth: item.depth, seed: item.seed});
          done[i] = result;
          index++;
          const s = result.states.before;
          onProgress(
            `[${index}/${total}] ${item.url}: ` +
              (result.error && !s
                ? `unreachable (${result.error})`
                : `${s.cookies.length} cookie(s) and ${s.storage.length} storage key(s) before any action; ` +
                  `refusal ${result.refusal?.method ?? 'not found'}, acceptance ${result.acceptance?.method ?? 'not found'}`) +
              ` (${(result.durationMs / 1000).toFixed(1)} s)`
          );
        }
      };
      await Promise.all(Array.from({length: Math.min(concurrency, batch.length)}, worker));
      results.push(...done);
      const following = [];
      for (const result of done) {
        for (const link of result.links ?? []) {
          if (seen.has(link)) continue;
          seen.add(link);
          following.push({url: link, depth: result.depth + 1, seed: false});
        }
      }
      level = following;
    }
  } finally {
    if (ownBrowser) await browser.close().catch(() => {});
  }

  // Without --config, the configuration of the first page's <cookie-consent>.
  const found = results[0]?.config;
  if (configText === undefined && found) {
    if (found.error) {
      configInfo = {source: found.source, location: found.location, issues: [{path: '(root)', message: found.error}]};
    } else {
      const raw = found.text !== undefined ? parseJson(found.text, found.source) : {value: found.config};
      const checked = raw.issue ? {config: null, issues: [raw.issue]} : checkConfig(lib, raw.value);
      config = checked.config;
      configInfo = {source: found.source, location: found.location ?? null, issues: checked.issues};
    }
  }

  const analysed = analyse({
    pages: results,
    config,
    tools: {
      catalogue: lib.catalogue,
      namePattern: lib.namePattern,
      builtInCategories: lib.config.defaultConfig().categories,
    },
  });
  const unreachable = results.filter((r) => (r.error && !r.states.before) || (r.seed && r.status >= 400));
  const report = {
    tool: 'cookie-charter scan',
    date: new Date().toISOString(),
    urls,
    browser: version,
    options: {pages, idle, failOn},
    config: configInfo,
    summary: analysed.summary,
    pages: results.map((r) => ({
      url: r.url,
      finalUrl: r.finalUrl,
      status: r.status,
      title: r.title,
      depth: r.depth,
      error: r.error,
      refusal: r.refusal,
      acceptance: r.acceptance,
      durationMs: r.durationMs,
    })),
    cookies: analysed.cookies,
    storage: analysed.storage,
    declaredNotSeen: analysed.declaredNotSeen,
    hosts: analysed.hosts,
    violations: analysed.violations,
    drafts: analysed.drafts,
    storageDrafts: analysed.storageDrafts,
    screenshot: results[0]?.screenshot ?? null,
  };
  return {report, unreachable, exitCode: unreachable.length ? 2 : failCode(report, failOn)};
}

function parse(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        config: {type: 'string'},
        pages: {type: 'string'},
        out: {type: 'string'},
        json: {type: 'boolean', default: false},
        'fail-on': {type: 'string'},
        idle: {type: 'string'},
        'browser-arg': {type: 'string', multiple: true},
        help: {type: 'boolean', short: 'h', default: false},
      },
    });
  } catch (error) {
    // parseArgs says which flag is unknown or lacks its value.
    const unknown = /Unknown option '([^']+)'/.exec(error.message);
    throw new ScanUsageError(
      unknown ? `unknown option ${unknown[1]} (see "cookie-charter scan --help")` : String(error.message).split('\n')[0]
    );
  }
  const {values, positionals} = parsed;
  if (values.help) return {help: true};
  if (!positionals.length) throw new ScanUsageError('give at least one address to scan');
  const urls = positionals.map((u) => {
    let url;
    try {
      url = new URL(u);
    } catch {
      throw new ScanUsageError(`"${u}" is not an address (give one such as https://www.example.fr/)`);
    }
    if (!/^https?:$/.test(url.protocol)) throw new ScanUsageError(`"${u}" is not an http(s) address`);
    return url.href;
  });
  const whole = (name, value, min, max) => {
    const n = Number(value);
    if (!/^\d+$/.test(String(value)) || n < min || n > max) {
      throw new ScanUsageError(`--${name} must be a whole number from ${min} to ${max}`);
    }
    return n;
  };
  const failOn = values['fail-on'] ?? 'violation';
  if (!FAIL_ON.includes(failOn)) throw new ScanUsageError(`--fail-on must be one of ${FAIL_ON.join(', ')}`);
  return {
    urls,
    config: values.config,
    pages: values.pages === undefined ? 1 : whole('pages', values.pages, 1, 10000),
    idle: values.idle === undefined ? 500 : whole('idle', values.idle, 0, 60000),
    out: values.out,
    json: values.json,
    failOn,
    browserArgs: values['browser-arg'] ?? [],
  };
}

/** The command: prints the report, writes the files, and resolves to the exit code. Never throws. */
export async function scanCommand(argv) {
  try {
    const options = parse(argv);
    if (options.help) {
      console.log(SCAN_USAGE);
      return 0;
    }
    let configText;
    if (options.config) {
      try {
        configText = await readFile(resolve(options.config), 'utf8');
      } catch (error) {
        throw new ScanUsageError(`cannot read ${options.config} (${error.code ?? error.message})`);
      }
    }
    const out = options.out ? resolve(options.out) : null;
    if (out) {
      const existing = await stat(out).catch(() => null);
      if (existing && !existing.isDirectory()) throw new ScanUsageError(`--out ${options.out} is a file, not a folder`);
    }
    const {report, unreachable, exitCode} = await scan({
      urls: options.urls,
      configText,
      configName: options.config,
      pages: options.pages,
      idle: options.idle,
      failOn: options.failOn,
      browserArgs: options.browserArgs,
      onProgress: (line) => console.error(`cookie-charter scan: ${line}`),
    });
    if (unreachable.length === report.pages.length) {
      const first = unreachable[0];
      throw new ScanUsageError(`cannot reach ${first.url} (${first.error ?? `HTTP ${first.status}`})`);
    }
    for (const issue of report.config.issues) {
      console.error(`cookie-charter scan: configuration: ${issue.path}: ${issue.message}`);
    }
    const {screenshot, ...json} = report;
    const markdown = renderMarkdown(report);
    console.log(options.json ? JSON.stringify(json, null, 2) : markdown);
    if (out) {
      await mkdir(out, {recursive: true});
      await writeFile(join(out, 'report.md'), markdown + '\n');
      await writeFile(join(out, 'report.json'), JSON.stringify(json, null, 2) + '\n');
      await writeFile(join(out, 'report.html'), renderHtml({...json, screenshot}));
      console.error(`cookie-charter scan: wrote report.md, report.json and report.html in ${out}`);
    }
    for (const page of unreachable) {
      console.error(`cookie-charter scan: cannot reach ${page.url} (${page.error ?? `HTTP ${page.status}`})`);
    }
    console.error(`cookie-charter scan: ${summaryLine(report).replace(/\*\*/g, '')}`);
    return exitCode;
  } catch (error) {
    if (error instanceof ScanUsageError || error instanceof NoBrowserError) {
      console.error(`cookie-charter scan: ${error.message}`);
      return 2;
    }
    console.error(`cookie-charter scan: ${String(error?.message ?? error).split('\n')[0]}`);
    return 2;
  }
}
