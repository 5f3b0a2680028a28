// The browser bundle's stand-in for the @lit/localize runtime (src/bundle/localize.ts): the
// messages as the elements use them, and the switch of texts that ./localization.ts makes.
import {expect} from '@open-wc/testing';
import {msg, status, str, useTemplates} from '../../src/bundle/localize.js';

describe('bundle localize stand-in', () => {
  afterEach(() => useTemplates(undefined));

  const plain = () => msg('Bonjour', {id: 'x.plain'});
  const values = () => msg(str`Premier ${'a'}, second ${2}.`, {id: 'x.values'});

  it('gives the source texts before any switch, values in their order', () => {
    expect(plain()).to.equal('Bonjour');
    expect(values()).to.equal('Premier a, second 2.');
    expect(msg('Absent', {id: 'x.absent'})).to.equal('Absent');
  });

  it('translates with the texts in use, a translation taking the values in its own order', () => {
    useTemplates({'x.plain': 'Hello', 'x.values': str`Second ${1}, first ${0}.`});
    expect(plain()).to.equal('Hello');
    expect(values()).to.equal('Second 2, first a.');
    expect(msg('Absent', {id: 'x.absent'}), 'a message without translation stays in French').to.equal('Absent');
    useTemplates(undefined);
    expect(plain(), 'back to the source texts').to.equal('Bonjour');
  });

  it('announces with the event @lit/localize dispatches', () => {
    const seen: unknown[] = [];
    const record = (e: Event) => seen.push((e as CustomEvent).detail);
    window.addEventListener('lit-localize-status', record);
    status({status: 'ready', readyLocale: 'en'});
    window.removeEventListener('lit-localize-status', record);
    expect(seen).to.deep.equal([{status: 'ready', readyLocale: 'en'}]);
  });
});
