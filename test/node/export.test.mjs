// Tests of `cookie-charter export`, the static charter for pages that allow no script.
// They need the compiled library: run `npm run build:lib` first (the `test:node` script does).
import {test, describe, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtemp, readFile, writeFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {launchChromium} from '../helpers/chromium.mjs';
import {SEED_COOKIE_NAMES} from '../fixtures/seed-config.mjs';

const BIN = fileURLToPath(new URL('../../bin/cookie-charter.mjs', import.meta.url));
const LANGS = ['fr', 'en', 'de', 'es', 'it', 'nl'];

const CONFIG = {
  revision: 3,
  updated: '2025-03-01',
  site: {name: 'Ville {{constructor}}', url: 'https://ville.example.fr'},
  controller: {
    name: {fr: 'Ville de Test', en: 'City of Test'},
    address: '1 place de la Mairie\n92100 Test',
    contact: 'dpo@ville.example.fr',
  },
  dpo: {contact: 'https://ville.example.fr/dpo'},
  categories: [
    {id: 'necessary', required: true, title: {fr: 'Indispensables', en: 'Essential'}, description: 'Toujours là.'},
    {id: 'audience', title: {fr: "Mesure d'audience", en: 'Audience measurement'}},
    {id: 'videos', title: {fr: 'Vidéos <script>alert(1)</script>', en: 'Videos'}},
  ],
  cookies: [
    {
      category: 'necessary',
      provider: 'Ville',
      name: 'sid',
      purpose: {fr: 'Garder la session', en: 'Keep the session'},
      duration: 'Session',
    },
    {
      category: 'audience',
      provider: 'Matomo',
      service: {fr: 'Statistiques', en: 'Statistics'},
      name: '_pk_id.*',
      purpose: {fr: 'Compter les visites {{1+1}}', en: 'Count visits'},
      duration: {fr: '13 mois', en: '13 months'},
    },
    {
      category: 'videos',
      provider: '<b>YouTube</b>',
      name: 'VISITOR_INFO1_LIVE',
      purpose: {fr: 'Lire les vidéos', en: 'Play videos'},
    },
  ],
};

function run(...args) {
  return spawnSync(process.execPath, [BIN, ...args], {encoding: 'utf8'});
}

let dir;
let out;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cookie-charter-'));
  await writeFile(join(dir, 'config.json'), JSON.stringify(CONFIG));
  out = join(dir, 'out');
  // Without --lang: every language.
  const result = run('export', '--config', join(dir, 'config.json'), '--out', out, '--strict');
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stderr, '', 'a complete configuration: no warning');
});
after(async () => {
  await rm(dir, {recursive: true, force: true});
});

const read = (name) => readFile(join(out, name), 'utf8');

describe('export output, parsed', () => {
  for (const lang of LANGS) {
    test(`cookie-charter.${lang}.html is a safe, Angular-proof fragment listing every cookie`, async () => {
      const fragment = await read(`cookie-charter.${lang}.html`);
      assert.doesNotMatch(fragment, /<script/i, 'no script element, even from a configuration text');
      assert.ok(!fragment.includes('{{') && !fragment.includes('}}'), 'no AngularJS interpolation');
      assert.doesNotMatch(fragment, /<!--\/?lit-|<template|shadowroot/i, 'no Lit marker, no shadow DOM');
      // Nor Lit's `<?>` after a template that ends with an expression: a browser reads it as a
      // comment, but a page editor's sanitiser may show it as text.
      assert.doesNotMatch(fragment, /<\?/, 'no processing instruction or bogus comment');
      assert.doesNotMatch(fragment, /<b>/, 'configuration markup stays text');
      // The first element is the root, and it is ng-non-bindable.
      const firstTag = fragment
        .replace(/<!--[\s\S]*?-->/g, '')
        .trim()
        .match(/^<([a-z0-9]+)([^>]*)>/i);
      assert.ok(firstTag, 'starts with an element');
      assert.match(firstTag[2], /\sng-non-bindable(\s|$|=)/);
      for (const cookie of CONFIG.cookies) {
        assert.ok(fragment.includes(`>${cookie.name}</code>`), `${cookie.name} is listed`);
      }
      // Every class is prefixed.
      const classes = [...fragment.matchAll(/class="([^"]*)"/g)].flatMap((m) => m[1].split(/\s+/)).filter(Boolean);
      assert.ok(classes.length > 20);
      for (const name of classes) assert.match(name, /^ods-cc-/, `class "${name}" is prefixed`);
      assert.ok(fragment.includes('&#123;&#123;'), 'braces of configuration texts are kept, as references');
    });
  }

  test('the fragments of every language can share a page: ids unique, every reference resolved', async () => {
    const both = (await Promise.all(LANGS.map((lang) => read(`cookie-charter.${lang}.html`)))).join('');
    const ids = [...both.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    assert.ok(ids.length >= 6, 'the sections and tables have ids');
    assert.deepEqual(
      ids.filter((id, i) => ids.indexOf(id) !== i),
      [],
      'no id twice'
    );
    for (const id of ids) assert.match(id, /^ods-cc-(fr|en|de|es|it|nl)-/, `id "${id}" is prefixed by language`);
    const references = [...both.matchAll(/\saria-labelledby="([^"]+)"/g)].map((m) => m[1]);
    assert.ok(references.length >= 6);
    for (const reference of references) assert.ok(ids.includes(reference), `aria-labelledby="${reference}" resolves`);
  });

  test('the CSS is the element stylesheet with prefixed classes', async () => {
    const css = await read('cookie-charter.css');
    assert.match(css, /\.ods-cc-charter\s*\{/);
    assert.match(css, /var\(--cookie-charter-accent, #000091\)/);
    assert.match(css, /@media print/);
    assert.doesNotMatch(css, /:host/);
    const selectors = [...css.matchAll(/\.([a-z][\w-]*)/gi)].map((m) => m[1]).filter((s) => !/^\d/.test(s));
    for (const selector of selectors) assert.match(selector, /^ods-cc-/, `selector .${selector} is prefixed`);
  });
});

describe('export in German, Spanish, Italian and Dutch', () => {
  // The fixed texts and the date in the language; the configuration's texts, given in French and
  // English, in its first language (French); the built-in charter's texts translated.
  const EXPECTED = {
    de: ['Wozu dienen die Cookies auf der Plattform', 'aktualisiert am 1. März 2025.', 'Statistik-Cookies', '2 Wochen'],
    es: [
      'Uso de las cookies en la plataforma',
      'actualizada el 1 de marzo de 2025.',
      'Cookies de análisis',
      '2 semanas',
    ],
    it: [
      'A cosa servono i cookie sulla piattaforma',
      'aggiornata il 1 marzo 2025.',
      'Cookie statistici',
      '2 settimane',
    ],
    nl: ['Waarvoor dienen cookies op het platform', 'bijgewerkt op 1 maart 2025.', 'Analytische cookies', '2 weken'],
  };
  for (const [lang, [heading, date, builtInTitle, builtInDuration]] of Object.entries(EXPECTED)) {
    test(`cookie-charter.${lang}.html`, async () => {
      const fragment = await read(`cookie-charter.${lang}.html`);
      assert.ok(fragment.includes(heading), heading);
      assert.ok(fragment.includes(date), date);
      assert.ok(fragment.includes('>Indispensables</caption>'), 'the configuration in its first language');
      assert.doesNotMatch(fragment, /Qu'est-ce qu'un cookie|What is a cookie/, 'no French or English fixed text');
      const seed = run('export', '--lang', lang, '--out', join(dir, `seed-${lang}`));
      assert.equal(seed.status, 0, seed.stderr);
      const builtIn = await readFile(join(dir, `seed-${lang}`, `cookie-charter.${lang}.html`), 'utf8');
      assert.ok(builtIn.includes(builtInTitle) && builtIn.includes(builtInDuration), 'the built-in charter translated');
    });
  }
});

describe('addresses outside a page (the npm core in Node, the export)', () => {
  test('are parsed against a placeholder base: relative links stay as written, disguised schemes and other hosts go', async () => {
    const {validateConfig, isSafeLink} = await import('../../lib/core/config.js');
    for (const link of ['/cookies', 'cookies.html', 'https://ville.example.fr/cookies']) {
      const {config, issues} = validateConfig({site: {name: 'x', policyUrl: link}});
      assert.deepEqual(issues, [], link);
      assert.equal(config.site.policyUrl, link);
    }
    const refused = [
      'java\nscript:alert(1)',
      'java\tscript:alert(1)',
      '\u0001javascript:alert(1)',
      '\u0000 data:text/html,x',
      'vb\tscript:msgbox(1)',
      '/\\evil.test/',
      '\\\\evil.test/',
      '//evil.test/',
    ];
    for (const link of refused) {
      const {config, issues} = validateConfig({site: {name: 'x', policyUrl: link}, proof: {endpoint: link}});
      assert.deepEqual(
        issues.map((i) => i.path),
        ['site.policyUrl', 'proof.endpoint'],
        JSON.stringify(link)
      );
      assert.equal(config.site.policyUrl, undefined);
      assert.equal(config.proof, undefined);
      assert.equal(isSafeLink(link), false);
    }
  });

  test('the static export links to the site only through an http(s) address', async () => {
    const config = {...CONFIG, site: {name: 'Ville', url: 'java\nscript:alert(1)'}};
    await writeFile(join(dir, 'disguised.json'), JSON.stringify(config));
    const refused = run('export', '--config', join(dir, 'disguised.json'), '--lang', 'fr', '--out', join(dir, 'd'));
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /site\.url: must be an http\(s\) address/);
    const forced = run(
      'export',
      '--config',
      join(dir, 'disguised.json'),
      '--lang',
      'fr',
      '--out',
      join(dir, 'd'),
      '--force'
    );
    assert.equal(forced.status, 0, forced.stderr);
    const fragment = await readFile(join(dir, 'd', 'cookie-charter.fr.html'), 'utf8');
    assert.doesNotMatch(fragment, /script:|<a [^>]*site-link/i);
  });
});

describe('export command', () => {
  test('refuses a malformed configuration, naming the field', async () => {
    await writeFile(
      join(dir, 'bad.json'),
      JSON.stringify({
        categories: [{id: 'ok', title: 'Ok'}],
        cookies: [{category: 'nope', name: 'x', provider: 'p', purpose: 'q'}],
      })
    );
    const result = run('export', '--config', join(dir, 'bad.json'), '--out', join(dir, 'bad'));
    assert.equal(result.status, 2);
    assert.match(result.stderr, /cookies\[0\]\.category/);
  });

  test('with --force, exports the valid parts under a notice', async () => {
    const result = run(
      'export',
      '--config',
      join(dir, 'bad.json'),
      '--lang',
      'fr',
      '--out',
      join(dir, 'forced'),
      '--force'
    );
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /cookies\[0\]\.category/);
    const fragment = await readFile(join(dir, 'forced', 'cookie-charter.fr.html'), 'utf8');
    assert.match(fragment, /La configuration de cette charte contient des erreurs/);
  });

  test('rejects an unknown language and a missing --out', () => {
    assert.equal(run('export', '--lang', 'pt', '--out', join(dir, 'x')).status, 2);
    assert.equal(run('export').status, 2);
  });

  describe('a mistake on the command line: one line on stderr, exit code 2, nothing written', () => {
    const cases = () => [
      [
        ['--bogus', '--out', join(dir, 'm')],
        /^cookie-charter: unknown option --bogus \(see "cookie-charter --help"\)$/,
      ],
      [['-x', '--out', join(dir, 'm')], /^cookie-charter: unknown option -x /],
      [['--out'], /--out <value>' argument missing/],
      [['--out', join(dir, 'm'), '--config'], /--config <value>' argument missing/],
      [['--out', join(dir, 'm'), '--lang'], /--lang <value>' argument missing/],
      [['--out', join(dir, 'm'), '--force=yes'], /--force' does not take an argument/],
      [['--out', join(dir, 'm'), 'stray'], /unexpected argument "stray"/],
      [['--out', join(dir, 'm'), '--heading-level', '9'], /--heading-level must be a whole number from 1 to 5/],
      [['--out', join(dir, 'm'), '--heading-level', 'two'], /--heading-level must be a whole number from 1 to 5/],
      [['--out', join(dir, 'm'), '--prefix', '1<'], /--prefix must be letters, digits and "-"/],
      [['--out', join(dir, 'm'), '--lang', ','], /--lang needs a language/],
      [['--out', join(dir, 'm'), '--lang', 'pt'], /unknown language "pt"/],
      [
        ['--out', join(dir, 'm'), '--config', join(dir, 'nonexistent.json')],
        /cannot read --config .*nonexistent\.json \(ENOENT\)/,
      ],
      [['--out', join(dir, 'm'), '--config', dir], /cannot read --config .* \(EISDIR\)/],
      [['--out', join(dir, 'config.json')], /--out .*config\.json is a file, not a folder/],
      [['--out', join(dir, 'config.json', 'below')], /cannot create the folder --out .*below \(ENOTDIR\)/],
    ];
    test('each one', async () => {
      for (const [args, message] of cases()) {
        const {status, stdout, stderr} = run('export', ...args);
        const label = args.join(' ');
        assert.equal(status, 2, `${label}: ${stderr}`);
        assert.equal(stdout, '', label);
        assert.equal(stderr.trim().split('\n').length, 1, `${label}: ${stderr}`);
        assert.match(stderr.trim(), message, label);
        assert.doesNotMatch(stderr, /\n\s+at /, label);
      }
      await assert.rejects(readFile(join(dir, 'm', 'cookie-charter.css')), {code: 'ENOENT'});
    });

    test('an unknown command too; --help prints the usage', () => {
      const unknown = run('exprot', '--out', join(dir, 'm'));
      assert.equal(unknown.status, 2);
      assert.equal(unknown.stderr.trim(), 'cookie-charter: unknown command "exprot" (see "cookie-charter --help")');
      const help = run('export', '--help');
      assert.equal(help.status, 0, help.stderr);
      assert.match(help.stdout, /^Usage:/);
    });
  });

  test('reads a configuration saved with a UTF-8 byte-order mark, as the browser does', async () => {
    await writeFile(join(dir, 'bom.json'), '\uFEFF' + JSON.stringify(CONFIG), 'utf8');
    assert.equal((await readFile(join(dir, 'bom.json')))[0], 0xef, 'the file starts with the mark');
    const result = run('export', '--config', join(dir, 'bom.json'), '--lang', 'fr', '--out', join(dir, 'bom'));
    assert.equal(result.status, 0, result.stderr);
    assert.equal(
      await readFile(join(dir, 'bom', 'cookie-charter.fr.html'), 'utf8'),
      await read('cookie-charter.fr.html'),
      'the same charter as without the mark'
    );
  });

  test('exports the built-in seed charter without --config', async () => {
    const result = run('export', '--lang', 'fr', '--out', join(dir, 'seed'));
    assert.equal(result.status, 0, result.stderr);
    const fragment = await readFile(join(dir, 'seed', 'cookie-charter.fr.html'), 'utf8');
    for (const name of SEED_COOKIE_NAMES) {
      assert.ok(fragment.includes(`>${name}</code>`), name);
    }
  });
});

describe('export command: what the configuration lacks', () => {
  test('warns when there is no controller, and --strict then exits with 1 and writes nothing', async () => {
    const {controller, dpo, ...incomplete} = CONFIG;
    assert.ok(controller && dpo);
    await writeFile(join(dir, 'incomplete.json'), JSON.stringify(incomplete));
    const WARNING = /^<cookie-charter>: incomplete configuration \(.*incomplete\.json\):\n {2}- controller: missing/m;
    const lenient = run(
      'export',
      '--config',
      join(dir, 'incomplete.json'),
      '--lang',
      'fr',
      '--out',
      join(dir, 'lenient')
    );
    assert.equal(lenient.status, 0, lenient.stderr);
    assert.match(lenient.stderr, WARNING);
    const fragment = await readFile(join(dir, 'lenient', 'cookie-charter.fr.html'), 'utf8');
    assert.match(fragment, /Le responsable du traitement est l&#39;éditeur de ce site/);
    assert.match(fragment, /75334 Paris Cedex 07/);

    const strict = run('export', '--config', join(dir, 'incomplete.json'), '--out', join(dir, 'strict'), '--strict');
    assert.equal(strict.status, 1, strict.stderr);
    assert.match(strict.stderr, WARNING);
    assert.match(strict.stderr, /^cookie-charter: --strict: nothing written/m);
    await assert.rejects(readFile(join(dir, 'strict', 'cookie-charter.fr.html')), {code: 'ENOENT'});

    // The built-in charter names no controller (its seed names none): the same warning.
    const seed = run('export', '--lang', 'fr', '--out', join(dir, 'seed-strict'), '--strict');
    assert.equal(seed.status, 1, seed.stderr);
    assert.match(seed.stderr, /incomplete configuration \(built-in\):\n {2}- controller: missing/);
  });

  test('--strict also fails on errors exported with --force', () => {
    const forced = run(
      'export',
      '--config',
      join(dir, 'bad.json'),
      '--out',
      join(dir, 'forced-strict'),
      '--force',
      '--strict'
    );
    assert.equal(forced.status, 1, forced.stderr);
    assert.match(forced.stderr, /cookies\[0\]\.category/);
  });

  test('refuses a contact that is neither an e-mail nor an http(s) address, naming its field', async () => {
    const hostile = {
      ...CONFIG,
      controller: {...CONFIG.controller, contact: 'javascript:alert(document.domain)'},
      dpo: {contact: 'data:text/html,<script>alert(1)</script>'},
    };
    await writeFile(join(dir, 'hostile.json'), JSON.stringify(hostile));
    const refused = run('export', '--config', join(dir, 'hostile.json'), '--lang', 'fr', '--out', join(dir, 'h'));
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /controller\.contact: must be an e-mail address or an http\(s\) address/);
    assert.match(refused.stderr, /dpo\.contact: must be an e-mail address or an http\(s\) address/);
    const forced = run(
      'export',
      '--config',
      join(dir, 'hostile.json'),
      '--lang',
      'fr',
      '--out',
      join(dir, 'h'),
      '--force'
    );
    assert.equal(forced.status, 0, forced.stderr);
    const fragment = await readFile(join(dir, 'h', 'cookie-charter.fr.html'), 'utf8');
    assert.doesNotMatch(fragment, /script:|data:|contact-link/i);
    assert.match(fragment, /<strong>Ville de Test<\/strong>/);
  });
});

describe('export output in Chromium, JavaScript disabled', () => {
  let browser;
  before(async () => {
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
  });

  async function open(lang, width) {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.setViewport({width, height: 800});
    const css = await read('cookie-charter.css');
    const fragment = await read(`cookie-charter.${lang}.html`);
    // What an Opendatasoft page does: the page CSS in a <style>, the page HTML in the body.
    await page.setContent(
      `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>body{margin:8px}\n${css}</style></head><body>${fragment}</body></html>`
    );
    return page;
  }

  test('a visitor sees the French charter with its tables, styled like the element', async () => {
    const page = await open('fr', 1024);
    const seen = await page.evaluate(() => ({
      headings: [...document.querySelectorAll('h2')].map((h) => h.textContent.replace(/\s+/g, ' ').trim()),
      captions: [...document.querySelectorAll('caption')].map((c) => c.textContent.trim()),
      rows: [...document.querySelectorAll('tbody tr')].map((r) => [...r.cells].map((c) => c.textContent.trim())),
      revision: document.querySelector('.ods-cc-revision').textContent.replace(/\s+/g, ' ').trim(),
      headerBackground: getComputedStyle(document.querySelector('th')).backgroundColor,
      headingSize: getComputedStyle(document.querySelector('h2')).fontSize,
      buttons: document.querySelectorAll('button').length,
      scripts: document.querySelectorAll('script').length,
      visibleText: document.body.innerText,
    }));
    assert.deepEqual(seen.headings, [
      "Qu'est-ce qu'un cookie ?",
      'À quoi servent les cookies sur la plateforme Ville {{constructor}}',
      'Gérer vos choix',
      'Vos données et vos droits',
      'Versions de cette charte',
    ]);
    assert.deepEqual(seen.captions, ['Indispensables', "Mesure d'audience", 'Vidéos <script>alert(1)</script>']);
    assert.deepEqual(seen.rows[1], ['Matomo', 'Statistiques', '_pk_id.*', 'Compter les visites {{1+1}}', '13 mois']);
    assert.deepEqual(seen.rows[2], ['<b>YouTube</b>', '', 'VISITOR_INFO1_LIVE', 'Lire les vidéos', '']);
    assert.equal(seen.revision, 'Version 3 de cette charte, mise à jour le 1 mars 2025.');
    assert.equal(seen.headerBackground, 'rgb(238, 238, 238)', 'the stylesheet applies');
    assert.equal(seen.headingSize, '24px');
    assert.equal(seen.buttons, 0, 'nothing to click without script');
    assert.equal(seen.scripts, 0);
    assert.match(seen.visibleText, /Afin de vous proposer le meilleur service possible/);
    await page.close();
  });

  const RIGHTS = {
    fr: {
      heading: 'Vos données et vos droits',
      subheadings: [
        'Responsable du traitement',
        'Exercer vos droits',
        'Si vous refusez',
        'Destinataires des données',
        'Réclamation auprès de la CNIL',
      ],
      controller: ['Ville de Test', '1 place de la Mairie', '92100 Test', 'Contact : dpo@ville.example.fr'],
      recipients: ["Mesure d'audience : Matomo", 'Vidéos <script>alert(1)</script> : <b>YouTube</b>'],
      text: [
        "droit d'accès",
        "droit d'opposition",
        'retirer votre consentement à tout moment',
        "ne vous empêche pas d'utiliser ce site",
      ],
    },
    en: {
      heading: 'Your data and your rights',
      subheadings: [
        'Data controller',
        'Exercising your rights',
        'If you refuse',
        'Recipients of the data',
        'Complaint to the CNIL',
      ],
      controller: ['City of Test', '1 place de la Mairie', '92100 Test', 'Contact: dpo@ville.example.fr'],
      recipients: ['Audience measurement: Matomo', 'Videos: <b>YouTube</b>'],
      text: [
        'right to access',
        'right to object',
        'withdraw your consent at any time',
        'does not stop you from using this site',
      ],
    },
  };
  for (const [lang, expected] of Object.entries(RIGHTS)) {
    test(`the ${lang} charter's rights section names the controller, the recipients and the CNIL`, async () => {
      const page = await open(lang, 1024);
      const seen = await page.evaluate(() => {
        const section = document.querySelector('[part~="rights-section"]');
        const lines = (node) => node.innerText.split('\n').map((line) => line.replace(/\s+/g, ' ').trim());
        return {
          label: document.getElementById(section.getAttribute('aria-labelledby')).textContent.trim(),
          subheadings: [...section.querySelectorAll('h3')].map((h) => h.textContent.trim()),
          controller: lines(section.querySelector('[part~="controller"]')),
          links: [...section.querySelectorAll('a')].map((a) => [a.protocol, a.textContent.trim()]),
          recipients: [...section.querySelectorAll('[part~="recipient"]')].map((li) =>
            li.textContent.replace(/\s+/g, ' ').trim()
          ),
          cnil: lines(section.querySelector('[part~="cnil-address"]')),
          text: section.textContent.replace(/\s+/g, ' '),
        };
      });
      assert.equal(seen.label, expected.heading);
      assert.deepEqual(seen.subheadings, expected.subheadings);
      assert.deepEqual(seen.controller, expected.controller);
      assert.deepEqual(seen.links, [
        ['mailto:', 'dpo@ville.example.fr'],
        ['https:', 'https://ville.example.fr/dpo'],
        ['https:', 'www.cnil.fr'],
      ]);
      assert.deepEqual(seen.recipients, expected.recipients);
      assert.deepEqual(seen.cnil, ['CNIL', '3 place de Fontenoy', 'TSA 80715', '75334 Paris Cedex 07']);
      for (const piece of expected.text) assert.ok(seen.text.includes(piece), piece);
      await page.close();
    });
  }

  test('the English charter reflows at 320px: only the tables scroll, in their own region', async () => {
    const page = await open('en', 320);
    const seen = await page.evaluate(() => {
      const region = document.querySelector('[role="region"]');
      return {
        pageWidth: document.documentElement.scrollWidth,
        regionScrolls: region.scrollWidth > region.clientWidth,
        regionFocusable: region.tabIndex === 0,
        regionLabel: document.getElementById(region.getAttribute('aria-labelledby'))?.textContent.trim(),
        headers: [...document.querySelectorAll('thead th')].slice(0, 5).map((th) => th.textContent.trim()),
        heading: document.querySelector('h2').textContent.trim(),
        revision: document.querySelector('.ods-cc-revision').textContent.replace(/\s+/g, ' ').trim(),
      };
    });
    assert.ok(seen.pageWidth <= 320, `the page is ${seen.pageWidth}px wide`);
    assert.equal(seen.regionScrolls, true);
    assert.equal(seen.regionFocusable, true);
    assert.equal(seen.regionLabel, 'Essential');
    assert.deepEqual(seen.headers, ['Provider', 'Service and location', 'Cookie name', 'Purposes', 'Retention period']);
    assert.equal(seen.heading, 'What is a cookie?');
    assert.equal(seen.revision, 'Version 3 of this policy, last updated on 1 March 2025.');
    await page.close();
  });
});
