// Browser tests: TypeScript compiled by esbuild, run in Debian's Chromium (no browser download).
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Test host names (for parent-domain cookies) resolve to this machine.
  '--host-resolver-rules=MAP *.cookie.test 127.0.0.1',
];

export default {
  files: ['test/**/*.test.ts', '!test/e2e/**'],
  nodeResolve: {exportConditions: ['development']},
  plugins: [esbuildPlugin({ts: true, tsconfig: 'tsconfig.json', target: 'es2021'})],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        headless: true,
        args: chromiumArgs,
      },
    }),
  ],
  concurrency: 1,
  testsFinishTimeout: 300000,
  testFramework: {config: {timeout: 10000}},
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="fr">
      <head><meta charset="utf-8"></head>
      <body><script type="module" src="${testFramework}"></script></body>
    </html>`,
};
