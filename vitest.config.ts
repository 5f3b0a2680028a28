// Story tests: every story is rendered in Chromium (vitest browser mode through Playwright),
// its play function runs, then axe checks it; a violation fails the test
// (`parameters.a11y.test = 'error'` in .storybook/preview.ts). The stories run twice, once
// per page language, because the texts (and their length, their lang attributes) differ.
import {realpathSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vitest/config';
import {storybookTest} from '@storybook/addon-vitest/vitest-plugin';
import {playwright} from '@vitest/browser-playwright';
import {CHROMIUM_FLAGS, CHROMIUM_PATH} from './test/helpers/chromium-flags.mjs';

const here = dirname(fileURLToPath(import.meta.url));

// No browser download on this machine kind: Debian's Chromium, with the flags it needs to run
// as root and to keep quiet on a network that refuses outbound connections.
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_FLAGS,
    },
  }),
  instances: [{browser: 'chromium' as const}],
});

const storyProject = (name: string, locale: 'fr' | 'en') => ({
  extends: true as const,
  plugins: [storybookTest({configDir: join(here, '.storybook'), initialGlobals: {locale}})],
  // A browser object per project: vitest names its instances in place.
  test: {name, browser: browser()},
});

export default defineConfig({
  // node_modules may be a symlink out of the project (a git worktree sharing another checkout's
  // install): let Vite serve files from where it really is.
  server: {fs: {allow: [here, realpathSync(join(here, 'node_modules'))]}},
  test: {
    projects: [storyProject('storybook', 'fr'), storyProject('storybook-en', 'en')],
  },
});
