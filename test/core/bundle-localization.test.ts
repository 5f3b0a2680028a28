// The browser bundle's localization setup (src/bundle/localization.ts, which rollup puts in
// place of src/localization.ts): a language's texts load when an element asks for it, then
// @lit/localize's `lit-localize-status` "ready" event, and the last language asked for wins.
import {expect, waitUntil} from '@open-wc/testing';
import {msg} from '../../src/bundle/localize.js';
import {requestLocale} from '../../src/bundle/localization.js';

type Status = {status: string; [key: string]: unknown};

describe('bundle localization', () => {
  let events: Status[];
  const record = (e: Event) => events.push((e as CustomEvent).detail);
  beforeEach(() => {
    events = [];
    window.addEventListener('lit-localize-status', record);
  });
  afterEach(() => window.removeEventListener('lit-localize-status', record));

  const accept = () => msg('Tout accepter', {id: 'consent.acceptAll'});

  it('speaks French without loading anything, and asking for French again does nothing', () => {
    requestLocale('fr');
    expect(events).to.deep.equal([]);
    expect(accept()).to.equal('Tout accepter');
  });

  it('loads the English texts when asked, then announces them', async () => {
    requestLocale('en');
    expect(events).to.deep.equal([]);
    expect(accept(), 'French until the texts are there').to.equal('Tout accepter');
    await waitUntil(() => events.length === 1, 'the English texts are announced');
    expect(events).to.deep.equal([{status: 'ready', readyLocale: 'en'}]);
    expect(accept()).to.equal('Accept all');
    requestLocale('en');
    expect(events.length, 'the language in use is not loaded again').to.equal(1);
  });

  it('loads German, Spanish, Italian and Dutch each on first use', async () => {
    const accepts = {de: 'Alle akzeptieren', es: 'Aceptar todo', it: 'Accetta tutto', nl: 'Alles accepteren'};
    for (const [lang, text] of Object.entries(accepts) as Array<[keyof typeof accepts, string]>) {
      events = [];
      requestLocale(lang);
      await waitUntil(() => events.length === 1, `the ${lang} texts are announced`);
      expect(events).to.deep.equal([{status: 'ready', readyLocale: lang}]);
      expect(accept()).to.equal(text);
    }
  });

  it('lets the last language asked for win over one still loading', async () => {
    requestLocale('fr');
    await waitUntil(() => events.length === 1);
    expect(accept()).to.equal('Tout accepter');
    events = [];
    requestLocale('en');
    requestLocale('fr');
    await waitUntil(() => events.some((e) => e.status === 'ready'));
    await new Promise((r) => setTimeout(r, 50)); // the English texts arrive meanwhile
    expect(events, 'the English texts, arrived late, are not used').to.deep.equal([
      {status: 'ready', readyLocale: 'fr'},
    ]);
    expect(accept()).to.equal('Tout accepter');
  });
});
