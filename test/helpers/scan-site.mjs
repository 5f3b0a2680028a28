// The loopback site the scan tests use: the repository's files (the bundle, the fixtures,
// vanilla-cookieconsent) under any host name, and the trackers of test/fixtures/scan/*.html.
// Chromium maps every *.test name to 127.0.0.1, so a page of www.site.test can call a
// third party at tracker.other.test, another site, as a real page calls its trackers.
import {startStaticServer} from '../../scripts/static-server.mjs';

const respond =
  (headers, body = '') =>
  (req, res) => {
    res.writeHead(200, {'cache-control': 'no-store', ...headers});
    res.end(body);
  };
const PIXEL = {'content-type': 'image/gif', 'access-control-allow-origin': '*'};

/** Starts the site; resolves to `{site, port, browserArgs, close()}`. */
export async function startScanSite(root) {
  const routes = {
    // A third-party cookie: HttpOnly, SameSite=None (so Secure; see browserArgs).
    '/t/px': respond({...PIXEL, 'set-cookie': 'tp_id=7f3a; Max-Age=2592000; Path=/; SameSite=None; Secure; HttpOnly'}),
    '/t/uid': respond({...PIXEL, 'set-cookie': 'uid=42; Max-Age=86400; Path=/; SameSite=None; Secure; HttpOnly'}),
  };
  const {server, url} = await startStaticServer({root, routes});
  const port = new URL(url).port;
  return {
    port,
    site: `http://www.site.test:${port}`,
    browserArgs: [
      '--host-resolver-rules=MAP *.test 127.0.0.1',
      // SameSite=None needs Secure, which Chromium accepts over http for the origins named here.
      `--unsafely-treat-insecure-origin-as-secure=http://tracker.other.test:${port},http://www.site.test:${port}`,
    ],
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
