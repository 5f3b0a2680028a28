import {expect, waitUntil} from '@open-wc/testing';
import type {CookieConsent} from '../../src/cookie-consent/cookie-consent.js';
import {clearCookies, frame, tick} from './helpers.js';

async function page() {
  const iframe = await frame('/test/fixtures/consent-page.html');
  let loads = 0;
  iframe.addEventListener('load', () => loads++);
  const element = async () => {
    const win = iframe.contentWindow!;
    await waitUntil(() => !!win.customElements?.get('cookie-consent'));
    const el = iframe.contentDocument!.querySelector('cookie-consent') as CookieConsent;
    await el.settled;
    return el;
  };
  return {iframe, element, loads: () => loads};
}

describe('reload-on-withdraw', () => {
  beforeEach(() => clearCookies());
  afterEach(() => clearCookies());

  it('reloads the page when a granted category is withdrawn, not on other decisions', async () => {
    const {iframe, element, loads} = await page();
    const el = await element();
    el.toggleAttribute('reload-on-withdraw', true);
    await el.settled;
    expect(el.reloadOnWithdraw).to.equal(true);

    el.save({statistics: true}); // a grant: no reload
    el.save({statistics: true, 'third-party': true}); // more granted: no reload
    await tick(200);
    expect(loads()).to.equal(0);

    el.save({statistics: true}); // third-party withdrawn
    await waitUntil(() => loads() === 1, 'the page reloads');
    const reloaded = await element();
    expect(reloaded.consent!['third-party']).to.equal(false);
    iframe.remove();
  });

  it('does not reload by default', async () => {
    const {iframe, element, loads} = await page();
    const el = await element();
    el.acceptAll();
    el.rejectAll();
    el.reset();
    await tick(300);
    expect(loads()).to.equal(0);
    iframe.remove();
  });
});
