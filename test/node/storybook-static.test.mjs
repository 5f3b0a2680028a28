// The published catalogue (storybook-static/, from `storybook build`) must show what the story
// tests saw: the story tests run Storybook's dev server, which does not tree-shake, so a
// production-only breakage (a define module dropped as side-effect free) passes them. This
// opens every story of the built catalogue in Chromium and checks it rendered without error
// and that every custom element on it is defined. Builds the catalogue when missing.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {launchChromium} from '../helpers/chromium.mjs';
import {startServer} from '../../bench/server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const staticDir = join(root, 'storybook-static');

test('every story of the built catalogue renders defined elements', async (t) => {
  if (!existsSync(join(staticDir, 'index.json'))) {
    execFileSync('npx', ['storybook', 'build', '--quiet', '--disable-telemetry'], {
      cwd: root,
      stdio: 'inherit',
      env: {...process.env, STORYBOOK_DISABLE_TELEMETRY: '1'},
    });
  }
  const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8'));
  const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
  assert.ok(stories.length > 0, 'the catalogue has no story');

  const server = await startServer({mounts: {'/': staticDir}, pages: {}});
  const browser = await launchChromium();
  try {
    for (const story of stories) {
      await t.test(story.id, async () => {
        const page = await browser.newPage();
        const errors = [];
        page.on('pageerror', (error) => errors.push(String(error)));
        await page.goto(`${server.origin}/iframe.html?id=${story.id}&viewMode=story`, {waitUntil: 'load'});
        await page.waitForFunction(
          () =>
            document.body.classList.contains('sb-show-main') ||
            document.body.classList.contains('sb-show-errordisplay'),
          {timeout: 15000}
        );
        const state = await page.evaluate(async () => {
          await new Promise((resolve) => setTimeout(resolve, 100));
          const custom = [...document.querySelectorAll('#storybook-root *')].filter((el) => el.localName.includes('-'));
          return {
            error: document.body.classList.contains('sb-show-errordisplay')
              ? document.querySelector('#error-message')?.textContent
              : null,
            undefinedTags: [
              ...new Set(custom.filter((el) => !customElements.get(el.localName)).map((el) => el.localName)),
            ],
          };
        });
        await page.close();
        assert.equal(state.error, null);
        assert.deepEqual(state.undefinedTags, []);
        assert.deepEqual(errors, []);
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }
});
