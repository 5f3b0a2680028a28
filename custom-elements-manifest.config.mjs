// `cem analyze` reads this: the manifest documents the sources of the two elements only.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/bundle.ts', 'src/bundle/**', 'src/standalone.ts'],
  outdir: '.',
  litelement: true,
};
