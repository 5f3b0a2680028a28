// custom-elements.json documents the elements' public API and nothing else: their attributes,
// properties, methods and events (the analyzer cannot be told every one; a helper that builds
// events by name would add a bogus one), and their theming surface: every custom property the
// styles read, with the default they fall back to. The styles write each
// `var(--cookie-…, default)` in full where it is used (no private alias: the banner's bytes),
// so this test keeps those defaults from drifting apart.
// Run with `node --test test/node/`.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

function sources(dir, extension = '.ts') {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path, extension) : path.endsWith(extension) ? [path] : [];
  });
}

const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const elements = new Map();
const documented = new Map();
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (declaration.tagName) elements.set(declaration.tagName, declaration);
    for (const property of declaration.cssProperties ?? []) documented.set(property.name, property.default);
  }
}
const names = (list) => (list ?? []).map((item) => item.name);
const publicMembers = (element) =>
  names(element.members.filter((m) => (m.privacy ?? 'public') === 'public' && !m.static));

test('<cookie-consent>: its attributes, public members and events, each described', () => {
  const element = elements.get('cookie-consent');
  assert.deepEqual(names(element.attributes), [
    'src',
    'manage-button',
    'reload-on-withdraw',
    'no-reload-on-withdraw',
    'ignore-gpc',
  ]);
  assert.deepEqual(
    publicMembers(element).sort(),
    [
      'acceptAll',
      'activeConfig',
      'config',
      'consent',
      'hasConsent',
      'ignoreGpc',
      'loadConfig',
      'manageButton',
      'ready',
      'noReloadOnWithdraw',
      'rejectAll',
      'reloadOnWithdraw',
      'reset',
      'save',
      'settled',
      'showBanner',
      'showPreferences',
      'src',
    ].sort()
  );
  assert.deepEqual(names(element.events), ['cookie-consent-change', 'cookie-consent-ready']);
  for (const item of [...element.attributes, ...element.events, ...element.cssParts]) {
    assert.ok(item.description, `${item.name} is described`);
  }
});

test('<cookie-charter>: its attributes and public members', () => {
  const element = elements.get('cookie-charter');
  assert.deepEqual(names(element.attributes), ['src', 'heading-level', 'with-title', 'static']);
  assert.deepEqual(publicMembers(element).sort(), [
    'activeConfig',
    'config',
    'headingLevel',
    'settled',
    'src',
    'static',
    'withTitle',
  ]);
  assert.deepEqual(names(element.events), []);
});

const uses = sources(join(root, 'src')).flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/var\((--cookie-(?:consent|charter)-[\w-]+)\s*(?:,\s*([^)]+?))?\s*\)/g)].map(
    ([text, name, fallback]) => ({file: file.slice(root.length), text, name, fallback})
  )
);

test('the styles read custom properties of both elements', () => {
  assert.ok(uses.some((u) => u.name.startsWith('--cookie-consent-')));
  assert.ok(uses.some((u) => u.name.startsWith('--cookie-charter-')));
});

test('every custom property read is documented, with the default it falls back to', () => {
  const wrong = uses.filter(
    (u) => !documented.has(u.name) || (u.fallback !== undefined && u.fallback !== documented.get(u.name))
  );
  assert.deepEqual(
    wrong.map((u) => `${u.file}: ${u.text} (documented: ${documented.get(u.name) ?? 'nothing'})`),
    []
  );
});

// The bundle's CSS is minified (lightningcss, which writes numbers with six significant digits):
// what it falls back to must still be the documented default. Needs the browser build.
test('the shipped bundle falls back to the documented defaults too, once minified', () => {
  const dist = join(root, 'dist');
  const files = [join(dist, 'cookie-elements.js'), ...sources(join(dist, 'chunks'), '.js')];
  /** The same value as minified CSS writes it: `#fff` for `#ffffff`, `.25rem` for `0.25rem`. */
  const short = (value) =>
    value
      .trim()
      .toLowerCase()
      .replace(/^#(\w)\1(\w)\2(\w)\3$/, '#$1$2$3')
      .replace(/^0\./, '.');
  const wrong = files.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/var\((--cookie-(?:consent|charter)-[\w-]+)\s*,\s*([^)]+?)\s*\)/g)]
      .filter(([, name, fallback]) => short(fallback) !== short(documented.get(name) ?? ''))
      .map(([text, name]) => `${file.slice(root.length)}: ${text} (documented: ${documented.get(name) ?? 'nothing'})`)
  );
  assert.ok(files.length > 5, 'the bundle is built');
  assert.deepEqual([...new Set(wrong)], []);
});
