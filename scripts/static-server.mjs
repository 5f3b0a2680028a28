// A small static file server for the demo, the end-to-end tests and the benchmark.
// It serves one folder, refuses paths outside it and never lists directories.
import {createServer} from 'node:http';
import {readFile, stat} from 'node:fs/promises';
import {extname, join, normalize, sep} from 'node:path';

export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xlf': 'application/xml; charset=utf-8',
};

/**
 * Starts a server on `host:port` (port 0: any free port) serving `root`.
 * `routes` maps a path to a handler `(req, res) => void` that takes over that path.
 * Resolves to `{server, url}`.
 */
export function startStaticServer({root, host = '127.0.0.1', port = 0, routes = {}}) {
  const base = normalize(root.endsWith(sep) ? root : root + sep);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (routes[path]) return routes[path](req, res);
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) return res.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        // Module scripts are fetched with CORS; a sandboxed (opaque-origin) test frame needs this.
        'access-control-allow-origin': '*',
      });
      res.end(body);
    } catch {
      res.writeHead(404, {'content-type': 'text/plain'}).end('Not found');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve({server, url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${address.port}`});
    });
  });
}
