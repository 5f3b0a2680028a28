// The scan's benchmark: `cookie-charter scan --pages 20` over a 20-page loopback site (each
// page with the banner, its configuration and a gated statistics tag, every page linking to
// every other), timed from the command's start (browser launch included) to its report.
// Run by bench/run.mjs, or alone: `node bench/scan.mjs [--runs N]`.
import {existsSync} from 'node:fs';
import {spawnSync} from 'node:child_process';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {startServer} from './server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SCAN_PAGES = 20;

const config = {
  site: {name: 'Portail de test'},
  categories: [
    {id: 'necessary', required: true, title: 'Nécessaires'},
    {id: 'statistics', title: 'Statistiques'},
  ],
  cookies: [
    {category: 'necessary', provider: 'Nous', name: 'cookies_preferences', purpose: 'Votre choix'},
    {category: 'statistics', provider: 'Matomo', name: '_pk_id.*', purpose: 'Mesure d’audience'},
  ],
};

function sitePage(i) {
  const links = Array.from({length: SCAN_PAGES}, (_, j) => `<a href="/site/page-${j + 1}.html">Page ${j + 1}</a>`);
  return `<!doctype html>
<html lang="fr">
  <head><meta charset="utf-8"><title>Page ${i}</title><link rel="icon" href="data:,">
    <script type="module" src="/dist/cookie-elements.js"></script></head>
  <body>
    <cookie-consent><script type="application/json">${JSON.stringify(config)}</script></cookie-consent>
    <main><h1>Page ${i}</h1><nav>${links.join(' ')}</nav></main>
    <script type="text/plain" data-cookie-category="statistics">
      document.cookie = '_pk_id.1.abcd=1; Max-Age=33696000; Path=/; SameSite=Lax';
    </script>
  </body>
</html>`;
}

/** Runs the scan `runs` times; resolves to the wall-clock times (ms) and what the last run saw. */
export async function benchScan({runs = 1} = {}) {
  if (!existsSync(join(root, 'lib/core/services.js'))) {
    spawnSync('npm', ['run', '--silent', 'build:lib'], {cwd: root, stdio: 'inherit'});
  }
  const {scan} = await import('../bin/scan/cli.mjs');
  const pages = {};
  for (let i = 1; i <= SCAN_PAGES; i++) pages[`/site/page-${i}.html`] = sitePage(i);
  const server = await startServer({mounts: {'/dist/': join(root, 'dist')}, pages});
  const times = [];
  let last;
  try {
    for (let run = 0; run < runs; run++) {
      const started = Date.now();
      last = await scan({urls: [`${server.origin}/site/page-1.html`], pages: SCAN_PAGES});
      times.push(Date.now() - started);
    }
  } finally {
    await server.close();
  }
  return {
    times,
    pages: last.report.pages.length,
    cookies: last.report.cookies.length,
    violations: last.report.violations,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const {values} = parseArgs({options: {runs: {type: 'string', default: '1'}}});
  const result = await benchScan({runs: Number(values.runs)});
  console.log(
    `scan --pages ${SCAN_PAGES}: ${result.times.map((t) => `${(t / 1000).toFixed(1)} s`).join(', ')} ` +
      `(${result.pages} pages, ${result.cookies} cookies, ${result.violations} violations)`
  );
}
