// Tests of `cookie-charter scan` against small sites served on loopback under several host
// names (www.site.test and the third party tracker.other.test, both mapped to 127.0.0.1).
// They need the compiled library and the browser bundle: `npm run build:lib` and
// `npm run build:bundle` first (`npm test` builds before it runs them).
import {test, describe, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {createServer} from 'node:net';
import {mkdtemp, readFile, writeFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {startScanSite} from '../helpers/scan-site.mjs';
import {launchScanBrowser} from '../../bin/scan/browser.mjs';
import {scan} from '../../bin/scan/cli.mjs';
import {failCode} from '../../bin/scan/analyse.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(root, 'bin/cookie-charter.mjs');
const FIXTURES = '/test/fixtures/scan';

/** Runs the command; resolves to {status, stdout, stderr}. */
function run(args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {env: {...process.env, ...env}});
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({status, stdout, stderr}));
  });
}

let site;
let browser;
let dir;
const reports = {};
/** One scan per fixture page, in the shared browser, with a short network-idle wait. */
const scanned = (name, options = {}) =>
  (reports[name] ??= scan({urls: [`${site.site}${FIXTURES}/${name}.html`], browser, idle: 300, ...options}));
const cookie = (report, name) => report.cookies.find((c) => c.name === name);

before(async () => {
  site = await startScanSite(root);
  browser = await launchScanBrowser({args: site.browserArgs});
  dir = await mkdtemp(join(tmpdir(), 'cookie-charter-scan-test-'));
  // The pages are small and the time goes to network-idle waits: scan them side by side.
  const vanilla = {
    configText: await readFile(join(root, 'test/fixtures/scan/vanilla.json'), 'utf8'),
    configName: 'vanilla.json',
  };
  for (const [name, options] of [
    ['compliant'],
    ['ungated'],
    ['survives'],
    ['undeclared'],
    ['built-in'],
    ['no-manager'],
    ['vanilla', vanilla],
  ]) {
    scanned(name, options).catch(() => {});
  }
});
after(async () => {
  await browser?.close();
  await site?.close();
  if (dir) await rm(dir, {recursive: true, force: true});
});

describe('a compliant site', () => {
  test('has no finding: the tag waits for consent, the consent cookie is declared', async () => {
    const {report, exitCode} = await scanned('compliant');
    assert.equal(exitCode, 0);
    assert.equal(report.violations, 0);
    assert.deepEqual(
      report.cookies.map((c) => [c.name, c.findings]),
      [
        ['_ga', []],
        ['cookies_preferences', []],
      ]
    );
    assert.deepEqual(report.storage, []);
    assert.deepEqual(report.declaredNotSeen, []);
    assert.deepEqual(report.drafts, []);
    assert.deepEqual(report.config, {source: 'page: <script type="application/json">', location: null, issues: []});
    const ga = cookie(report, '_ga');
    assert.deepEqual(ga.seen, {before: false, afterRefusal: false, afterAcceptance: true});
    assert.equal(ga.domain, 'www.site.test');
    assert.equal(ga.hostOnly, true);
    assert.equal(ga.httpOnly, false);
    assert.equal(ga.thirdParty, false);
    assert.equal(ga.lifetimeDays, 390);
    assert.deepEqual(ga.service, {id: 'google-analytics', name: 'Google Analytics 4'});
    assert.deepEqual(ga.declared, {
      category: 'statistics',
      provider: 'Google',
      name: '_ga',
      purpose: "Mesure d'audience",
      duration: '13 mois',
    });
    const preferences = cookie(report, 'cookies_preferences');
    assert.deepEqual(preferences.seen, {before: false, afterRefusal: true, afterAcceptance: true});
    assert.equal(preferences.declared.category, 'necessary');
    assert.equal(preferences.lifetimeDays, 182);
    const [page] = report.pages;
    assert.equal(page.status, 200);
    assert.deepEqual(page.refusal, {method: 'cookie-consent', name: 'rejectAll()'});
    assert.deepEqual(page.acceptance, {method: 'cookie-consent', name: 'acceptAll()'});
    assert.deepEqual(
      report.hosts.map((h) => [h.host, h.thirdParty]),
      [['www.site.test', false]]
    );
  });
});

describe('a site whose analytics tag is not gated', () => {
  test('_ga is set before consent, and lives past 13 months', async () => {
    const {report, exitCode} = await scanned('ungated');
    assert.equal(exitCode, 1);
    const ga = cookie(report, '_ga');
    assert.deepEqual(ga.seen, {before: true, afterRefusal: false, afterAcceptance: true});
    assert.deepEqual(ga.findings, ['set-before-consent', 'over-13-months']);
    // Chromium keeps a cookie 400 days at most: a 2-year _ga shows 400.
    assert.equal(ga.lifetimeDays, 400);
    assert.equal(report.violations, 1);
    assert.equal(report.summary.setBeforeConsent, 1);
    assert.equal(report.summary.over13Months, 1);
  });

  test('through the command: exit code 1, the cookie and the finding named, three report files', async () => {
    const out = join(dir, 'ungated');
    const {status, stdout, stderr} = await run([
      'scan',
      `${site.site}${FIXTURES}/ungated.html`,
      '--idle',
      '150',
      '--out',
      out,
      ...site.browserArgs.map((a) => `--browser-arg=${a}`),
    ]);
    assert.equal(status, 1, stderr);
    assert.match(stdout, /^# Cookie scan of /);
    assert.match(stdout, /\*\*1 violation\*\*/);
    assert.match(stdout, /## set-before-consent[\s\S]*cookie `_ga` \| www\.site\.test/);
    assert.match(stderr, /\[1\/1\] http:\/\/www\.site\.test:\d+\/test\/fixtures\/scan\/ungated\.html/);
    const json = JSON.parse(await readFile(join(out, 'report.json'), 'utf8'));
    assert.equal(json.violations, 1);
    assert.deepEqual(Object.keys(json), [
      'tool',
      'date',
      'urls',
      'browser',
      'options',
      'config',
      'summary',
      'pages',
      'cookies',
      'storage',
      'declaredNotSeen',
      'hosts',
      'violations',
      'drafts',
      'storageDrafts',
    ]);
    assert.equal(await readFile(join(out, 'report.md'), 'utf8'), stdout);
    const html = await readFile(join(out, 'report.html'), 'utf8');
    assert.match(html, /<img src="data:image\/png;base64,/);
    assert.match(html, /<caption>set-before-consent<\/caption>/);
  });
});

describe('a site whose tracker survives refusal', () => {
  test('the third-party uid is kept after refusal, though not set before consent', async () => {
    const {report, exitCode} = await scanned('survives');
    assert.equal(exitCode, 1);
    const uid = cookie(report, 'uid');
    assert.deepEqual(uid.seen, {before: false, afterRefusal: true, afterAcceptance: true});
    assert.deepEqual(uid.findings, ['kept-after-refusal']);
    assert.equal(uid.domain, 'tracker.other.test');
    assert.equal(uid.httpOnly, true);
    assert.equal(uid.secure, true);
    assert.equal(uid.sameSite, 'None');
    assert.equal(uid.thirdParty, true);
    assert.equal(uid.declared.category, 'third-party');
    assert.equal(report.violations, 1);
    const tracker = report.hosts.find((h) => h.host === 'tracker.other.test');
    assert.deepEqual(tracker, {
      host: 'tracker.other.test',
      thirdParty: true,
      seen: {before: false, afterRefusal: true, afterAcceptance: true},
      service: null,
    });
  });
});

describe('undeclared cookies', () => {
  test('a first-party Hotjar cookie and a third-party HttpOnly cookie, with their drafts', async () => {
    const {report, exitCode} = await scanned('undeclared');
    assert.equal(exitCode, 0, 'undeclared alone does not fail the default rule');
    const hotjar = cookie(report, '_hjSessionUser_123456');
    assert.deepEqual(hotjar.findings, ['undeclared']);
    assert.equal(hotjar.declared, null);
    assert.deepEqual(hotjar.service, {id: 'hotjar', name: 'Hotjar'});
    assert.deepEqual(hotjar.seen, {before: false, afterRefusal: false, afterAcceptance: true});
    const tracker = cookie(report, 'tp_id');
    assert.deepEqual(tracker.findings, ['undeclared']);
    assert.equal(tracker.httpOnly, true);
    assert.equal(tracker.thirdParty, true);
    assert.equal(tracker.service, null);
    assert.deepEqual(report.drafts, [
      {
        category: 'third-party',
        provider: 'other.test',
        name: 'tp_id',
        purpose: {fr: 'À préciser', en: 'To be completed'},
        duration: {fr: '30 jours', en: '30 days'},
        domain: 'tracker.other.test',
      },
      {
        category: 'statistics',
        provider: 'Hotjar (Contentsquare)',
        service: 'Hotjar',
        name: '_hjSessionUser_*',
        purpose: {fr: 'Identifiant du visiteur pour ce site', en: 'Visitor identifier for this site'},
        duration: {fr: '12 mois', en: '12 months'},
      },
    ]);
    assert.equal(report.summary.undeclared, 2);
  });

  test('a declared cookie never set is listed apart', async () => {
    const {report} = await scanned('undeclared');
    assert.deepEqual(report.declaredNotSeen, [
      {kind: 'cookie', name: 'old_tracker', category: 'statistics', provider: 'Ancien prestataire'},
    ]);
  });

  test('--fail-on undeclared fails on them, never fails on nothing', async () => {
    const {report} = await scanned('undeclared');
    assert.equal(failCode(report, 'undeclared'), 1);
    assert.equal(failCode(report, 'violation'), 0);
    assert.equal(failCode((await scanned('ungated')).report, 'never'), 0);
  });
});

describe('a page with the built-in configuration', () => {
  test('is judged against it, and an unknown cookie is drafted in one of its categories', async () => {
    const {report} = await scanned('built-in');
    assert.equal(report.config.source, 'page: built-in configuration');
    assert.deepEqual(report.config.issues, []);
    assert.deepEqual(cookie(report, 'cookies_preferences').findings, [], 'its consent cookie is declared');
    const unknown = cookie(report, 'site_pref');
    assert.deepEqual(unknown.findings, ['undeclared']);
    assert.deepEqual(unknown.seen, {before: false, afterRefusal: false, afterAcceptance: true});
    // The built-in categories are purposes: necessary, statistics, third-party.
    assert.deepEqual(report.drafts, [
      {
        category: 'statistics',
        provider: 'site.test',
        name: 'site_pref',
        purpose: {fr: 'À préciser', en: 'To be completed'},
        duration: {fr: '10 jours', en: '10 days'},
      },
    ]);
  });
});

describe('a page without any configuration', () => {
  test('drafts an unknown cookie in a category of the built-in configuration', async () => {
    const {report} = await scanned('no-manager');
    assert.equal(report.config.source, null);
    assert.deepEqual(cookie(report, 'site_pref').findings, ['set-before-consent', 'kept-after-refusal', 'undeclared']);
    // Not "first-party", a kind of cookie that is no category of it: its first optional purpose.
    assert.deepEqual(
      report.drafts.map((d) => [d.name, d.category]),
      [['site_pref', 'statistics']]
    );
  });
});

describe('another consent manager (vanilla-cookieconsent 3.1.0)', () => {
  test('refuses and accepts through its buttons; services in --config declare its cookies', async () => {
    const {report, exitCode} = await scanned('vanilla');
    assert.equal(exitCode, 0);
    assert.deepEqual(report.pages[0].refusal, {method: 'button', name: 'Tout refuser'});
    assert.deepEqual(report.pages[0].acceptance, {method: 'button', name: 'Tout accepter'});
    assert.equal(report.config.source, '--config vanilla.json');
    assert.deepEqual(report.config.issues, []);
    const cc = cookie(report, 'cc_cookie');
    assert.deepEqual(cc.seen, {before: false, afterRefusal: true, afterAcceptance: true});
    assert.equal(cc.declared.category, 'necessary');
    assert.deepEqual(cc.findings, []);
    const matomo = cookie(report, '_pk_id.1.abcd');
    assert.deepEqual(matomo.seen, {before: false, afterRefusal: false, afterAcceptance: true});
    assert.equal(matomo.declared.name, '_pk_id.*');
    assert.deepEqual(matomo.findings, []);
    assert.equal(report.violations, 0);
    assert.ok(report.declaredNotSeen.some((d) => d.name === '_pk_ses.*'));
  });
});

describe('--config saved with a UTF-8 byte-order mark', () => {
  test('is read as the browser reads it: the same configuration, no issue', async () => {
    const text = await readFile(join(root, 'test/fixtures/scan/vanilla.json'), 'utf8');
    const {report, exitCode} = await scan({
      urls: [`${site.site}${FIXTURES}/vanilla.html`],
      browser,
      idle: 300,
      configText: '\uFEFF' + text,
      configName: 'vanilla-bom.json',
    });
    assert.equal(exitCode, 0);
    assert.equal(report.config.source, '--config vanilla-bom.json');
    assert.deepEqual(report.config.issues, []);
    assert.equal(cookie(report, 'cc_cookie').declared.category, 'necessary');
  });
});

describe('--pages', () => {
  test('follows same-origin links breadth first, without fragments, files or other sites', async () => {
    const {report} = await scan({urls: [`${site.site}${FIXTURES}/crawl-a.html`], browser, idle: 100, pages: 3});
    assert.deepEqual(
      report.pages.map((p) => [p.url.replace(site.site, ''), p.depth]),
      [
        [`${FIXTURES}/crawl-a.html`, 0],
        [`${FIXTURES}/crawl-b.html`, 1],
        [`${FIXTURES}/crawl-c.html`, 1],
      ]
    );
    // No configuration anywhere: the page's own cookie is undeclared, and set before consent.
    assert.equal(report.config.source, null);
    assert.deepEqual(cookie(report, 'pref').findings, ['set-before-consent', 'kept-after-refusal', 'undeclared']);
    assert.deepEqual(report.pages[0].refusal, {method: null, name: null});
  });
});

describe('command-line errors: one line on stderr, exit code 2', () => {
  const cases = [
    [['scan'], /give at least one address/],
    [['scan', 'http://www.site.test/', '--bogus'], /unknown option --bogus/],
    [['scan', 'http://www.site.test/', '--pages'], /--pages <value>' argument missing/],
    [['scan', 'http://www.site.test/', '--pages', 'two'], /--pages must be a whole number/],
    [['scan', 'http://www.site.test/', '--fail-on', 'maybe'], /--fail-on must be one of violation, undeclared, never/],
    [['scan', 'ftp://www.site.test/'], /is not an http\(s\) address/],
    [['scan', 'http://www.site.test/', '--config', '/nonexistent.json'], /cannot read \/nonexistent\.json/],
  ];
  for (const [args, message] of cases) {
    test(args.slice(1).join(' ') || '(no address)', async () => {
      const {status, stdout, stderr} = await run(args);
      assert.equal(status, 2);
      assert.equal(stdout, '');
      assert.match(stderr, message);
      assert.equal(stderr.trim().split('\n').length, 1, stderr);
    });
  }

  test('--out that is a file', async () => {
    const file = join(dir, 'a-file');
    await writeFile(file, '');
    const {status, stderr} = await run(['scan', 'http://www.site.test/', '--out', file]);
    assert.equal(status, 2);
    assert.match(stderr, /is a file, not a folder/);
  });

  test('no browser: says how to install one', async () => {
    const {status, stderr} = await run(['scan', 'http://www.site.test/'], {CHROME_PATH: '/nonexistent/chromium'});
    assert.equal(status, 2);
    assert.match(
      stderr,
      /^cookie-charter scan: no Chromium at \/nonexistent\/chromium: install Debian's \("apt-get install chromium"\)/
    );
    assert.equal(stderr.trim().split('\n').length, 1);
  });

  test('a page that cannot be reached', async () => {
    // A port nothing listens on any more.
    const closed = createServer();
    await new Promise((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const {port} = closed.address();
    await new Promise((resolve) => closed.close(resolve));
    const {status, stderr} = await run(['scan', `http://127.0.0.1:${port}/`]);
    assert.equal(status, 2);
    assert.match(stderr, new RegExp(`cannot reach http://127\\.0\\.0\\.1:${port}/ \\(net::ERR_CONNECTION_REFUSED`));
    assert.doesNotMatch(stderr, /\n\s+at /);
  });
});
