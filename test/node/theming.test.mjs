// The elements' theming surface: every custom property their styles read is documented in
// custom-elements.json (`@cssprop`), with the default the styles fall back to. The styles
// write each `var(--cookie-…, default)` in full where it is used (no private alias: the
// banner's bytes), so this test keeps those defaults from drifting apart.
// Run with `node --test test/node/`.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

function sources(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const documented = new Map();
for (const module of JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8')).modules) {
  for (const declaration of module.declarations ?? []) {
    for (const property of declaration.cssProperties ?? []) documented.set(property.name, property.default);
  }
}

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
  const wrong = uses.filter((u) => !documented.has(u.name) || (u.fallback !== undefined && u.fallback !== documented.get(u.name)));
  assert.deepEqual(
    wrong.map((u) => `${u.file}: ${u.text} (documented: ${documented.get(u.name) ?? 'nothing'})`),
    []
  );
});
