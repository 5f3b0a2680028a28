// A tiny static server on 127.0.0.1 for the benchmark pages: no compression (sizes are
// computed from the files), no caching, nothing outside the mounted folders.
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {extname, join, normalize, sep} from 'node:path';
import {TYPES as types} from '../scripts/static-server.mjs';

/**
 * Serves `mounts` (URL prefix → folder) and `pages` (URL path → HTML string).
 * Resolves to `{origin, close(), fileFor(url)}`; `fileFor` maps a served URL back to its file.
 */
export async function startServer({mounts, pages}) {
  const fileFor = (pathname) => {
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (!pathname.startsWith(prefix)) continue;
      const relative = normalize(decodeURIComponent(pathname.slice(prefix.length)));
      if (relative.startsWith('..') || relative.includes(`${sep}..${sep}`)) return null;
      return join(dir, relative);
    }
    return null;
  };
  const server = createServer(async (request, response) => {
    const {pathname} = new URL(request.url, 'http://127.0.0.1');
    const headers = {'Cache-Control': 'no-store'};
    if (pages[pathname] !== undefined) {
      response.writeHead(200, {...headers, 'Content-Type': types['.html']});
      return response.end(pages[pathname]);
    }
    const file = fileFor(pathname);
    if (file) {
      try {
        const body = await readFile(file);
        response.writeHead(200, {...headers, 'Content-Type': types[extname(file)] ?? 'application/octet-stream'});
        return response.end(body);
      } catch {
        // fall through to 404
      }
    }
    response.writeHead(404, headers);
    response.end('not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    fileFor,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
