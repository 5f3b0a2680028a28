// What `npm publish` would ship: the built library (lib/), the browser bundle (dist/), the
// manifest and the translators' files, and nothing of the sources, tests, stories or tooling.
// Run with `node --test test/node/`. It needs `npm run build`; it runs it when lib/ or dist/
// is missing.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function packedFiles() {
  if (
    !existsSync(join(root, 'lib/index.js')) ||
    !existsSync(join(root, 'dist/cookie-elements.js')) ||
    !existsSync(join(root, 'dist/consent-mode.js'))
  ) {
    execFileSync(npm, ['run', '--silent', 'build'], {cwd: root, stdio: 'inherit'});
  }
  const out = execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], {cwd: root, encoding: 'utf8'});
  const [pack] = JSON.parse(out);
  return new Set(pack.files.map((f) => f.path));
}

const files = packedFiles();

test('ships the library, its types, the bundle, the manifest and the translations', () => {
  const required = [
    'package.json',
    'README.md',
    'LICENSE',
    'lib/index.js',
    'lib/index.d.ts',
    'lib/define.js',
    'dist/cookie-elements.js',
    'dist/consent-mode.js',
    'custom-elements.json',
    'locales/en.xlf',
  ];
  const missing = required.filter((path) => !files.has(path));
  assert.deepEqual(missing, [], `missing from the package: ${missing.join(', ')}`);
});

test('ships every file package.json points to', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const targets = new Set([pkg.main, pkg.module, pkg.types, pkg.unpkg, pkg.jsdelivr, pkg.customElements]);
  const walk = (value) => {
    if (typeof value === 'string') targets.add(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(pkg.exports);
  const missing = [...targets]
    .filter((target) => typeof target === 'string')
    .map((target) => target.replace(/^\.\//, ''))
    .filter((path) => !files.has(path));
  assert.deepEqual(missing, [], `package.json names files the package lacks: ${missing.join(', ')}`);
});

test('ships no sources, tests, stories, tooling or dependencies', () => {
  const forbidden = [
    /^src\//,
    /^test\//,
    /^stories\//,
    /^\.storybook\//,
    /^storybook-static\//,
    /^bench\//,
    /^node_modules\//,
    /^\.ci\//,
    /(^|\/)[^/]+\.test\.[jt]s$/,
    /\.stories\.[jt]s$/,
    // TypeScript sources: only declaration files belong in the package.
    /(?<!\.d)\.ts$/,
  ];
  const unwanted = [...files].filter((path) => forbidden.some((pattern) => pattern.test(path)));
  assert.deepEqual(unwanted, [], `should not be published: ${unwanted.join(', ')}`);
});
