// The browser bundle's stand-in for the @lit/localize runtime (src/bundle/localize.ts): the
// messages, the locale switches and their `lit-localize-status` events, as the elements use them.
import {expect} from '@open-wc/testing';
import {configureLocalization, localized, msg, str} from '../../src/bundle/localize.js';

type Status = {status: string; [key: string]: unknown};

describe('bundle localize stand-in', () => {
  let events: Status[];
  const record = (e: Event) => events.push((e as CustomEvent).detail);
  beforeEach(() => {
    events = [];
    window.addEventListener('lit-localize-status', record);
  });
  afterEach(() => window.removeEventListener('lit-localize-status', record));

  let fail = false;
  let delay = 0;
  const {getLocale, setLocale} = configureLocalization({
    sourceLocale: 'fr',
    targetLocales: ['en'],
    loadLocale: async (locale) => {
      await new Promise((r) => setTimeout(r, delay));
      if (fail) throw new Error(`no ${locale}`);
      return {
        templates: {
          'x.plain': 'Hello',
          'x.values': str`Second ${1}, first ${0}.`,
        },
      };
    },
  });

  const plain = () => msg('Bonjour', {id: 'x.plain'});
  const values = () => msg(str`Premier ${'a'}, second ${2}.`, {id: 'x.values'});

  it('gives the source texts before any switch, values in their order', () => {
    expect(getLocale()).to.equal('fr');
    expect(plain()).to.equal('Bonjour');
    expect(values()).to.equal('Premier a, second 2.');
    expect(msg('Absent', {id: 'x.absent'})).to.equal('Absent');
  });

  it('loads a language, tells loading then ready, and translates', async () => {
    await setLocale('en');
    expect(events).to.deep.equal([
      {status: 'loading', loadingLocale: 'en'},
      {status: 'ready', readyLocale: 'en'},
    ]);
    expect(getLocale()).to.equal('en');
    expect(plain()).to.equal('Hello');
    expect(values()).to.equal('Second 2, first a.');
    expect(msg('Absent', {id: 'x.absent'})).to.equal('Absent');
  });

  it('does nothing for the language in use', async () => {
    await setLocale('en');
    expect(events).to.deep.equal([]);
  });

  it('goes back to the source language', async () => {
    await setLocale('fr');
    expect(events).to.deep.equal([
      {status: 'loading', loadingLocale: 'fr'},
      {status: 'ready', readyLocale: 'fr'},
    ]);
    expect(plain()).to.equal('Bonjour');
    expect(values()).to.equal('Premier a, second 2.');
  });

  it('keeps only the last of two quick requests', async () => {
    delay = 20;
    const first = setLocale('en');
    const second = setLocale('fr');
    await Promise.all([first, second]);
    delay = 0;
    expect(events).to.deep.equal([
      {status: 'loading', loadingLocale: 'en'},
      {status: 'loading', loadingLocale: 'fr'},
      {status: 'ready', readyLocale: 'fr'},
    ]);
    expect(getLocale()).to.equal('fr');
    expect(plain()).to.equal('Bonjour');
  });

  it('tells an error and rejects', async () => {
    fail = true;
    let error: unknown;
    await setLocale('en').catch((e) => (error = e));
    fail = false;
    expect(String(error)).to.equal('Error: no en');
    expect(events).to.deep.equal([
      {status: 'loading', loadingLocale: 'en'},
      {status: 'error', errorLocale: 'en', errorMessage: 'Error: no en'},
    ]);
    expect(getLocale()).to.equal('fr');
  });

  it('@localized() renders a connected host again once texts are ready', async () => {
    await setLocale('fr').catch(() => undefined);
    const controllers: Array<{hostConnected(): void; hostDisconnected(): void}> = [];
    let updates = 0;
    const host = {addController: (c: (typeof controllers)[0]) => controllers.push(c), requestUpdate: () => updates++};
    localized()({addInitializer: (init: (h: never) => void) => init(host as never)});
    controllers[0].hostConnected();
    await setLocale('en');
    expect(updates).to.equal(1);
    controllers[0].hostDisconnected();
    await setLocale('fr');
    expect(updates).to.equal(1);
  });
});
