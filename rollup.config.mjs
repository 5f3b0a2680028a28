// Builds the self-contained browser bundle named by package.json's `unpkg` field:
// one ES module entry (lit included, no bare imports) plus the chunks it loads on demand,
// and the standalone charter page (standalone.html + its script and stylesheet).
import {readFileSync, rmSync} from 'node:fs';
import {dirname, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

/** Why: the standalone page's HTML and CSS are not modules; they are copied beside its script. */
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

/** Why: chunks of earlier builds would pile up in dist/ and be published; it empties dist/ first. */
function cleanDist() {
  return {
    name: 'clean-dist',
    buildStart() {
      rmSync(new URL('dist', import.meta.url), {recursive: true, force: true});
    },
  };
}

/**
 * Why: the @lit/localize runtime is several times what the elements use of it. The bundle
 * carries src/bundle/localize.ts instead (the same API for what the elements use), and
 * src/bundle/localization.ts instead of the elements' setup of @lit/localize, which the
 * stand-in does not need. The npm entry points keep @lit/localize.
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

const plugins = () => [
  slimLocalize(),
  // The `html` and `css` templates' whitespace and comments, by a maintained minifier that
  // parses them (HTML with html-minifier-next, CSS with lightningcss); a template it cannot
  // parse fails the build rather than ship unminified.
  minifyHTML({include: ['src/**/*.ts'], failOnError: true}),
  nodeResolve({browser: true, exportConditions: ['production']}),
  esbuild({tsconfig: 'tsconfig.build.json', target: 'es2022', minify: false}),
  terser({
    ecma: 2022,
    module: true,
    format: {comments: false},
    compress: {passes: 2},
    // No property renaming: a renamed member can take the name of one of Lit's own minified
    // members and replace it (the charter once recursed forever for returning visitors).
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
  {
    // Why: Consent Mode's default must precede a tag in the <head>, which a module cannot do.
    // A classic script without imports, for a plain <script src> before the tag's snippet.
    input: 'src/consent-mode.ts',
    output: {file: 'dist/consent-mode.js', format: 'iife', sourcemap: 'hidden'},
    plugins: plugins(),
  },
];
