import {expect, html, waitUntil} from '@open-wc/testing';
import '../../src/cookie-consent/define.js';
import '../../src/cookie-charter/define.js';
import type {CookieCharter} from '../../src/cookie-charter/cookie-charter.js';
import type {CookieConsent} from '../../src/cookie-consent/cookie-consent.js';
import {validateConfig} from '../../src/core/config.js';
import {revisionOfDigest} from '../../src/core/digest.js';
import {consentFixture} from '../helpers/elements.js';
import {clearCookies, storedDecision} from '../helpers/cookies.js';
import {fixture} from '@open-wc/testing';
import {seedConfig, SEED_DIGEST} from '../fixtures/seed-config.mjs';

// `"revision": "auto"` and `history`: a decision stands as long as the declaration (what the
// visitor consents to) is the same; when it changes, the visitor is asked again and the banner
// says what changed since their last choice; the charter lists the versions.

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const today = () => new Date().toISOString().slice(0, 10);

type Config = Record<string, unknown> & {categories: Array<Record<string, unknown>>; cookies: unknown[]};

/** The seed's configuration with an automatic revision. */
function autoConfig(): Config {
  return {...structuredClone(seedConfig), revision: 'auto'} as unknown as Config;
}

/** The same, with Matomo's cookie added to the statistics category (a new declaration). */
function withMatomo(): Config {
  const config = autoConfig();
  config.cookies.push({
    category: 'statistics',
    provider: 'Matomo',
    name: '_pk_id.*',
    purpose: 'Mesure d’audience.',
  });
  return config;
}

/** The digest `cookie-charter digest` prints for a configuration, as a history entry names it (a prefix). */
const digestOf = (config: unknown, digits = 8) => validateConfig(config).config.digest!.slice(0, 7 + digits);

async function decideOn(config: unknown): Promise<void> {
  const el = await consentFixture(html`<cookie-consent .config=${config}></cookie-consent>`);
  await el.acceptAll();
  el.remove();
}

describe('revision "auto"', () => {
  beforeEach(() => {
    clearCookies();
    document.documentElement.lang = 'fr';
  });
  afterEach(() => {
    clearCookies();
    document.documentElement.lang = 'fr';
  });

  it('stores the revision its digest makes, in the cookie format of a whole-number revision', async () => {
    await decideOn(autoConfig());
    const stored = storedDecision()!;
    expect(stored.r).to.equal(revisionOfDigest(SEED_DIGEST));
    expect(Number.isSafeInteger(stored.r)).to.equal(true);
    expect(Object.keys(stored)).to.deep.equal(['v', 't', 'r', 'id', 'l', 'c']);
  });

  it('keeps a decision when only a text changes, and asks again when a cookie is added to an optional category', async () => {
    await decideOn(autoConfig());

    const retitled = autoConfig();
    retitled.categories[1].title = 'Mesure d’audience';
    retitled.categories[1].description = 'Un autre texte.';
    const same = await consentFixture(html`<cookie-consent .config=${retitled}></cookie-consent>`);
    expect(same.consent, 'a new title asks nobody again').to.deep.include({statistics: true});
    expect(part(same, 'banner')).to.equal(null);
    same.remove();

    const changed = await consentFixture(html`<cookie-consent .config=${withMatomo()}></cookie-consent>`);
    expect(changed.consent, 'a new cookie asks again').to.equal(null);
    expect(part(changed, 'banner')).to.not.equal(null);
  });

  it('shows, to the visitor asked again, what changed since their last choice, in their language', async () => {
    await decideOn(autoConfig());
    const config = withMatomo();
    config.history = [
      {revision: 1, date: '2026-01-15', changes: {fr: 'Première version.', en: 'First version.'}},
      {revision: digestOf(autoConfig()), date: today(), changes: {fr: 'Version vue.', en: 'Version seen.'}},
      {
        revision: digestOf(config, 12),
        date: today(),
        changes: {fr: 'Ajout de Matomo (mesure d’audience).', en: 'Matomo added (audience measurement).'},
      },
    ];
    const el = await consentFixture(html`<cookie-consent .config=${config}></cookie-consent>`);
    await waitUntil(() => part(el, 'banner-changes'), 'the changes show in the banner');
    const changes = part(el, 'banner-changes')!;
    expect(changes.closest('[part~="banner"]')).to.equal(part(el, 'banner'));
    expect(text(part(el, 'banner-changes-title'))).to.equal('Ce qui a changé depuis votre dernier choix');
    const items = [...part(el, 'banner-changes-list')!.querySelectorAll('li')].map(text);
    expect(items, 'only what is newer than the decision').to.have.length(1);
    expect(items[0]).to.match(/^\d{1,2} \S+ \d{4} : Ajout de Matomo \(mesure d’audience\)\.$/);
    await expect(el).to.be.accessible();

    document.documentElement.lang = 'en';
    await waitUntil(
      () => text(part(el, 'banner-changes-title')) === 'What has changed since your last choice',
      'English changes'
    );
    expect(text(part(el, 'banner-changes-list'))).to.match(
      /^\d{1,2} [A-Z][a-z]+ \d{4}: Matomo added \(audience measurement\)\.$/
    );
    await expect(el).to.be.accessible();
  });

  it('says nothing of changes on a first visit', async () => {
    const config = withMatomo();
    config.history = [{revision: digestOf(config), date: today(), changes: 'Ajout de Matomo.'}];
    const el = await consentFixture(html`<cookie-consent .config=${config}></cookie-consent>`);
    expect(part(el, 'banner')).to.not.equal(null);
    expect(part(el, 'banner-changes')).to.equal(null);
  });
});

describe('history with whole-number revisions', () => {
  beforeEach(() => clearCookies());
  afterEach(() => clearCookies());

  it('shows the versions newer than the stored revision only', async () => {
    await decideOn({...seedConfig, revision: 2});
    const config = {
      ...seedConfig,
      revision: 4,
      history: [
        {revision: 2, date: '2026-03-01', changes: 'Deuxième version.'},
        {revision: 4, date: '2026-11-02', changes: 'Quatrième version.'},
        {revision: 3, date: '2026-06-01', changes: 'Troisième version.'},
      ],
    };
    const el = await consentFixture(html`<cookie-consent .config=${config}></cookie-consent>`);
    await waitUntil(() => part(el, 'banner-changes'), 'the changes show in the banner');
    expect([...part(el, 'banner-changes-list')!.querySelectorAll('li')].map(text)).to.deep.equal([
      '2 novembre 2026 : Quatrième version.',
      '1 juin 2026 : Troisième version.',
    ]);
  });
});

describe('<cookie-charter> versions', () => {
  afterEach(() => {
    document.documentElement.lang = 'fr';
  });

  it('lists the history newest first, with the digest of the version in force', async () => {
    const config = {
      ...seedConfig,
      revision: 3,
      history: [
        {revision: 1, date: '2025-05-01', changes: {fr: 'Première version.', en: 'First version.'}},
        {revision: 3, date: '2026-11-02', changes: {fr: 'Ajout de Matomo.', en: 'Matomo added.'}},
        {revision: 2, date: '2026-02-10', changes: {fr: 'Durées précisées.', en: 'Durations given.'}},
      ],
    };
    const el = await fixture<CookieCharter>(html`<cookie-charter .config=${config}></cookie-charter>`);
    await el.settled;
    await waitUntil(() => part(el, 'versions-section'), 'the versions section shows');
    const section = part(el, 'versions-section')!;
    expect(section.dataset.digest).to.equal(SEED_DIGEST);
    expect(text(part(el, 'fingerprint'))).to.equal(`Version 3 du 2 novembre 2026 — empreinte ${SEED_DIGEST}`);
    const versions = [...section.querySelectorAll<HTMLElement>('[part~="version"]')];
    expect(versions.map((v) => v.dataset.revision)).to.deep.equal(['3', '2', '1']);
    expect(text(versions[0])).to.equal('Version 3 du 2 novembre 2026 : Ajout de Matomo.');
    await expect(el).to.be.accessible();

    document.documentElement.lang = 'en';
    await waitUntil(() => text(part(el, 'versions-section')).includes('Versions of this policy'), 'English');
    expect(text(versions[2])).to.equal('Version 1, 1 May 2025: First version.');
    await expect(el).to.be.accessible();
  });

  it('names an automatic revision by its digest', async () => {
    const config = {
      ...autoConfig(),
      history: [{revision: SEED_DIGEST.slice(0, 15), date: '2026-11-02', changes: 'Ajout.'}],
    };
    const el = await fixture<CookieCharter>(html`<cookie-charter .config=${config}></cookie-charter>`);
    await el.settled;
    await waitUntil(() => part(el, 'fingerprint'), 'the versions section shows');
    expect(text(part(el, 'fingerprint'))).to.equal(
      `Version ${SEED_DIGEST.slice(0, 20)} du 2 novembre 2026 — empreinte ${SEED_DIGEST}`
    );
  });
});

// Keeps the element type imported for the `consentFixture` results.
export type {CookieConsent};
