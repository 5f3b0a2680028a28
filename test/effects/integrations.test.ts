import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {googleConsentState, GOOGLE_CONSENT_TYPES} from '../../src/core/integrations/google-consent-mode.js';
import type {ConsentConfig} from '../../src/core/types.js';
import {clearCookies, consentElement, gatedScript, recordChanges, testConfig} from './helpers.js';

type TestWindow = Window & {dataLayer?: unknown[]; gtag?: unknown; _paq?: unknown[][]};
const w = window as TestWindow;

/** A fresh page as far as Google tags and Matomo are concerned. */
function resetTags() {
  delete w.dataLayer;
  delete w.gtag;
  delete w._paq;
  delete (window as unknown as Record<symbol, unknown>)[Symbol.for('cookie-consent.google-default-sent')];
}

const isArguments = (v: unknown) => Object.prototype.toString.call(v) === '[object Arguments]';
const asList = (entry: unknown) => Array.from(entry as ArrayLike<unknown>);

const gcmConfig = () => testConfig((c) => (c.integrations = {googleConsentMode: {enabled: true}}));
const denied = Object.fromEntries(GOOGLE_CONSENT_TYPES.map((t) => [t, 'denied']));

describe('Google Consent Mode v2', () => {
  beforeEach(() => {
    clearCookies();
    resetTags();
  });
  afterEach(() => {
    clearCookies();
    resetTags();
  });

  it('queues the default before anything else, then one update per decision', async () => {
    // Google Tag Manager's snippet, placed after the element and gated on the required category.
    const holder = await fixture<HTMLElement>(html`<div></div>`);
    holder.append(
      gatedScript('necessary', {
        text: "window.dataLayer = window.dataLayer || []; window.dataLayer.push({'gtm.start': 1, event: 'gtm.js'});",
      })
    );
    const el = await consentElement(gcmConfig());
    await waitUntil(() => (w.dataLayer?.length ?? 0) >= 2);

    expect(typeof w.gtag).to.equal('function');
    const [first, second] = w.dataLayer!;
    expect(isArguments(first), 'pushed as gtag() does: an arguments object').to.equal(true);
    expect(asList(first)).to.deep.equal(['consent', 'default', {...denied, wait_for_update: 500}]);
    expect(second).to.deep.equal({'gtm.start': 1, event: 'gtm.js'});
    expect(w.dataLayer).to.have.length(2);

    el.acceptAll();
    await el.settled;
    expect(w.dataLayer).to.have.length(3);
    expect(isArguments(w.dataLayer![2])).to.equal(true);
    // Every type a built-in purpose covers; none covers functionality and personalisation
    // storage (the seed's first-party kind of cookie, no longer a category).
    expect(asList(w.dataLayer![2])).to.deep.equal([
      'consent',
      'update',
      {
        ...Object.fromEntries(GOOGLE_CONSENT_TYPES.map((t) => [t, 'granted'])),
        functionality_storage: 'denied',
        personalization_storage: 'denied',
      },
    ]);

    el.save({statistics: true});
    await el.settled;
    expect(w.dataLayer).to.have.length(4);
    expect(asList(w.dataLayer![3])).to.deep.equal([
      'consent',
      'update',
      {...denied, analytics_storage: 'granted', security_storage: 'granted'},
    ]);

    el.reset();
    await el.settled;
    expect(w.dataLayer).to.have.length(5);
    expect(asList(w.dataLayer![4])).to.deep.equal(['consent', 'update', {...denied, security_storage: 'granted'}]);
  });

  it('issues one update at start when a decision is stored, after the default', async () => {
    const first = await consentElement(gcmConfig());
    first.save({'third-party': true});
    await first.settled;
    first.remove();
    resetTags();
    await consentElement(gcmConfig());
    expect(w.dataLayer).to.have.length(2);
    expect(asList(w.dataLayer![0])[1]).to.equal('default');
    expect(asList(w.dataLayer![1])).to.deep.equal([
      'consent',
      'update',
      {
        ...denied,
        ad_storage: 'granted',
        ad_user_data: 'granted',
        ad_personalization: 'granted',
        security_storage: 'granted',
      },
    ]);
  });

  it('uses a gtag the page already defined, and pushes nothing when disabled', async () => {
    const calls: unknown[][] = [];
    w.gtag = (...args: unknown[]) => calls.push(args);
    const el = await consentElement(gcmConfig());
    expect(calls.map((c) => c[1])).to.deep.equal(['default']);
    el.remove();
    resetTags();
    const off = await consentElement(testConfig((c) => (c.integrations = {googleConsentMode: {enabled: false}})));
    off.acceptAll();
    await off.settled;
    expect(w.dataLayer).to.equal(undefined);
  });

  it('follows a configured mapping: a type is granted when one of its categories is', () => {
    const config = testConfig((c) => {
      c.integrations = {
        googleConsentMode: {
          enabled: true,
          mapping: {statistics: ['analytics_storage', 'ad_storage'], 'third-party': ['ad_storage', 'not_a_type']},
        },
      };
    });
    expect(googleConsentState(config, null)).to.deep.equal(denied);
    expect(googleConsentState(config, {necessary: true, statistics: true, 'third-party': false})).to.deep.equal({
      ...denied,
      analytics_storage: 'granted',
      ad_storage: 'granted',
    });
  });
});

describe('Matomo', () => {
  beforeEach(() => {
    clearCookies();
    resetTags();
  });
  afterEach(() => {
    clearCookies();
    resetTags();
  });

  const matomoConfig = (category?: string) =>
    testConfig((c) => (c.integrations = {matomo: category ? {enabled: true, category} : {enabled: true}}));

  it('requires consent at start, then remembers or forgets it on each decision', async () => {
    const el = await consentElement(matomoConfig());
    expect(w._paq).to.deep.equal([['requireCookieConsent']]);
    el.acceptAll();
    await el.settled;
    el.save({'third-party': true});
    await el.settled;
    el.save({statistics: true});
    await el.settled;
    expect(w._paq).to.deep.equal([
      ['requireCookieConsent'],
      ['rememberCookieConsentGiven'],
      ['forgetCookieConsentGiven'],
      ['rememberCookieConsentGiven'],
    ]);
  });

  it('lets the page view use cookies when a stored decision grants its category', async () => {
    const first = await consentElement(matomoConfig('third-party'));
    first.save({'third-party': true});
    await first.settled;
    first.remove();
    resetTags();
    await consentElement(matomoConfig('third-party'));
    expect(w._paq).to.deep.equal([['requireCookieConsent'], ['setCookieConsentGiven']]);
  });
});

describe('categories named like Object members', () => {
  const ids = ['constructor', 'toString', 'valueOf', 'hasOwnProperty'];
  const memberConfig = (integrations: ConsentConfig['integrations']) =>
    testConfig((c) => {
      c.categories = [
        {id: 'necessary', required: true, title: 'Nécessaires'},
        ...ids.map((id) => ({id, title: `Catégorie ${id}`})),
      ];
      c.cookies = [];
      c.integrations = integrations;
    });
  let errors: unknown[][];
  const consoleError = console.error;

  beforeEach(() => {
    clearCookies();
    resetTags();
    errors = [];
    console.error = (...args: unknown[]) => errors.push(args);
  });
  afterEach(() => {
    console.error = consoleError;
    clearCookies();
    resetTags();
  });

  it('accept all and reject all go through Consent Mode and Matomo, nothing thrown', async () => {
    const el = await consentElement(
      memberConfig({
        googleConsentMode: {enabled: true, mapping: {valueOf: ['analytics_storage'], necessary: ['security_storage']}},
        matomo: {enabled: true, category: 'toString'},
      })
    );
    const changes = recordChanges();
    await el.acceptAll();
    await el.settled;
    expect(el.consent).to.deep.equal({
      necessary: true,
      constructor: true,
      toString: true,
      valueOf: true,
      hasOwnProperty: true,
    });
    expect(ids.every((id) => el.hasConsent(id))).to.equal(true);
    await el.rejectAll();
    await el.settled;
    changes.stop();
    expect(el.consent).to.deep.equal({
      necessary: true,
      constructor: false,
      toString: false,
      valueOf: false,
      hasOwnProperty: false,
    });
    expect(ids.some((id) => el.hasConsent(id))).to.equal(false);
    expect(changes.details.map((d) => d.action)).to.deep.equal(['accept-all', 'reject-all']);
    expect(w.dataLayer!.map((entry) => asList(entry).slice(0, 2).join(' '))).to.deep.equal([
      'consent default',
      'consent update',
      'consent update',
    ]);
    expect(asList(w.dataLayer![1])[2]).to.deep.equal({
      ...denied,
      analytics_storage: 'granted',
      security_storage: 'granted',
    });
    expect(asList(w.dataLayer![2])[2]).to.deep.equal({...denied, security_storage: 'granted'});
    expect(w._paq).to.deep.equal([
      ['requireCookieConsent'],
      ['rememberCookieConsentGiven'],
      ['forgetCookieConsentGiven'],
    ]);
    expect(errors).to.deep.equal([]);
  });

  it('the default mapping reads no inherited member', async () => {
    const el = await consentElement(memberConfig({googleConsentMode: {enabled: true}}));
    await el.acceptAll();
    await el.settled;
    await el.rejectAll();
    await el.settled;
    expect(w.dataLayer!.map((entry) => asList(entry)[1])).to.deep.equal(['default', 'update', 'update']);
    for (const entry of w.dataLayer!.slice(1)) {
      expect(asList(entry)[2]).to.deep.equal({...denied, security_storage: 'granted'});
    }
    expect(googleConsentState(memberConfig({googleConsentMode: {enabled: true}}), null)).to.deep.equal({
      ...denied,
      security_storage: 'granted',
    });
    expect(errors).to.deep.equal([]);
  });
});
