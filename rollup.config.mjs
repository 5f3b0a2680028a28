// Builds the self-contained browser bundle named by package.json's `unpkg` field:
// one ES module entry (lit included, no bare imports) plus the chunks it loads on demand,
// and the standalone charter page (standalone.html + its script and stylesheet).
import {readFileSync, rmSync} from 'node:fs';
import {dirname, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import {privateNames} from './scripts/private-names.mjs';

/** Copies the standalone page's static files next to the bundle. */
function standalonePage() {
  return {
    name: 'standalone-page',
    generateBundle() {
      for (const file of ['standalone.html', 'standalone.css']) {
        this.emitFile({
          type: 'asset',
          fileName: file,
          source: readFileSync(new URL(`src/standalone/${file}`, import.meta.url)),
        });
      }
    },
  };
}

/** Empties dist/ before the first build, so that chunks of earlier builds do not pile up. */
function cleanDist() {
  return {
    name: 'clean-dist',
    buildStart() {
      rmSync(new URL('dist', import.meta.url), {recursive: true, force: true});
    },
  };
}

/**
 * The bundle carries src/bundle/localize.ts instead of the @lit/localize runtime (the same API
 * for what the elements use, a fraction of its size), and src/bundle/localization.ts instead
 * of the elements' setup of @lit/localize, which the stand-in does not need. The npm entry
 * points keep @lit/localize.
 */
function slimLocalize() {
  const stand = (path) => fileURLToPath(new URL(path, import.meta.url));
  const [runtime, setup, npmSetup] = [
    'src/bundle/localize.ts',
    'src/bundle/localization.ts',
    'src/localization.ts',
  ].map(stand);
  return {
    name: 'slim-localize',
    resolveId(source, importer) {
      if (source === '@lit/localize') return runtime;
      if (importer && source.startsWith('.') && resolve(dirname(importer), source.replace(/\.js$/, '.ts')) === npmSetup)
        return setup;
      return null;
    },
  };
}

/**
 * Squeezes the whitespace of the elements' `html` and `css` tagged templates (indentation,
 * line breaks, CSS comments): bytes every visitor would download for nothing. Only the static
 * parts change; a run of whitespace with a line break becomes one space in HTML (as the
 * browser renders it), and CSS loses the spaces and characters its syntax does not need.
 */
function squeezeTemplates() {
  const squeeze = {
    html: (part) => part.replace(/\s*\n\s*/g, ' '),
    css: (part, first, last) => {
      let out = part
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/ ?([{};,>/]) ?/g, '$1')
        .replace(/: /g, ':')
        // The last declaration of a block needs no `;`.
        .replace(/;}/g, '}')
        // `0.25rem` → `.25rem` (not after a digit, a letter or a dot: `10.5`, `a0.5` stay).
        .replace(/(^|[^\w.])0\.(\d)/g, '$1.$2')
        // `#ffffff` → `#fff`. The styles have no id selectors, whose names this could change.
        .replace(/#([\da-f])\1([\da-f])\2([\da-f])\3(?![\da-f])/gi, '#$1$2$3');
      // The spaces at the very start and end of the stylesheet (not those next to a `${}`).
      if (first) out = out.trimStart();
      if (last) out = out.trimEnd();
      return out;
    },
  };
  /** Index just after the `}` closing the expression that starts at `i` (after `${`). */
  function skipExpression(code, i) {
    let depth = 1;
    while (i < code.length) {
      const ch = code[i];
      if (ch === '`') i = skipTemplate(code, i + 1, null).end;
      else if (ch === '"' || ch === "'") {
        i++;
        while (i < code.length && code[i] !== ch) i += code[i] === '\\' ? 2 : 1;
        i++;
      } else {
        if (ch === '{') depth++;
        else if (ch === '}' && --depth === 0) return i + 1;
        i++;
      }
    }
    return i;
  }
  /** Walks a template literal whose body starts at `i`; squeezes its static parts when `kind` is set. */
  function skipTemplate(code, i, kind, edits = []) {
    const opening = i;
    let start = i;
    while (i < code.length) {
      const ch = code[i];
      if (ch === '\\') i += 2;
      else if (ch === '`') {
        if (kind) edits.push([start, i, kind, start === opening, true]);
        return {end: i + 1, edits};
      } else if (ch === '$' && code[i + 1] === '{') {
        if (kind) edits.push([start, i, kind, start === opening, false]);
        i = skipExpression(code, i + 2);
        start = i;
      } else i++;
    }
    return {end: i, edits};
  }
  return {
    name: 'squeeze-templates',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id)) return null;
      const edits = [];
      for (const match of code.matchAll(/\b(html|css)`/g)) {
        skipTemplate(code, match.index + match[0].length, match[1], edits);
      }
      if (!edits.length) return null;
      let out = '';
      let last = 0;
      for (const [from, to, kind, first, end] of edits.sort((a, b) => a[0] - b[0])) {
        if (from < last) continue;
        out += code.slice(last, from) + squeeze[kind](code.slice(from, to), first, end);
        last = to;
      }
      return {code: out + code.slice(last), map: null};
    },
  };
}

/**
 * Gives the messages short ids in the bundle: `msg('…', {id: 'consent.acceptAll'})` and the
 * same key of each generated locale module become `{id: 'b'}`. The ids are known from the
 * generated English module (every message is translated); the npm entry points keep theirs.
 */
function shortMessageIds() {
  const generated = fileURLToPath(new URL('src/generated/locales/en.ts', import.meta.url));
  const ids = [...readFileSync(generated, 'utf8').matchAll(/^\s*'([\w.-]+)':/gm)].map((m) => m[1]).sort();
  const short = new Map(ids.map((id, i) => [id, i.toString(36)]));
  const known = (id) => short.get(id) ?? id;
  return {
    name: 'short-message-ids',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id)) return null;
      const out = /[\\/]src[\\/]generated[\\/]locales[\\/]/.test(id)
        ? code.replace(/^(\s*)'([\w.-]+)':/gm, (_, space, key) => `${space}'${known(key)}':`)
        : code.replace(/\bid: '([\w.-]+)'/g, (match, key) => (short.has(key) ? `id: '${short.get(key)}'` : match));
      return out === code ? null : {code: out, map: null};
    },
  };
}

const plugins = () => [
  slimLocalize(),
  shortMessageIds(),
  squeezeTemplates(),
  nodeResolve({browser: true, exportConditions: ['production']}),
  esbuild({tsconfig: 'tsconfig.build.json', target: 'es2021', minify: false}),
  terser({
    ecma: 2021,
    module: true,
    format: {comments: false},
    compress: {passes: 2},
    // Private members get short names (about 130 B brotli off the banner's entry).
    mangle: {properties: {regex: new RegExp(`^(?:${privateNames('src').join('|')})$`)}},
  }),
];

// Two builds, so that the bundle stays one self-contained module whatever the page needs.
export default [
  {
    input: {'cookie-elements': 'src/bundle.ts'},
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      // A chunk named after its module; `define` modules after their element's folder. No
      // content hash: the bundle is served under a versioned path (unpkg, jsDelivr), and every
      // page would download the entry's references to hashes (about 40 B brotli).
      chunkFileNames: ({name, facadeModuleId}) =>
        `chunks/${name === 'define' && facadeModuleId ? facadeModuleId.split(/[\\/]/).at(-2) : name}.js`,
      // Maps are published beside the files, without the comment that points to them: every
      // page would download it (about 35 B brotli per file); devtools can load them by hand.
      sourcemap: 'hidden',
    },
    plugins: [cleanDist(), ...plugins()],
    preserveEntrySignatures: 'allow-extension',
  },
  {
    input: {standalone: 'src/standalone.ts'},
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/standalone-[name].js',
      sourcemap: 'hidden',
    },
    plugins: [...plugins(), standalonePage()],
  },
];
