// The browser tests' coverage of src/ (written by `npm run test:browser` to coverage/lcov.info),
// folder by folder: the framework-free core, which everything else stands on, keeps at least
// CORE_LINES % of its lines covered. (The browser run itself fails below its global thresholds,
// web-test-runner.config.mjs.) Needs the browser tests to have run first, as `npm test` does.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LCOV = `${ROOT}coverage/lcov.info`;
const CORE_LINES = 95;

/** Lines and branches found and hit, per folder of src/ (`src/core`, `src/cookie-consent`, …). */
function byFolder(lcov) {
  const folders = new Map();
  let folder = null;
  for (const line of lcov.split('\n')) {
    const [key, value] = [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1)];
    if (key === 'SF') {
      const path = value.startsWith(ROOT) ? value.slice(ROOT.length) : value;
      folder = path.split('/').slice(0, 2).join('/');
      if (!folders.has(folder)) folders.set(folder, {LF: 0, LH: 0, BRF: 0, BRH: 0});
    } else if (folder && ['LF', 'LH', 'BRF', 'BRH'].includes(key)) folders.get(folder)[key] += Number(value);
  }
  return folders;
}

const percent = (hit, found) => (found ? (100 * hit) / found : 100);

test(`src/core keeps at least ${CORE_LINES} % of its lines covered by the browser tests`, (t) => {
  assert.ok(existsSync(LCOV), 'coverage/lcov.info exists: run `npm run test:browser` first');
  const folders = byFolder(readFileSync(LCOV, 'utf8'));
  for (const [folder, c] of [...folders].sort()) {
    t.diagnostic(
      `${folder}: lines ${percent(c.LH, c.LF).toFixed(1)} %, branches ${percent(c.BRH, c.BRF).toFixed(1)} %`
    );
  }
  const core = folders.get('src/core');
  assert.ok(core && core.LF > 0, 'src/core is in the report');
  assert.ok(percent(core.LH, core.LF) >= CORE_LINES, `src/core: ${percent(core.LH, core.LF).toFixed(1)} % of lines`);
});
