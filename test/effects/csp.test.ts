import {expect, waitUntil} from '@open-wc/testing';
import type {CookieConsent} from '../../src/cookie-consent/cookie-consent.js';
import {clearCookies, frame, tick} from './helpers.js';

type PageWindow = Window & {__order: string[]; __violations: string[]};

describe('gating under a strict CSP with Trusted Types', () => {
  beforeEach(() => clearCookies());
  afterEach(() => clearCookies());

  it('runs gated scripts through the cookie-consent policy, with the nonce copied', async () => {
    const iframe = await frame('/test/fixtures/csp-page.html');
    const win = iframe.contentWindow as PageWindow;
    await waitUntil(() => !!win.customElements.get('cookie-consent'), 'the element loads under the CSP');
    const el = iframe.contentDocument!.querySelector('cookie-consent') as CookieConsent;
    await el.settled;
    expect(el.shadowRoot!.querySelector('[part~="banner"]'), 'the banner renders').to.exist;
    expect(win.__order).to.deep.equal([]);
    // The embed's placeholder is built and styled without breaking the CSP.
    const placeholder = iframe.contentDocument!.querySelector<HTMLElement>('.cookie-consent-placeholder')!;
    expect(placeholder).to.exist;
    expect(placeholder.style.width).to.equal('300px');
    expect(win.getComputedStyle(placeholder).display).to.equal('flex');
    expect(win.__violations).to.deep.equal([]);

    el.acceptAll();
    await waitUntil(() => win.__order.length >= 2, 'the gated scripts run');
    await tick(50);
    // The inline script without a nonce stays blocked by the page's CSP, as it should.
    expect(win.__order).to.deep.equal(['inline-with-nonce', 'external-a']);
    expect(win.__violations).to.deep.equal(['script-src-elem inline']);
    // Trusted Types are enforced: a plain string would have been refused.
    expect(() => {
      (win.document.createElement('script') as {text: unknown}).text = 'window.__order.push("raw")';
    }).to.throw(/TrustedScript/);
    iframe.remove();
  });
});
