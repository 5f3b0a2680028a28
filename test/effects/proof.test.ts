import {expect, waitUntil} from '@open-wc/testing';
import {validateConfig} from '../../src/core/config.js';
import {declarationDigest} from '../../src/core/digest.js';
import {canonicalJson, configHash, sha256Fallback, sha256Hex} from '../../src/core/hash.js';
import {seedConfig, SEED_DIGEST} from '../fixtures/seed-config.mjs';
import {clearCookies, consentElement, recordChanges, testConfig, tick} from './helpers.js';

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

describe('proof of consent', () => {
  let beacons: Array<{url: string; body: string}>;
  let changes: ReturnType<typeof recordChanges>;
  beforeEach(() => {
    clearCookies();
    beacons = [];
    Object.defineProperty(navigator, 'sendBeacon', {
      configurable: true,
      value: (url: string, body: string) => {
        beacons.push({url, body});
        return true;
      },
    });
    changes = recordChanges();
  });
  afterEach(() => {
    changes.stop();
    delete (navigator as unknown as Record<string, unknown>).sendBeacon;
    clearCookies();
  });

  const proofConfig = () => testConfig((c) => (c.proof = {endpoint: 'https://proof.example.fr/consents'}));

  it('sends exactly one beacon per decision with exactly the documented fields', async () => {
    const config = proofConfig();
    const el = await consentElement(config);
    await tick(20);
    expect(beacons, 'nothing before a decision').to.deep.equal([]);

    el.save({statistics: true});
    await waitUntil(() => beacons.length === 1);
    const detail = changes.details[0];
    expect(beacons[0].url).to.equal('https://proof.example.fr/consents');
    expect(typeof beacons[0].body).to.equal('string');
    const body = JSON.parse(beacons[0].body);
    expect(Object.keys(body).sort()).to.deep.equal([
      'action',
      'configHash',
      'consent',
      'digest',
      'id',
      'lang',
      'revision',
      'timestamp',
    ]);
    expect(body).to.deep.equal({
      id: detail.id,
      timestamp: new Date(detail.timestamp).toISOString(),
      revision: 2,
      configHash: await configHash(el.activeConfig),
      digest: declarationDigest(el.activeConfig!),
      consent: {necessary: true, statistics: true, 'third-party': false},
      lang: 'fr',
      action: 'save',
    });
    expect(body.configHash).to.match(/^sha256-[0-9a-f]{64}$/);
    expect(beacons[0].body).not.to.contain(navigator.userAgent);

    el.rejectAll();
    await waitUntil(() => beacons.length === 2);
    expect(JSON.parse(beacons[1].body).action).to.equal('reject-all');
    el.reset();
    await waitUntil(() => beacons.length === 3);
    expect(JSON.parse(beacons[2].body)).to.include({action: 'withdraw', id: detail.id});
    await tick(30);
    expect(beacons).to.have.length(3);
  });

  it('carries the digest of the declaration the visitor saw: for the seed, the one the command line prints', async () => {
    const config = {...seedConfig, proof: {endpoint: 'https://proof.example.fr/consents'}};
    const el = await consentElement(config as never);
    await el.acceptAll();
    await waitUntil(() => beacons.length === 1);
    expect(JSON.parse(beacons[0].body).digest).to.equal(SEED_DIGEST);
  });

  it('sends nothing without a configured endpoint', async () => {
    const el = await consentElement(testConfig());
    el.acceptAll();
    await tick(30);
    expect(beacons).to.deep.equal([]);
  });

  it('validates proof.endpoint and names the field', () => {
    const bad = validateConfig({proof: {endpoint: 'javascript:alert(1)'}});
    expect(bad.issues.map((i) => i.path)).to.deep.equal(['proof.endpoint']);
    expect(bad.config.proof).to.equal(undefined);
    expect(validateConfig({proof: 'https://x'}).issues.map((i) => i.path)).to.deep.equal(['proof']);
    expect(validateConfig({proof: {endpoint: '/consents'}}).config.proof).to.deep.equal({endpoint: '/consents'});
    expect(validateConfig({proof: {endpoint: '//evil.example/x'}}).issues).to.have.length(1);
  });

  it('sends no proof off-site through a path that names another host', async () => {
    const original = console.error;
    const errors: string[] = [];
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      for (const endpoint of ['/\\evil.test/collect', '\\\\evil.test/collect', '/\t/evil.test/collect']) {
        errors.length = 0;
        const el = await consentElement(testConfig((c) => (c.proof = {endpoint})));
        expect(el.activeConfig!.proof, JSON.stringify(endpoint)).to.equal(undefined);
        expect(errors.join('\n')).to.contain('proof.endpoint');
        el.acceptAll();
        await el.settled;
        el.remove();
      }
      expect(beacons).to.deep.equal([]);
    } finally {
      console.error = original;
    }
  });

  it("sends a proof to a path on the page's own origin, resolved", async () => {
    const el = await consentElement(testConfig((c) => (c.proof = {endpoint: '/consents?v=1'})));
    el.acceptAll();
    await waitUntil(() => beacons.length === 1);
    expect(beacons[0].url).to.equal(`${location.origin}/consents?v=1`);
  });

  it('hashes the canonical JSON with SHA-256, the same with or without crypto.subtle', async () => {
    expect(canonicalJson({b: [1, {d: 1, c: undefined, a: 'é'}], a: null})).to.equal(
      '{"a":null,"b":[1,{"a":"é","d":1}]}'
    );
    expect(hex(sha256Fallback(new TextEncoder().encode('abc')))).to.equal(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
    );
    expect(hex(sha256Fallback(new Uint8Array(0)))).to.equal(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
    );
    const long = canonicalJson(testConfig()); // many blocks, non-ASCII text
    const bytes = new TextEncoder().encode(long);
    const subtle = hex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)));
    expect(hex(sha256Fallback(bytes))).to.equal(subtle);
    expect(await sha256Hex(long)).to.equal(subtle);
    // Key order does not change the fingerprint.
    const config = testConfig();
    const reordered = Object.fromEntries(Object.entries(config).reverse());
    expect(await configHash(reordered)).to.equal(await configHash(config));
  });
});
