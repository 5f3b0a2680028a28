// Regenerates the README's screenshots from the demo page: `node scripts/screenshot.mjs`.
// Needs the browser bundle (`npm run build:bundle`) and Chromium (CHROME_PATH or /usr/bin/chromium).
import {fileURLToPath} from 'node:url';
import {mkdir} from 'node:fs/promises';
import {launchChromium} from '../test/helpers/chromium.mjs';
import {startStaticServer} from './static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = fileURLToPath(new URL('../docs/', import.meta.url));
await mkdir(out, {recursive: true});
const {server, url} = await startStaticServer({root});
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.setViewport({width: 1100, height: 760});
  await page.goto(`${url}/demo/`, {waitUntil: 'networkidle0'});
  await page.waitForSelector('cookie-consent >>> [part~="banner"]');
  await page.screenshot({path: `${out}banner.png`});
  await page.click('cookie-consent >>> [part~="customize-button"]');
  await page.waitForSelector('cookie-consent >>> dialog[open]');
  await page.screenshot({path: `${out}preferences.png`});
  console.log(`Wrote ${out}banner.png and ${out}preferences.png`);
} finally {
  await browser.close();
  server.close();
}
