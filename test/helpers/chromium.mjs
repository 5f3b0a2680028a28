// What the end-to-end tests share: Debian's Chromium, started the way this machine needs, and
// pages served from memory beside the repository's files.
import puppeteer from 'puppeteer-core';
import {CHROMIUM_FLAGS, CHROMIUM_PATH} from './chromium-flags.mjs';

/**
 * Headless Chromium (CHROME_PATH or /usr/bin/chromium), quiet on a network that refuses.
 * `args` are added to the flags this machine needs; other options go to puppeteer as they are.
 */
export function launchChromium({args = [], ...options} = {}) {
  return puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_FLAGS, ...args],
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

/**
 * A plain page that loads only the browser bundle named by package.json's `unpkg`, then `body`:
 * what a site owner who pastes one script tag serves.
 */
export function bundlePage(body, {lang = 'fr', title = 'Page'} = {}) {
  return `<!doctype html>
<html lang="${lang}">
  <head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="data:,"><script type="module" src="/dist/cookie-elements.js"></script></head>
  <body><main><h1>${title}</h1><button id="outside">outside</button></main>${body}</body>
</html>`;
}

/**
 * Serves the repository (`root`) with `pages` (path → HTML) from memory, and starts Chromium.
 * Resolves to `{base, browser, close()}`.
 */
export async function startPages({root, pages = {}}) {
  const {startStaticServer} = await import('../../scripts/static-server.mjs');
  const {server, url} = await startStaticServer({root, routes: htmlRoutes(pages)});
  const browser = await launchChromium();
  return {
    base: url,
    browser,
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}
