import {expect} from '@open-wc/testing';
import {
  decodeRecord,
  encodeRecord,
  isRecordCurrent,
  normalizeConsent,
  randomId,
  type ConsentRecord,
} from '../../src/core/consent-record.js';
import {defaultConfig} from '../../src/core/config.js';

const NOW = Date.UTC(2026, 0, 15, 12, 0, 0);
const DAY = 86400 * 1000;

const record = (over: Partial<ConsentRecord> = {}): ConsentRecord => ({
  timestamp: NOW,
  revision: 2,
  id: '6f1c2b0e-8a4d-4c1e-9b7a-2f3d4e5f6a7b',
  lang: 'fr',
  consent: {necessary: true, statistics: true, 'third-party': false},
  ...over,
});

describe('consent cookie codec', () => {
  it('round-trips a decision', () => {
    const r = record();
    expect(decodeRecord(encodeRecord(r), NOW)).to.deep.equal(r);
  });

  it('writes a value that needs no quoting in a cookie', () => {
    expect(encodeRecord(record())).to.match(/^[A-Za-z0-9%._~!*'()-]+$/);
  });

  it('round-trips English and other revisions', () => {
    const r = record({lang: 'en', revision: 7});
    expect(decodeRecord(encodeRecord(r), NOW)).to.deep.equal(r);
  });

  it('keeps each language the elements speak', () => {
    for (const lang of ['fr', 'en', 'de', 'es', 'it', 'nl'] as const) {
      expect(decodeRecord(encodeRecord(record({lang})), NOW)?.lang).to.equal(lang);
    }
  });

  const enc = (o: unknown) => encodeURIComponent(JSON.stringify(o));
  const good = {v: 1, t: NOW, r: 1, id: '6f1c2b0e-8a4d', l: 'fr', c: {statistics: 1}};
  const corpus: Array<[string, string | null | undefined]> = [
    ['undefined', undefined],
    ['null', null],
    ['empty', ''],
    ['Opendatasoft-style value', 'accepted'],
    ['JSON true', 'true'],
    ['a number', '1'],
    ['broken percent-encoding', '%E0%A4%A'],
    ['truncated JSON', enc(good).slice(0, 30)],
    ['JSON array', enc([1, 2])],
    ['JSON null', enc(null)],
    ['another format version', enc({...good, v: 2})],
    ['no version', enc({...good, v: undefined})],
    ['string date', enc({...good, t: '2026-01-01'})],
    ['negative date', enc({...good, t: -5})],
    ['date far in the future', enc({...good, t: NOW + 30 * DAY})],
    ['fractional revision', enc({...good, r: 1.5})],
    ['negative revision', enc({...good, r: -1})],
    ['id with markup', enc({...good, id: '<img src=x onerror=alert(1)>'})],
    ['short id', enc({...good, id: 'abc'})],
    ['unknown language', enc({...good, l: 'pt'})],
    ['language with a region', enc({...good, l: 'de-AT'})],
    ['language in capitals', enc({...good, l: 'NL'})],
    ['states as booleans', enc({...good, c: {statistics: true}})],
    ['state 2', enc({...good, c: {statistics: 2}})],
    ['category with markup', enc({...good, c: {'<b>': 1}})],
    ['consent as array', enc({...good, c: [1]})],
    [
      'prototype pollution key',
      '%7B%22v%22%3A1%2C%22t%22%3A' +
        NOW +
        '%2C%22r%22%3A1%2C%22id%22%3A%226f1c2b0e-8a4d%22%2C%22l%22%3A%22fr%22%2C%22c%22%3A%7B%22__proto__%22%3A1%7D%7D',
    ],
    ['oversized value', enc({...good, c: Object.fromEntries(Array.from({length: 300}, (_, i) => [`c${i}`, 1]))})],
  ];
  for (const [label, value] of corpus) {
    it(`never trusts ${label}`, () => {
      expect(() => decodeRecord(value, NOW)).not.to.throw();
      expect(decodeRecord(value, NOW)).to.equal(null);
    });
  }

  it('does not let a crafted key reach the prototype', () => {
    decodeRecord(enc({...good, c: {constructor: 1}}), NOW);
    expect(({} as Record<string, unknown>).statistics).to.equal(undefined);
  });
});

describe('a stored decision stays current', () => {
  const config = defaultConfig();

  it('until just before 182 days', () => {
    const r = record({timestamp: NOW - 182 * DAY + 1000});
    expect(isRecordCurrent(r, config, NOW)).to.equal(true);
  });

  it('and no longer at 182 days', () => {
    const r = record({timestamp: NOW - 182 * DAY - 1000});
    expect(isRecordCurrent(r, config, NOW)).to.equal(false);
  });

  it('not after the revision changed', () => {
    expect(isRecordCurrent(record(), {...config, revision: 3}, NOW)).to.equal(false);
  });

  it('not when a category that asks for consent is missing', () => {
    const r = record({consent: {necessary: true, statistics: true}});
    expect(isRecordCurrent(r, config, NOW)).to.equal(false);
  });

  it('normalises a map: every category, required ones on, only true grants', () => {
    expect(normalizeConsent(config, {statistics: true, 'third-party': 'yes' as never, unknown: true})).to.deep.equal({
      necessary: true,
      statistics: true,
      'third-party': false,
    });
  });
});

describe('randomId', () => {
  it('makes distinct UUID-shaped ids', () => {
    const ids = new Set(Array.from({length: 50}, () => randomId()));
    expect(ids.size).to.equal(50);
    for (const id of ids) expect(id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
