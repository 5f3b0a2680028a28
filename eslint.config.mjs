// Lint: TypeScript (typescript-eslint, type-aware rules off: tsc checks types), Lit templates
// (eslint-plugin-lit), their accessibility (eslint-plugin-lit-a11y) and custom-element habits
// (eslint-plugin-wc). Formatting is prettier's (`npm run format`), not a lint rule.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'lib/',
      'storybook-static/',
      'node_modules/',
      'tmp/',
      'src/generated/',
      'bench/results/',
      'coverage/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  litA11y.configs.recommended,
  // Scripts, tests and bench run in Node, in the browser, or both (puppeteer's page functions).
  {languageOptions: {globals: {...globals.browser, ...globals.node}}},
  // TypeScript checks names itself.
  {files: ['**/*.ts'], rules: {'no-undef': 'off'}},
  {
    rules: {
      // A parameter kept for its position (an interface's signature) starts with `_`.
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
      // role="list" on a <ul> is deliberate: Safari drops list semantics under list-style: none.
      'lit-a11y/no-redundant-role': 'off',
    },
  },
  {
    // A native checkbox with role="switch" takes its state from `checked`: ARIA in HTML forbids
    // an aria-checked beside it, which this rule asks for.
    files: ['src/cookie-consent/preferences.ts'],
    rules: {'lit-a11y/role-has-required-aria-attrs': 'off'},
  },
  // Chai's property assertions (`expect(x).to.exist`) are expressions.
  {files: ['test/**', 'stories/**'], rules: {'@typescript-eslint/no-unused-expressions': 'off'}}
);
