import {existsSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {StorybookConfig} from '@storybook/web-components-vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// The standalone pages (strict CSP) load the browser bundle exactly as a site would; it is
// published next to them when it has been built (`npm run build:bundle`).
const staticDirs: StorybookConfig['staticDirs'] = [{from: '../stories/pages/static', to: '/pages'}];
if (existsSync(join(root, 'dist/cookie-elements.js'))) staticDirs.push({from: '../dist', to: '/pages/dist'});

/**
 * package.json's `sideEffects` lists the built define modules (lib/, dist/) but not their
 * sources, so a production build of Storybook drops `import '../src/define.js'` as pure and
 * no element gets registered. Until package.json lists `./src/define.ts` and
 * `./src/*\/define.ts` too, this marks the define modules as having side effects.
 */
function keepDefineModules() {
  const defineModule = /[\\/]src[\\/](?:[^\\/]+[\\/])?define\.ts$/;
  return {
    name: 'cookie-elements:keep-define-modules',
    transform(code: string, id: string) {
      return defineModule.test(id) ? {code, map: null, moduleSideEffects: true} : null;
    },
  };
}

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: {name: '@storybook/web-components-vite', options: {}},
  staticDirs,
  core: {
    // This machine (and the CI) has no outbound network: never phone home.
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  async viteFinal(viteConfig) {
    const {mergeConfig} = await import('vite');
    return mergeConfig(viteConfig, {
      plugins: [keepDefineModules()],
      // Without it Vite pre-bundles a second copy of lit-html for @storybook/web-components,
      // and templates from one copy are not understood by the other.
      optimizeDeps: {include: ['lit', 'lit/directive-helpers.js', '@lit/localize']},
    });
  },
};

export default config;
