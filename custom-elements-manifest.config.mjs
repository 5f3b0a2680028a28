// Settings of `cem analyze`: only the elements' sources are documented (not tests, stories,
// entry points or the generated locale modules), so the manifest is the same whoever runs it.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/bundle.ts', 'src/bundle/**', 'src/standalone.ts', 'src/consent-mode.ts'],
  litelement: true,
  outdir: '.',
  // package.json already names the manifest; do not let the analyzer rewrite it.
  packagejson: false,
  plugins: [
    {
      // The analyzer lists modules in the order the file system returns them, which differs
      // from one checkout to another: sort them, so that the manifest is the same everywhere.
      name: 'sort-modules',
      packageLinkPhase({customElementsManifest}) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};
