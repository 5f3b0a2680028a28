// What the end-to-end tests share: Debian's Chromium, started the way this machine needs, and
// pages served from memory beside the repository's files.
import puppeteer from 'puppeteer-core';

/**
 * Headless Chromium (CHROME_PATH or /usr/bin/chromium), quiet on a network that refuses.
 * `args` are added to the flags this machine needs; other options go to puppeteer as they are.
 */
export function launchChromium({args = [], ...options} = {}) {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', ...args],
    ...options,
  });
}

/** Routes for `startStaticServer` that serve the given pages (path → HTML) from memory. */
export function htmlRoutes(pages) {
  const routes = {'/favicon.ico': (req, res) => res.writeHead(204).end()};
  for (const [path, html] of Object.entries(pages)) {
    routes[path] = (req, res) => {
      res.writeHead(200, {'content-type': 'text/html; charset=utf-8'});
      res.end(html);
    };
  }
  return routes;
}
