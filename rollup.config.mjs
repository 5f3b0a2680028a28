// Builds the self-contained browser bundle named by package.json's `unpkg` field:
// one ES module entry (lit included, no bare imports) plus the chunks it loads on demand,
// and the standalone charter page (standalone.html + its script and stylesheet).
import {readFileSync, rmSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';

/** Copies the standalone page's static files next to the bundle. */
function standalonePage() {
  return {
    name: 'standalone-page',
    generateBundle() {
      for (const file of ['standalone.html', 'standalone.css']) {
        this.emitFile({type: 'asset', fileName: file, source: readFileSync(new URL(`src/standalone/${file}`, import.meta.url))});
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
 * The bundle carries src/bundle/localize.ts instead of the @lit/localize runtime: the same API
 * for what the elements use, a fraction of its size (the npm entry points keep @lit/localize).
 */
function slimLocalize() {
  const file = fileURLToPath(new URL('src/bundle/localize.ts', import.meta.url));
  return {
    name: 'slim-localize',
    resolveId: (source) => (source === '@lit/localize' ? file : null),
  };
}

const plugins = () => [
  slimLocalize(),
  nodeResolve({browser: true, exportConditions: ['production']}),
  esbuild({tsconfig: 'tsconfig.build.json', target: 'es2021', minify: false}),
  terser({ecma: 2021, module: true, format: {comments: false}, compress: {passes: 2}}),
];

// Two builds, so that the bundle stays one self-contained module whatever the page needs.
export default [
  {
    input: {'cookie-elements': 'src/bundle.ts'},
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      // A chunk named after its module; `define` modules after their element's folder.
      chunkFileNames: ({name, facadeModuleId}) =>
        `chunks/${name === 'define' && facadeModuleId ? facadeModuleId.split(/[\\/]/).at(-2) : name}-[hash].js`,
      sourcemap: true,
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
      chunkFileNames: 'chunks/standalone-[name]-[hash].js',
      sourcemap: true,
    },
    plugins: [...plugins(), standalonePage()],
  },
];
