// A `src` whose server never answers: the fetch gives up after a timeout, and the fallback
// configuration stands (with a console error naming `src` and the timeout), so that the banner
// shows; an abort from a newer source still aborts silently. `fetch` is stubbed by a server
// that never answers; the timeout is shortened through readConfig's own argument.
import {expect} from '@open-wc/testing';
import {readConfig, SRC_TIMEOUT_MS, srcInput} from '../../src/core/config-load.js';

describe('a src that never answers', () => {
  const realFetch = window.fetch;
  const realError = console.error;
  let errors: unknown[][];
  let requests: AbortSignal[];

  beforeEach(() => {
    errors = [];
    requests = [];
    console.error = (...args: unknown[]) => errors.push(args);
    // As fetch does: pending until its signal aborts, then rejected with the signal's reason.
    window.fetch = (_input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        const signal = init!.signal!;
        requests.push(signal);
        if (signal.aborted) reject(signal.reason);
        signal.addEventListener('abort', () => reject(signal.reason));
      });
  });
  afterEach(() => {
    window.fetch = realFetch;
    console.error = realError;
  });

  it('waits about 8 s by default', () => {
    expect(SRC_TIMEOUT_MS).to.equal(8000);
  });

  it('gives the fallback configuration after the timeout, with an error naming src and the timeout', async () => {
    const element = document.createElement('cookie-consent');
    const loaded = await readConfig(element, undefined, '/hangs.json', new AbortController().signal, 50);
    expect(requests).to.have.length(1);
    expect(loaded!.source).to.equal('src');
    expect(loaded!.config.categories.map((c) => c.id)).to.deep.equal(['necessary', 'statistics', 'third-party']);
    expect(loaded!.issues.map((i) => i.message)).to.deep.equal([
      'could not fetch "/hangs.json" (no answer within 0.05 s)',
    ]);
    expect(errors).to.have.length(1);
    expect(String(errors[0].join(' ')))
      .to.contain('/hangs.json')
      .and.contain('no answer within 0.05 s');
  });

  it('an abort from a newer source still rejects with an AbortError, silently', async () => {
    const loading = new AbortController();
    const reading = srcInput('/hangs.json', loading.signal, 5000);
    loading.abort();
    let error: unknown;
    await reading.catch((e: unknown) => (error = e));
    expect((error as Error).name).to.equal('AbortError');
    expect(errors).to.deep.equal([]);
  });

  it('an abort before the call rejects too, without fetching anything that lasts', async () => {
    const loading = new AbortController();
    loading.abort();
    let error: unknown;
    await srcInput('/hangs.json', loading.signal, 5000).catch((e: unknown) => (error = e));
    expect((error as Error).name).to.equal('AbortError');
    expect(errors).to.deep.equal([]);
  });
});
