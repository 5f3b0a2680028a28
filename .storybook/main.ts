import {existsSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {StorybookConfig} from '@storybook/web-components-vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// The standalone pages (strict CSP) load the browser bundle exactly as a site would; it is
// published next to them when it has been built (`npm run build:bundle`).
const staticDirs: StorybookConfig['staticDirs'] = [{from: '../stories/pages/static', to: '/pages'}];
if (existsSync(join(root, 'dist/cookie-elements.js'))) staticDirs.push({from: '../dist', to: '/pages/dist'});

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
      // Without it Vite pre-bundles a second copy of lit-html for @storybook/web-components,
      // and templates from one copy are not understood by the other.
      optimizeDeps: {include: ['lit', 'lit/directive-helpers.js', '@lit/localize']},
    });
  },
};

export default config;
