// End to end: nothing that takes focus hides behind what is fixed at the bottom of the page
// (WCAG 2.2, 2.4.11 Focus Not Obscured). With the banner open, the privacy signal's notice, or
// the persistent manage button after a decision, a keyboard visitor tabs through a long page; every element of the page that gets focus must
// be on top at its centre once focused. Needs `npm run build:bundle` first.
import {test, describe, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {fileURLToPath} from 'node:url';
import {bundlePage, startPages} from '../helpers/chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

// A long page of every kind of focus stop: links between paragraphs, a scrolling table region,
// a gated embed (its placeholder's button), the charter and its "change my choices" button,
// and a last link at the very end of the page, where the banner sits.
const filler = (n) =>
  Array.from({length: n}, (_, i) => `<p>Paragraphe ${i}. <a href="#p${i}">lien ${i}</a></p>`).join('');
const LONG_PAGE = bundlePage(
  `${filler(12)}
  <div role="region" aria-label="Tableau" tabindex="0" style="overflow:auto;max-height:8rem">
    <table><tr><th>Nom</th></tr>${'<tr><td>ligne</td></tr>'.repeat(20)}</table>
  </div>
  ${filler(6)}
  <iframe data-cookie-category="third-party" data-src="/test/fixtures/embed.html" title="Carte" width="300" height="150"></iframe>
  <cookie-charter></cookie-charter>
  ${filler(4)}
  <p><a href="#end" id="last">dernier lien</a></p>
  <cookie-consent manage-button></cookie-consent>`,
  {title: 'Focus'}
);

/**
 * In the page: what covers the centre of the focused element (`null` when it is on top), with
 * the focused element described; `undefined` when focus is on the body or inside the banner.
 */
function focusedAndCover() {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (!active || active === document.body) return undefined;
  // Inside what is fixed (the banner, the notice): those are on top by design.
  if (active.closest('[part~="banner"], [part~="gpc-notice"], [part~="manage-button"]')) return undefined;
  const box = active.getBoundingClientRect();
  // The room left above what is fixed: an element taller than it is checked at its top.
  const fixed = document
    .querySelector('cookie-consent')
    ?.shadowRoot?.querySelector('[part~="banner"], [part~="gpc-notice"], [part~="manage-button"]');
  const room = fixed ? fixed.getBoundingClientRect().top : innerHeight;
  const x = box.left + box.width / 2;
  const y = box.height < room ? box.top + box.height / 2 : Math.max(box.top, 0) + 8;
  let hit = document.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  const label = `${active.localName}${active.id ? `#${active.id}` : ''} "${(active.textContent || active.getAttribute('aria-label') || '').trim().slice(0, 30)}"`;
  const inside = hit === active || active.contains(hit) || hit?.getRootNode?.().host === active;
  if (inside) return {label, cover: null};
  const part = hit?.closest('[part]')?.getAttribute('part');
  return {label, cover: `${hit?.localName}${part ? ` part "${part}"` : ''}`};
}

/** Tabs `stops` times from the top of the page; returns every focused page element that was covered. */
async function tabThrough(page, stops) {
  const covered = [];
  const seen = new Set();
  for (let i = 0; i < stops; i++) {
    await page.keyboard.press('Tab');
    // The browser scrolls the focused element into view; let the scroll settle.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const found = await page.evaluate(focusedAndCover);
    if (!found) continue;
    seen.add(found.label);
    if (found.cover) covered.push(`${found.label} under ${found.cover}`);
  }
  return {covered, seen};
}

describe('focus is never hidden behind the banner, the notice or the manage button', () => {
  let served;
  before(async () => {
    served = await startPages({root, pages: {'/long.html': LONG_PAGE}});
  });
  after(() => served?.close());

  for (const viewport of [
    {width: 1280, height: 720},
    {width: 320, height: 568},
  ]) {
    test(`with the banner open, at ${viewport.width} × ${viewport.height}`, async () => {
      const page = await served.browser.newPage();
      await page.setViewport(viewport);
      await page.goto(`${served.base}/long.html`, {waitUntil: 'networkidle0'});
      await page.waitForFunction(() =>
        document.querySelector('cookie-consent').shadowRoot?.querySelector('[part~="banner"]')
      );
      await page.waitForFunction(() => document.querySelector('.cookie-consent-placeholder button'));
      const {covered, seen} = await tabThrough(page, 40);
      assert.ok(seen.size >= 18, `tabbed through the page (${seen.size} stops)`);
      assert.ok(
        [...seen].some((s) => s.startsWith('a#last')),
        'reached the last link of the page'
      );
      assert.deepEqual(covered, [], 'no focused element under the banner');
      await page.close();
    });
  }

  test("with the privacy signal's notice, at 320 × 568", async () => {
    const page = await served.browser.newPage();
    await page.setViewport({width: 320, height: 568});
    await page.evaluateOnNewDocument(() => Object.defineProperty(navigator, 'globalPrivacyControl', {value: true}));
    await page.goto(`${served.base}/long.html`, {waitUntil: 'networkidle0'});
    await page.waitForFunction(() =>
      document.querySelector('cookie-consent').shadowRoot?.querySelector('[part~="gpc-notice"]')
    );
    const {covered, seen} = await tabThrough(page, 40);
    assert.ok(seen.size >= 18, `tabbed through the page (${seen.size} stops)`);
    assert.deepEqual(covered, [], 'no focused element under the notice');
    await page.close();
  });

  for (const viewport of [
    {width: 1280, height: 720},
    {width: 320, height: 568},
  ]) {
    test(`with the manage button, after a decision, at ${viewport.width} × ${viewport.height}`, async () => {
      const context = await served.browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport(viewport);
      await page.goto(`${served.base}/long.html`, {waitUntil: 'networkidle0'});
      await page.evaluate(() => document.querySelector('cookie-consent').rejectAll());
      await page.goto(`${served.base}/long.html`, {waitUntil: 'networkidle0'});
      await page.waitForFunction(() =>
        document.querySelector('cookie-consent').shadowRoot?.querySelector('[part~="manage-button"]')
      );
      const {covered, seen} = await tabThrough(page, 40);
      assert.ok(seen.size >= 18, `tabbed through the page (${seen.size} stops)`);
      assert.deepEqual(covered, [], 'no focused element under the manage button');
      await context.close();
    });
  }
});
