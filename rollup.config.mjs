// Builds the self-contained browser bundle named by package.json's `unpkg` field:
// one ES module entry (lit included, no bare imports) plus the chunks it loads on demand.
import {nodeResolve} from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';

export default {
  input: {'cookie-elements': 'src/bundle.ts'},
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
  plugins: [
    nodeResolve({browser: true, exportConditions: ['production']}),
    esbuild({tsconfig: 'tsconfig.build.json', target: 'es2021', minify: false}),
    terser({ecma: 2021, module: true, format: {comments: false}, compress: {passes: 2}}),
  ],
  preserveEntrySignatures: 'allow-extension',
};
