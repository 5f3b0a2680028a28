// End to end: the preferences dialog's switches in forced colours (Windows High Contrast), which
// the browser tests cannot emulate. A checked switch and an unchecked one must look different:
// in forced colours the browser replaces the author's colours, so the switch sets its own with
// system colours. Needs `npm run build:bundle` first (`npm test` builds before it runs).
import {test, describe, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {fileURLToPath} from 'node:url';
import {bundlePage, startPages} from '../helpers/chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('the switches in forced colours', () => {
  let served, page;

  before(async () => {
    served = await startPages({root, pages: {'/plain.html': bundlePage('<cookie-consent></cookie-consent>')}});
    page = await served.browser.newPage();
    // Puppeteer's emulateMediaFeatures refuses forced-colors: the DevTools protocol does it.
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setEmulatedMedia', {features: [{name: 'forced-colors', value: 'active'}]});
  });
  after(() => served?.close());

  test('a checked switch differs from an unchecked one, and the required one is not an empty track', async () => {
    await page.goto(`${served.base}/plain.html`, {waitUntil: 'networkidle0'});
    assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true);
    await page.evaluate(() => document.querySelector('cookie-consent').showPreferences());
    await page.waitForFunction(
      () => document.querySelector('cookie-consent').shadowRoot.querySelectorAll('input[role="switch"]').length === 3
    );
    // The switch's colours change with a transition: its end is what stays on screen.
    await page.evaluate(async () => {
      const root = document.querySelector('cookie-consent').shadowRoot;
      root.querySelector('#switch-1').click();
      await document.querySelector('cookie-consent').updateComplete;
      const switches = [...root.querySelectorAll('input[role="switch"]')];
      await Promise.all(switches.flatMap((s) => s.getAnimations({subtree: true}).map((a) => a.finished)));
    });
    const looks = await page.evaluate(() =>
      [...document.querySelector('cookie-consent').shadowRoot.querySelectorAll('input[role="switch"]')].map((s) => {
        const track = getComputedStyle(s);
        const thumb = getComputedStyle(s, '::after');
        return {
          checked: s.checked,
          track: track.backgroundColor,
          border: track.borderTopColor,
          thumb: thumb.backgroundColor,
        };
      })
    );
    const [required, on, off] = looks;
    assert.deepEqual(
      looks.map((l) => l.checked),
      [true, true, false]
    );
    assert.notEqual(on.track, off.track, `checked ${JSON.stringify(on)}, unchecked ${JSON.stringify(off)}`);
    assert.notEqual(on.thumb, on.track, 'the checked thumb shows on its track');
    assert.notEqual(off.thumb, off.track, 'the unchecked thumb shows on its track');
    assert.notEqual(required.track, off.track, `required ${JSON.stringify(required)}`);
    assert.notEqual(required.thumb, required.track, 'the required thumb shows on its track');
  });
});
