import {expect} from '@open-wc/testing';
import {catalogue} from '../../src/catalogue/catalogue.js';
import {validateConfig, validateConfigWithServices} from '../../src/core/config.js';
import {declarationDigest, declarationOf, revisionOfDigest} from '../../src/core/digest.js';
import {changesSince, earlierDecision, newestFirst} from '../../src/core/history.js';
import {encodeRecord, type ConsentRecord} from '../../src/core/consent-record.js';
import type {ConsentConfig} from '../../src/core/types.js';
import {BUILT_IN_DIGEST, seedConfig, SEED_DIGEST} from '../fixtures/seed-config.mjs';

const checked = (input: unknown) => validateConfig(input).config;
const seed = () => structuredClone(seedConfig) as unknown as ConsentConfig;
const digestOf = (change: (config: ConsentConfig) => void) => {
  const config = seed();
  change(config);
  return declarationDigest(checked(config));
};

describe('the declaration digest', () => {
  it('is the documented value for the seed and for the built-in configuration (its purposes)', () => {
    expect(declarationDigest(checked(seedConfig))).to.equal(SEED_DIGEST);
    expect(declarationDigest(checked({}))).to.equal(BUILT_IN_DIGEST);
  });

  it('ignores texts, order, dates, the site and the consent cookie', () => {
    for (const change of [
      (c: ConsentConfig) => (c.categories[1].title = {fr: 'Mesure', en: 'Audience'}),
      (c: ConsentConfig) => (c.cookies[0].purpose = 'Autre chose'),
      (c: ConsentConfig) => (c.cookies[0].duration = '2 semaines'),
      (c: ConsentConfig) => c.cookies.reverse(),
      (c: ConsentConfig) => c.categories.reverse(),
      (c: ConsentConfig) => (c.updated = '2026-11-02'),
      (c: ConsentConfig) => (c.site = {name: 'Autre site'}),
      (c: ConsentConfig) => (c.revision = 9),
      (c: ConsentConfig) => (c.history = [{revision: 1, date: '2026-01-01', changes: 'x'}]),
    ]) {
      expect(digestOf(change), String(change)).to.equal(SEED_DIGEST);
    }
  });

  it('changes with what the visitor consents to', () => {
    const digests = [
      (c: ConsentConfig) => (c.categories[1].required = true),
      (c: ConsentConfig) => (c.categories[1].id = 'audience'),
      (c: ConsentConfig) =>
        c.cookies.push({category: 'statistics', provider: 'Matomo', name: '_pk_id.*', purpose: 'x'}),
      (c: ConsentConfig) => (c.cookies[0].provider = 'Autre prestataire'),
      (c: ConsentConfig) => (c.cookies[0].domain = 'example.fr'),
      (c: ConsentConfig) => (c.storage = [{category: 'statistics', storage: 'local', key: '_hj*'}]),
      (c: ConsentConfig) =>
        (c.integrations = {googleConsentMode: {enabled: true, mapping: {statistics: ['analytics_storage']}}}),
      (c: ConsentConfig) => (c.integrations = {matomo: {enabled: true, category: 'statistics'}}),
    ].map(digestOf);
    expect(new Set([SEED_DIGEST, ...digests]).size).to.equal(digests.length + 1);
    // A disabled integration asks nobody again.
    expect(digestOf((c) => (c.integrations = {matomo: {enabled: false}}))).to.equal(SEED_DIGEST);
  });

  it('counts the services of the catalogue named, even one that sets no cookie', () => {
    const categories = seedConfig.categories;
    const cookies = seedConfig.cookies;
    const without = validateConfigWithServices({categories, cookies}, catalogue).config;
    const withFonts = validateConfigWithServices(
      {categories, cookies, services: [{id: 'google-fonts', category: 'third-party'}]},
      catalogue
    ).config;
    expect(withFonts.services).to.deep.equal([{id: 'google-fonts', category: 'third-party'}]);
    expect(declarationOf(withFonts).services).to.deep.equal([{id: 'google-fonts', category: 'third-party'}]);
    expect(declarationDigest(withFonts)).to.not.equal(declarationDigest(without));
  });
});

describe('"revision": "auto"', () => {
  it('makes the revision from the digest: its first 13 hex digits, a safe integer', () => {
    const config = checked({...seedConfig, revision: 'auto'});
    expect(config.digest).to.equal(SEED_DIGEST);
    expect(config.revision).to.equal(parseInt(SEED_DIGEST.slice(7, 20), 16));
    expect(config.revision).to.equal(revisionOfDigest(SEED_DIGEST));
    expect(Number.isSafeInteger(config.revision)).to.equal(true);
    expect(checked({...seedConfig, revision: 2}).digest).to.equal(undefined);
  });

  it('refuses any other word, and keeps the built-in revision', () => {
    const {config, issues} = validateConfig({...seedConfig, revision: 'automatic'});
    expect(issues).to.deep.equal([{path: 'revision', message: 'must be a whole number, 0 or more, or "auto"'}]);
    expect(config.revision).to.equal(1);
  });
});

describe('history', () => {
  it('keeps valid entries and names each faulty field', () => {
    const {config, issues} = validateConfig({
      ...seedConfig,
      history: [
        {revision: 2, date: '2026-11-02', changes: {fr: 'Ajout', en: 'Added'}},
        {revision: 'sha256:3f2a9c1e', date: '2026-12-01', changes: 'Ajout'},
        {revision: 'sha256:3f2a', date: '2026-12-01', changes: 'x'},
        {revision: -1, date: '2026-12-01', changes: 'x'},
        {revision: 3, date: 'hier', changes: 'x'},
        {revision: 4, date: '2026-12-01'},
        'v5',
      ],
    });
    expect(config.history).to.deep.equal([
      {revision: 2, date: '2026-11-02', changes: {fr: 'Ajout', en: 'Added'}},
      {revision: 'sha256:3f2a9c1e', date: '2026-12-01', changes: 'Ajout'},
    ]);
    const version = 'must be a whole-number revision, or a digest such as "sha256:3f2a9c1e" (at least 8 hex digits)';
    expect(issues.map((i) => [i.path, i.message])).to.deep.equal([
      ['history[2].revision', version],
      ['history[3].revision', version],
      ['history[4].date', 'must be a date such as "2024-05-01"'],
      ['history[5].changes', 'must be a text or a {"fr": …, "en": …} map'],
      ['history[6]', 'must be an object'],
    ]);
    expect(validateConfig({...seedConfig, history: {}}).issues).to.deep.equal([
      {path: 'history', message: 'must be a list'},
    ]);
  });

  const record = (revision: number, day: string): ConsentRecord => ({
    timestamp: Date.parse(`${day}T10:00:00Z`),
    revision,
    id: '10000000-1000-4000-8000-100000000000',
    lang: 'fr',
    consent: {necessary: true},
  });

  it('orders entries newest first, and of one day the one written last first', () => {
    const entries = [
      {revision: 1, date: '2025-01-01', changes: 'a'},
      {revision: 3, date: '2026-01-01', changes: 'c'},
      {revision: 2, date: '2025-06-01', changes: 'b'},
      {revision: 4, date: '2026-01-01', changes: 'd'},
    ];
    expect(newestFirst(entries).map((e) => e.revision)).to.deep.equal([4, 3, 2, 1]);
    // Any date the check accepts is read as a date, not compared as text.
    const written = [
      {revision: 'sha256:aaaaaaaa', date: 'December 1, 2025 12:00 UTC', changes: 'december'},
      {revision: 'sha256:bbbbbbbb', date: '2026-02-20T09:00:00Z', changes: 'february'},
    ];
    expect(newestFirst([...entries, ...written]).map((e) => e.changes)).to.deep.equal([
      'february',
      'd',
      'c',
      'december',
      'b',
      'a',
    ]);
    expect(changesSince(written, record(4, '2026-02-15')).map((e) => e.changes)).to.deep.equal(['february']);
  });

  it('finds what is newer than a decision: greater revisions, or other digests since its day', () => {
    const entries = [
      {revision: 1, date: '2025-01-01', changes: 'a'},
      {revision: 2, date: '2025-06-01', changes: 'b'},
      {revision: SEED_DIGEST.slice(0, 15), date: '2026-11-02', changes: 'seed'},
      {revision: 'sha256:0123456789ab', date: '2026-11-02', changes: 'same day'},
      {revision: 'sha256:abcdef0123', date: '2026-10-01', changes: 'before'},
    ];
    expect(changesSince(entries, record(1, '2025-03-01')).map((e) => e.changes)).to.deep.equal([
      'same day',
      'seed',
      'before',
      'b',
    ]);
    // A decision made for the seed's digest the day its version came.
    const auto = record(revisionOfDigest(SEED_DIGEST), '2026-11-02');
    expect(changesSince(entries, auto).map((e) => e.changes)).to.deep.equal(['same day']);
  });

  it('reads the latest decision stored for another version only', () => {
    const config = checked({...seedConfig, revision: 2});
    const older = encodeRecord(record(1, '2026-01-01'));
    const current = encodeRecord(record(2, '2026-02-01'));
    const now = Date.parse('2026-03-01');
    expect(earlierDecision(config, [older, 'not ours'], now)?.revision).to.equal(1);
    expect(earlierDecision(config, [older, current], now)).to.equal(null);
    expect(earlierDecision(config, [], now)).to.equal(null);
  });
});
