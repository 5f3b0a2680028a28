import {expect, waitUntil} from '@open-wc/testing';
import type {CookieConsent} from '../../src/cookie-consent/cookie-consent.js';
import {clearCookies, frame, tick} from './helpers.js';

type PageWindow = Window & {__order: string[]; __violations: string[]};

interface Policy {
  createScript(text: string): unknown;
  createScriptURL(url: string): unknown;
}
type CapturingWindow = PageWindow & {
  /** The policies created on the page, kept by a page script that wrapped `createPolicy` first. */
  __policies: Record<string, Policy>;
  __import(url: string): Promise<Record<string, unknown>>;
  __pwned?: boolean;
  trustedTypes: {createPolicy(name: string, rules: object): Policy};
};

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

  it('keeps its policy closed: no page script turns a string of its own into a trusted script', async () => {
    const iframe = await frame('/test/fixtures/csp-captured-policy.html');
    const win = iframe.contentWindow as CapturingWindow;
    await waitUntil(() => !!win.customElements.get('cookie-consent'), 'the element loads under the CSP');
    const el = iframe.contentDocument!.querySelector('cookie-consent') as CookieConsent;
    await el.settled;
    el.acceptAll();
    await waitUntil(() => win.__order.length >= 2, 'the gated scripts still run after consent');
    expect(win.__order).to.deep.equal(['inline-with-nonce', 'external-a']);

    // Nothing on the page's globals.
    const key = Symbol.for('cookie-consent.trusted-types-policy');
    expect((win as unknown as Record<symbol, unknown>)[key] === undefined, 'no policy on the globals').to.equal(true);
    // The policy object itself, caught by a script that wrapped createPolicy before the elements
    // loaded, converts nothing outside the gate's hand-over: not a string of its own, nor even
    // the address of a gated script.
    const policy = win.__policies['cookie-consent'];
    expect(policy, 'the page script saw the policy created').to.exist;
    const refusal = /only passes the page's gated scripts/;
    expect(() => policy.createScript('window.__pwned = true')).to.throw(refusal);
    expect(() => policy.createScriptURL('https://evil.test/x.js')).to.throw(refusal);
    expect(() => policy.createScriptURL('/test/fixtures/gated-a.js')).to.throw(refusal);
    // Nor can a second policy of that name be made (the CSP has no 'allow-duplicates').
    expect(() => win.trustedTypes.createPolicy('cookie-consent', {createScript: (s: string) => s})).to.throw();

    // The module a page script can import gives no policy, and hands over marked scripts only.
    const module = await win.__import('/src/core/trusted-types.ts');
    expect(Object.keys(module).sort()).to.deep.equal(['TRUSTED_TYPES_POLICY', 'releaseScript']);
    const releaseScript = module.releaseScript as (gated: HTMLScriptElement, script: HTMLScriptElement) => void;
    const unmarked = win.document.createElement('script');
    unmarked.setAttribute('data-src', '/test/fixtures/gated-a.js');
    expect(() => releaseScript(unmarked, win.document.createElement('script'))).to.throw(/not a gated script/);
    expect(win.__pwned).to.equal(undefined);
    iframe.remove();
  });
});
