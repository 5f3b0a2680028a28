// How Debian's Chromium is started on this machine kind, for every runner that starts one
// (web-test-runner, vitest for the story tests, puppeteer for the end-to-end tests and the
// bench): no browser is downloaded here.

/** Debian's Chromium, unless CHROME_PATH names another. */
export const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

/** As root (no sandbox), without a GPU, and quiet on a network that refuses outbound connections. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
