// The standalone strict CSP page of the catalogue (stories/pages/static/strict-csp.html) must
// tell the truth: under its policy (no 'unsafe-inline', no 'unsafe-eval', Trusted Types
// enforced), the browser bundle shows a styled banner, records a decision and switches to
// English without one policy violation. Needs Debian's Chromium (or CHROME_PATH) and dist/
// (built here when missing).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {launchChromium} from '../helpers/chromium.mjs';
import {startServer} from '../../bench/server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

test('the strict CSP page runs the bundle without a policy violation', async () => {
  if (!existsSync(join(root, 'dist/cookie-elements.js'))) {
    execFileSync('npm', ['run', '--silent', 'build:bundle'], {cwd: root, stdio: 'inherit'});
  }
  const server = await startServer({
    mounts: {'/pages/dist/': join(root, 'dist'), '/pages/': join(root, 'stories/pages/static')},
    pages: {},
  });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error}`));
    page.on('console', (message) => {
      // Failed requests are reported below with their address (the browser's favicon probe is not ours).
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
        problems.push(`console: ${message.text()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400 && !response.url().endsWith('/favicon.ico'))
        problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    await page.evaluateOnNewDocument(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__violations.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} ${e.sample || ''}`)
      );
    });
    await page.goto(`${server.origin}/pages/strict-csp.html`, {waitUntil: 'load'});

    const banner = await page.waitForFunction(
      () => document.querySelector('cookie-consent')?.shadowRoot?.querySelector('[part~="banner"]'),
      {timeout: 10000}
    );
    // Styled: the constructable stylesheet applied (a fixed banner), not blocked by style-src.
    assert.equal(await banner.evaluate((el) => getComputedStyle(el).position), 'fixed');

    await page.evaluate(() => document.querySelector('cookie-consent').rejectAll());
    assert.match(await page.evaluate(() => document.cookie), /cookies_preferences_csp=/);

    // English texts come from a chunk imported on demand: allowed by script-src 'self'.
    await page.evaluate(() => {
      document.documentElement.lang = 'en';
      document.querySelector('cookie-consent').showBanner();
    });
    await page.waitForFunction(
      () =>
        document
          .querySelector('cookie-consent')
          .shadowRoot.querySelector('[part~="reject-button"]')
          ?.textContent.trim() === 'Reject all',
      {timeout: 10000}
    );

    const violations = await page.evaluate(() => window.__violations);
    assert.deepEqual([...violations, ...problems], []);
  } finally {
    await browser.close();
    await server.close();
  }
});
