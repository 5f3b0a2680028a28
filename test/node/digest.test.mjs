// Tests of the declaration's digest outside the browser: `cookie-charter digest`, and the digest
// `cookie-charter export` writes in the charter, for a site owner to keep with each version.
// They need the compiled library: run `npm run build:lib` first (the `test:node` script does).
import {test, describe, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtemp, readFile, writeFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {BUILT_IN_DIGEST, seedConfig, SEED_DIGEST} from '../fixtures/seed-config.mjs';

const BIN = fileURLToPath(new URL('../../bin/cookie-charter.mjs', import.meta.url));
const run = (...args) => spawnSync(process.execPath, [BIN, ...args], {encoding: 'utf8'});

let dir;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cookie-charter-digest-'));
  await writeFile(join(dir, 'seed.json'), JSON.stringify(seedConfig));
});
after(() => rm(dir, {recursive: true, force: true}));

describe('cookie-charter digest', () => {
  test("prints the seed declaration digest, and the built-in configuration's without --config", () => {
    const seed = run('digest', '--config', join(dir, 'seed.json'));
    assert.equal(seed.status, 0, seed.stderr);
    assert.equal(seed.stdout, `${SEED_DIGEST}\n`);
    assert.equal(run('digest').stdout, `${BUILT_IN_DIGEST}\n`);
  });

  test('with --json, gives the revision and the declaration digested', async () => {
    const path = join(dir, 'auto.json');
    await writeFile(path, JSON.stringify({...seedConfig, revision: 'auto'}));
    const {status, stdout} = run('digest', '--config', path, '--json');
    assert.equal(status, 0);
    const out = JSON.parse(stdout);
    assert.equal(out.digest, SEED_DIGEST);
    assert.equal(out.revision, parseInt(SEED_DIGEST.slice(7, 20), 16));
    assert.deepEqual(
      out.declaration.cookies.map((c) => c.name),
      ['cookies_preferences', 'csrftoken', 'django_language', 'sessionid']
    );
    assert.deepEqual(Object.keys(out.declaration), [
      'v',
      'categories',
      'cookies',
      'storage',
      'services',
      'integrations',
    ]);
  });

  test('every mistake is one line on stderr and exit code 2', async () => {
    await writeFile(join(dir, 'broken.json'), '{"revision": ');
    await writeFile(join(dir, 'faulty.json'), JSON.stringify({...seedConfig, revision: 'sometimes', history: 3}));
    const cases = [
      [['digest', '--bogus'], /unknown option --bogus/],
      [['digest', 'extra'], /unexpected argument "extra"/],
      [['digest', '--config'], /--config/],
      [['digest', '--config', join(dir, 'missing.json')], /cannot read --config .*missing\.json \(ENOENT\)/],
      [['digest', '--config', join(dir, 'broken.json')], /invalid configuration .*broken\.json.*not valid JSON/],
      [
        ['digest', '--config', join(dir, 'faulty.json')],
        /invalid configuration .*faulty\.json.*: revision: must be a whole number, 0 or more, or "auto" \(and 1 more\)$/,
      ],
    ];
    for (const [args, message] of cases) {
      const {status, stdout, stderr} = run(...args);
      const label = args.join(' ');
      assert.equal(status, 2, `${label}: ${stderr}`);
      assert.equal(stdout, '', label);
      assert.equal(stderr.trim().split('\n').length, 1, `${label}: ${stderr}`);
      assert.match(stderr.trim(), /^cookie-charter: /, label);
      assert.match(stderr.trim(), message, label);
    }
  });
});

describe('cookie-charter export', () => {
  test('writes the digest in the charter: visible with the version and its date, and as data', async () => {
    const out = join(dir, 'out');
    const config = {
      ...seedConfig,
      revision: 2,
      history: [{revision: 2, date: '2026-11-02', changes: 'Deuxième version.'}],
    };
    await writeFile(join(dir, 'dated.json'), JSON.stringify(config));
    const {status, stderr} = run('export', '--config', join(dir, 'dated.json'), '--lang', 'fr,en', '--out', out);
    assert.equal(status, 0, stderr);
    const fr = await readFile(join(out, 'cookie-charter.fr.html'), 'utf8');
    const en = await readFile(join(out, 'cookie-charter.en.html'), 'utf8');
    const flat = (html) => html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');
    assert.ok(flat(fr).includes(`Version 2 du 2 novembre 2026 — empreinte ${SEED_DIGEST}`), flat(fr));
    assert.ok(flat(en).includes(`Version 2, 2 November 2026 — fingerprint ${SEED_DIGEST}`), flat(en));
    assert.ok(flat(fr).includes('Version 2 du 2 novembre 2026 : Deuxième version.'));
    assert.ok(fr.includes(`data-digest="${SEED_DIGEST}"`));
    assert.ok(fr.startsWith(`<!-- Cookie charter (fr)`) && fr.includes(`Declaration ${SEED_DIGEST}, revision 2.`));
  });
});
