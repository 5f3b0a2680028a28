// Settings of `cem analyze`: only the elements' sources are documented (not tests, stories,
// entry points or the generated locale modules), so the manifest is the same whoever runs it.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/bundle.ts', 'src/bundle/**', 'src/standalone.ts'],
  litelement: true,
  outdir: '.',
  // package.json already names the manifest; do not let the analyzer rewrite it.
  packagejson: false,
};
