#!/usr/bin/env node
// The `cookie-charter` command. `scan` checks what a site really stores against its
// configuration (bin/scan/, loaded only for that command). `export` turns a configuration into pasteable HTML (one file
// per language) and one CSS file, for pages that allow no script, such as Opendatasoft portal
// pages. It renders the element's own templates and styles (from the compiled `lib/`, produced
// by `npm run build:lib`), so the pasted charter says and looks exactly what the element does.
import {realpathSync} from 'node:fs';
import {mkdir, readFile, stat, writeFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import {resolve, join} from 'node:path';
import {parseArgs} from 'node:util';

const USAGE = `Usage:
  cookie-charter export [--config <file.json>] [--lang fr|en|de|es|it|nl]... --out <dir>
                        [--heading-level 1-5] [--with-title] [--prefix ods-cc-] [--force] [--strict]

  Writes <dir>/cookie-charter.<lang>.html (an HTML fragment without script, to paste in a
  page's HTML) and <dir>/cookie-charter.css (to paste in the page's CSS).
  --config         the JSON configuration (default: the built-in Opendatasoft charter)
  --lang           a language to export: fr, en, de, es, it or nl; repeat it or separate
                   with commas (default: every one of them)
  --heading-level  level of the top headings (default 2)
  --with-title     start with the charter's own title ("Charte cookies")
  --prefix         prefix of every class name (default "ods-cc-")
  --force          export even when the configuration has errors (its valid parts only)
  --strict         write nothing and exit with 1 when there is any warning (such as a
                   configuration without "controller", or errors exported with --force)
  --help           this text

  cookie-charter digest [--config <file.json>] [--json]
  Prints the digest of the declaration (sha256:…): what visitors consent to, without the
  texts. Keep it, dated, with each version of the configuration; proofs of consent carry it.
  --json           prints {"digest", "revision", "declaration"} (the JSON that was digested)

  cookie-charter scan <url>... [--config <file.json>] [--pages <n>] [--out <dir>] [--json]
                      [--fail-on violation|undeclared|never]
  Checks every cookie and storage key the pages set, before any action, after "reject all"
  and after "accept all", against the configuration ("cookie-charter scan --help").`;

const LANGS = ['fr', 'en', 'de', 'es', 'it', 'nl'];

/**
 * Lit's hydration markers are comments, and `<?>` closes a template that ends with an
 * expression (a browser reads it as a comment; a page editor's sanitiser may show it as text):
 * the pasted HTML needs none of them. No text of a configuration can make them, since its `<`
 * is escaped.
 */
export function stripLitMarkers(htmlText) {
  return htmlText
    .replace(/<!--\/?lit-(?:part|node)[^>]*-->/g, '')
    .replace(/<\?lit\$[^>]*\?>|<\?>/g, '')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{2,}/g, '\n');
}

/**
 * Writes every brace as a character reference (the browser shows the same brace), so that the
 * raw HTML holds no `{{ }}` for a template engine that reads it as text. It does not stop
 * AngularJS, which reads the page after the browser has decoded the references: the root's
 * `ng-non-bindable` does. The fragment holds no CSS or script, so every brace is text or an
 * attribute value.
 */
export function escapeBraces(htmlText) {
  return htmlText.replace(/\{/g, '&#123;').replace(/\}/g, '&#125;');
}

async function loadLib() {
  const lib = new URL('../lib/', import.meta.url);
  try {
    const [template, styles, config, localize, ssr, result, versions, digest] = await Promise.all([
      import(new URL('cookie-charter/charter-template.js', lib).href),
      import(new URL('cookie-charter/cookie-charter.styles.js', lib).href),
      import(new URL('core/config.js', lib).href),
      import('@lit/localize'),
      import('@lit-labs/ssr'),
      import('@lit-labs/ssr/lib/render-result.js'),
      import(new URL('cookie-charter/charter-history.js', lib).href),
      import(new URL('core/digest.js', lib).href),
    ]);
    const codes = await import(new URL('generated/locale-codes.js', lib).href);
    const [services, {catalogue}] = await Promise.all([
      import(new URL('core/services.js', lib).href),
      import(new URL('catalogue/catalogue.js', lib).href),
    ]);
    return {template, styles, config, localize, ssr, result, codes, lib, services, catalogue, versions, digest};
  } catch (error) {
    if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('/lib/')) {
      throw new UsageError('the compiled library is missing: run "npm run build:lib" first');
    }
    throw error;
  }
}

class UsageError extends Error {}
/** A failure of the command that is not a mistake of its line (a file it cannot write): one line, exit code 1. */
class CommandError extends Error {}

/**
 * A configuration file's text without the UTF-8 byte-order mark some editors write first: the
 * browser drops it when it reads a `src` file, so the command does too.
 */
export function stripBom(text) {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const HELP_HINT = '(see "cookie-charter --help")';

/** The options of `export`, read strictly: a mistake is one usage error line. */
function parseExportArgs(args) {
  return parseOptions(args, {
    config: {type: 'string'},
    lang: {type: 'string', multiple: true},
    out: {type: 'string'},
    'heading-level': {type: 'string', default: '2'},
    'with-title': {type: 'boolean', default: false},
    prefix: {type: 'string', default: 'ods-cc-'},
    force: {type: 'boolean', default: false},
    strict: {type: 'boolean', default: false},
    help: {type: 'boolean', short: 'h', default: false},
  });
}

/** A command's options, read strictly: a mistake is one usage error line. */
function parseOptions(args, options) {
  try {
    return parseArgs({args, options, strict: true}).values;
  } catch (error) {
    // parseArgs says which option is unknown, lacks its value or takes none.
    const quoted = /'([^']*)'/.exec(String(error.message))?.[1];
    const message =
      error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
        ? `unknown option ${quoted}`
        : error.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL'
          ? `unexpected argument "${quoted}"`
          : String(error.message).split('\n')[0];
    throw new UsageError(`${message} ${HELP_HINT}`);
  }
}

/** `--out` resolved, once it is known not to be a file (checked before any work). */
async function outPath(path) {
  const out = resolve(path);
  const existing = await stat(out).catch(() => null);
  if (existing && !existing.isDirectory()) throw new UsageError(`--out ${path} is a file, not a folder`);
  return out;
}

/** Creates the `--out` folder (and its parents); a path that cannot hold one is a usage error. */
async function makeOutFolder(out, path) {
  try {
    await mkdir(out, {recursive: true});
  } catch (error) {
    throw new UsageError(`cannot create the folder --out ${path} (${error.code ?? error.message})`);
  }
}

/**
 * A configuration file's text checked as the elements check it (services expanded, an
 * automatic revision made); the built-in configuration without a text. `warnings`: what the
 * configuration lacks (a controller, also for the built-in configuration, whose seed names none).
 */
function checkConfigText(lib, configText) {
  const {config, catalogue} = lib;
  if (configText === undefined) {
    const builtIn = config.defaultConfig();
    return {config: builtIn, issues: [], warnings: config.configWarnings(builtIn)};
  }
  let parsed;
  try {
    parsed = JSON.parse(stripBom(configText));
  } catch (error) {
    return {config: config.fallbackConfig(), issues: [{path: '(root)', message: `not valid JSON (${error.message})`}]};
  }
  return config.validateConfigWithServices(parsed, catalogue);
}

/**
 * Renders the charter for every language; returns the files to write (name → content) and the
 * warnings to print: the errors exported with `force`, and what the configuration lacks.
 */
export async function exportCharter({configText, configName, langs, headingLevel, withTitle, prefix, force}) {
  const lib = await loadLib();
  const {template, styles, config, localize, ssr, result, codes, versions, digest} = lib;
  const checked = checkConfigText(lib, configText);
  const warnings = [];
  if (checked.issues.length) {
    const report = config.describeIssues('cookie-charter', configName, checked.issues);
    if (!force) throw new UsageError(`${report}\nFix the configuration, or export its valid parts with --force.`);
    warnings.push(report);
  }
  if (checked.warnings?.length) warnings.push(config.describeWarnings('cookie-charter', configName, checked.warnings));

  // @lit/localize announces locale changes on `window`; Node has none, an EventTarget will do.
  if (typeof globalThis.window === 'undefined') globalThis.window = new EventTarget();
  const {setLocale} = localize.configureLocalization({
    sourceLocale: codes.sourceLocale,
    targetLocales: codes.targetLocales,
    loadLocale: (locale) => import(new URL(`generated/locales/${locale}.js`, lib.lib).href),
  });

  const files = {};
  const fingerprint = digest.declarationDigest(checked.config);
  for (const lang of langs) {
    await setLocale(lang);
    const view = template.charterTemplate({
      config: checked.config,
      lang,
      headingLevel: template.clampHeadingLevel(headingLevel),
      prefix,
      // Ids by language: a bilingual page may hold both fragments.
      idPrefix: `${prefix}${lang}-`,
      mode: 'static',
      faulty: checked.issues.length > 0,
      withTitle,
      // Always: the version in force and its declaration's digest, to keep with the export.
      versions: versions.versionsSection,
    });
    const rendered = stripLitMarkers(await result.collectResult(ssr.render(view)));
    const body = escapeBraces(rendered.trim());
    if (/<script/i.test(body)) throw new Error('refusing to write a fragment that holds a <script>');
    files[`cookie-charter.${lang}.html`] =
      `<!-- Cookie charter (${lang}), generated by "cookie-charter export". Paste it in the page's HTML.\n` +
      `     Declaration ${fingerprint}, revision ${checked.config.revision}. -->\n` +
      `<div class="${prefix}root" ng-non-bindable data-digest="${fingerprint}">\n${body}\n</div>\n`;
  }
  files['cookie-charter.css'] =
    `/* Cookie charter, generated by "cookie-charter export". Paste it in the page's CSS.\n` +
    `   Theme it with the --cookie-charter-* custom properties on .${prefix}root or any ancestor. */\n` +
    styles.charterCss(prefix).trim() +
    '\n';
  return {files, warnings};
}

async function main(argv) {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (command === 'scan') {
    const {scanCommand} = await import('./scan/cli.mjs');
    return scanCommand(rest);
  }
  if (command === 'digest') return digestCommand(rest);
  if (command !== 'export') throw new UsageError(`unknown command "${command}" ${HELP_HINT}`);
  const values = parseExportArgs(rest);
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.out) throw new UsageError(`--out <dir> is required ${HELP_HINT}`);
  const langs = [
    ...new Set(
      (values.lang ?? LANGS)
        .flatMap((l) => l.split(','))
        .map((l) => l.trim().toLowerCase())
        .filter(Boolean)
    ),
  ];
  if (!langs.length) throw new UsageError(`--lang needs a language: ${LANGS.join(', ')}`);
  const unknown = langs.filter((l) => !LANGS.includes(l));
  if (unknown.length) throw new UsageError(`unknown language "${unknown.join(', ')}": use ${LANGS.join(' or ')}`);
  if (!/^[a-z][a-z0-9-]*$/i.test(values.prefix)) throw new UsageError('--prefix must be letters, digits and "-"');
  const headingLevel = Number(values['heading-level']);
  if (!Number.isInteger(headingLevel) || headingLevel < 1 || headingLevel > 5) {
    throw new UsageError('--heading-level must be a whole number from 1 to 5');
  }
  let configText;
  if (values.config !== undefined) {
    try {
      configText = stripBom(await readFile(resolve(values.config), 'utf8'));
    } catch (error) {
      throw new UsageError(`cannot read --config ${values.config} (${error.code ?? error.message})`);
    }
  }
  const out = await outPath(values.out);
  const {files, warnings} = await exportCharter({
    configText,
    configName: values.config ?? 'built-in',
    langs,
    headingLevel,
    withTitle: values['with-title'],
    prefix: values.prefix,
    force: values.force,
  });
  // --strict: the warnings are the failure, and nothing is written. Otherwise they follow any
  // mistake of the command line (a usage error stays one line).
  if (values.strict && warnings.length) {
    for (const warning of warnings) console.error(warning);
    throw new CommandError('--strict: nothing written, the warnings above need fixing');
  }
  await makeOutFolder(out, values.out);
  for (const warning of warnings) console.error(warning);
  for (const [name, content] of Object.entries(files)) {
    try {
      await writeFile(join(out, name), content, 'utf8');
    } catch (error) {
      throw new CommandError(`cannot write ${join(out, name)} (${error.code ?? error.message})`);
    }
    console.log(`wrote ${join(out, name)}`);
  }
  return 0;
}

/**
 * `digest`: the declaration's digest of a configuration (the built-in one without --config), on
 * one line; `--json` adds the revision and the declaration that was digested. Every failure is
 * one line, exit code 2, a faulty configuration included: a digest of its valid parts would
 * name a declaration nobody wrote.
 */
export async function digestCommand(args) {
  const values = parseOptions(args, {
    config: {type: 'string'},
    json: {type: 'boolean', default: false},
    help: {type: 'boolean', short: 'h', default: false},
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  let configText;
  if (values.config !== undefined) {
    try {
      configText = await readFile(resolve(values.config), 'utf8');
    } catch (error) {
      throw new UsageError(`cannot read --config ${values.config} (${error.code ?? error.message})`);
    }
  }
  const lib = await loadLib();
  const checked = checkConfigText(lib, configText);
  if (checked.issues.length) {
    const [first] = checked.issues;
    const more = checked.issues.length > 1 ? ` (and ${checked.issues.length - 1} more)` : '';
    const where = JSON.stringify(values.config);
    throw new UsageError(`invalid configuration ${where}: ${first.path}: ${first.message}${more}`.replace(/\s+/g, ' '));
  }
  const fingerprint = lib.digest.declarationDigest(checked.config);
  if (!values.json) {
    console.log(fingerprint);
    return 0;
  }
  const declaration = lib.digest.declarationOf(checked.config);
  console.log(JSON.stringify({digest: fingerprint, revision: checked.config.revision, declaration}, null, 2));
  return 0;
}

/** Run as a command (also through npm's `node_modules/.bin` link), not imported by a test. */
function invokedDirectly() {
  try {
    return realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (invokedDirectly()) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      const known = error instanceof UsageError || error instanceof CommandError;
      console.error(`cookie-charter: ${known ? error.message : (error.stack ?? error)}`);
      process.exit(error instanceof UsageError ? 2 : 1);
    }
  );
}
