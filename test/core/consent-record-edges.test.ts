// Edge cases of the cookie codec and the consent id that its compact code must keep handling
// the same way (see decodeRecord: checks joined in one expression, `try` around everything).
import {expect} from '@open-wc/testing';
import {decodeRecord, encodeRecord, randomId, uniformConsent} from '../../src/core/consent-record.js';
import {defaultConfig} from '../../src/core/config.js';

const NOW = Date.UTC(2026, 0, 15, 12, 0, 0);
const enc = (o: unknown) => encodeURIComponent(JSON.stringify(o));
const good = {v: 1, t: NOW, r: 1, id: '6f1c2b0e-8a4d', l: 'fr', c: {statistics: 1}};

describe('consent cookie codec, edge cases', () => {
  const refused: Array<[string, string]> = [
    ['a date as a numeric string', enc({...good, t: String(NOW)})],
    ['a date of 0', enc({...good, t: 0})],
    ['an infinite date', enc(good).replace(String(NOW), '1e999')],
    ['a revision as a string', enc({...good, r: '1'})],
    ['an id as an array', enc({...good, id: ['6f1c2b0e-8a4d']})],
    ['an id as a number', enc({...good, id: 123456789})],
    ['a language as an array', enc({...good, l: ['fr']})],
    ['consent as a string', enc({...good, c: ''})],
    ['consent as a number', enc({...good, c: 5})],
    ['consent as null', enc({...good, c: null})],
    ['no consent', enc({...good, c: undefined})],
    ['a JSON string', enc('{"v":1}')],
    ['a JSON number', enc(1)],
    ['a record inside an array', enc([good])],
    ['an empty category key', enc({...good, c: {'': 1}})],
    ['a value of 2049 characters', enc({...good, pad: 'x'.repeat(2049)}).slice(0, 2049)],
  ];
  for (const [label, value] of refused) {
    it(`refuses ${label}`, () => expect(decodeRecord(value, NOW)).to.equal(null));
  }

  it('refuses values of the wrong type without throwing', () => {
    for (const value of [5, {}, [], true] as unknown as string[]) expect(decodeRecord(value, NOW)).to.equal(null);
  });

  it('accepts a date up to a day ahead, and an empty consent map', () => {
    const ahead = decodeRecord(enc({...good, t: NOW + 86400 * 1000, c: {}}), NOW);
    expect(ahead).to.deep.equal({timestamp: NOW + 86400 * 1000, revision: 1, id: good.id, lang: 'fr', consent: {}});
    expect(decodeRecord(enc({...good, t: NOW + 86400 * 1000 + 1}), NOW)).to.equal(null);
  });

  it('accepts a value of 2048 characters', () => {
    const base = enc({...good, pad: ''});
    const value = enc({...good, pad: 'x'.repeat(2048 - base.length)});
    expect(value.length).to.equal(2048);
    expect(decodeRecord(value, NOW)?.id).to.equal(good.id);
  });

  it('keeps a category named like an Object method as an own state', () => {
    const record = decodeRecord(enc({...good, c: {constructor: 1, toString: 0}}), NOW);
    expect(Object.keys(record!.consent)).to.deep.equal(['constructor', 'toString']);
    expect(record!.consent.constructor).to.equal(true);
    expect(record!.consent.toString).to.equal(false);
    expect(Object.getPrototypeOf(record!.consent)).to.equal(Object.prototype);
  });

  it('round-trips the states in their order, 0 and 1 in the cookie', () => {
    const consent = {b: false, a: true};
    const value = encodeRecord({timestamp: NOW, revision: 0, id: good.id, lang: 'en', consent});
    expect(JSON.parse(decodeURIComponent(value)).c).to.deep.equal({b: 0, a: 1});
    expect(Object.keys(decodeRecord(value, NOW)!.consent)).to.deep.equal(['b', 'a']);
  });

  it('gives required categories true in a uniform map', () => {
    expect(uniformConsent(defaultConfig(), false)).to.deep.equal({
      necessary: true,
      statistics: false,
      'third-party': false,
    });
    expect(Object.values(uniformConsent(defaultConfig(), true))).to.deep.equal([true, true, true]);
  });
});

describe('randomId without crypto.getRandomValues', () => {
  it('still makes distinct UUID-shaped ids', () => {
    const crypto = Object.getOwnPropertyDescriptor(globalThis, 'crypto')!;
    Object.defineProperty(globalThis, 'crypto', {value: undefined, configurable: true});
    try {
      const ids = new Set(Array.from({length: 50}, () => randomId()));
      expect(ids.size).to.equal(50);
      for (const id of ids)
        expect(id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    } finally {
      Object.defineProperty(globalThis, 'crypto', crypto);
    }
  });
});
