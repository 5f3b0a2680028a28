// `npm start`: serves the demo page (the seed's Opendatasoft charter, the banner and the
// charter) with the browser bundle built by rollup, and prints its address.
import {fileURLToPath} from 'node:url';
import {startStaticServer} from './static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const wanted = Number(process.env.PORT ?? 8000);

let started;
try {
  started = await startStaticServer({root, host: '127.0.0.1', port: wanted});
} catch (error) {
  if (error.code !== 'EADDRINUSE') throw error;
  started = await startStaticServer({root, host: '127.0.0.1', port: 0});
}
console.log(`\nDemo: ${started.url}/demo/  (English: ${started.url}/demo/?lang=en)\nPress Ctrl+C to stop.\n`);
