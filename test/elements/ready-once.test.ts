// `cookie-consent-ready` fires once per page load (per document), however often a framework
// re-mounts the element; each instance keeps its own `ready` promise for code that waits on it.
import {expect, waitUntil} from '@open-wc/testing';
import '../../src/define.js';
import type {CookieConsent} from '../../src/cookie-consent/cookie-consent.js';
import type {CookieConsentReadyDetail} from '../../src/cookie-consent/events.js';
import {clearCookies} from '../helpers/cookies.js';

describe('cookie-consent-ready, once per page load', () => {
  afterEach(() => clearCookies());

  it('fires once when the element is re-mounted 50 times; every instance resolves its ready promise', async () => {
    const events: CookieConsentReadyDetail[] = [];
    const onReady = (e: Event) => events.push((e as CustomEvent<CookieConsentReadyDetail>).detail);
    document.addEventListener('cookie-consent-ready', onReady);
    const details: CookieConsentReadyDetail[] = [];
    try {
      for (let i = 0; i < 50; i++) {
        const el = document.createElement('cookie-consent') as CookieConsent;
        document.body.append(el);
        details.push(await el.ready);
        expect(el.shadowRoot!.querySelector('[part~="banner"]'), `banner of mount ${i}`).not.to.equal(null);
        el.remove();
      }
      // Give a late event the time to come.
      await new Promise((r) => setTimeout(r, 50));
    } finally {
      document.removeEventListener('cookie-consent-ready', onReady);
    }
    expect(events).to.have.length(1);
    expect(events[0]).to.deep.equal({consent: null, revision: 2, timestamp: null, id: null, lang: 'fr'});
    expect(details).to.have.length(50);
    for (const detail of details) expect(detail).to.deep.equal(events[0]);
  });

  it('ready resolves with the stored state of its own element, after a decision too', async () => {
    const first = document.createElement('cookie-consent') as CookieConsent;
    document.body.append(first);
    await first.ready;
    await first.acceptAll();
    first.remove();
    const second = document.createElement('cookie-consent') as CookieConsent;
    document.body.append(second);
    try {
      const detail = await second.ready;
      expect(detail.consent).to.deep.equal({
        necessary: true,
        statistics: true,
        'third-party': true,
      });
      expect(detail.id).to.match(/^[0-9a-f-]{36}$/);
      await waitUntil(() => second.hasConsent('statistics'));
    } finally {
      second.remove();
    }
  });
});
