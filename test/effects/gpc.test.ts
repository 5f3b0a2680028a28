import {expect, waitUntil} from '@open-wc/testing';
import {clearCookies, consentElement, gatedScript, recordChanges, testConfig, tick} from './helpers.js';
import type {CookieConsent} from '../../src/cookie-consent/cookie-consent.js';

declare global {
  interface Window {
    __gpcRan?: boolean;
  }
}

function setGpc(value: boolean | undefined) {
  if (value === undefined) delete (navigator as unknown as Record<string, unknown>).globalPrivacyControl;
  else Object.defineProperty(navigator, 'globalPrivacyControl', {value, configurable: true});
}

describe('Global Privacy Control', () => {
  let changes: ReturnType<typeof recordChanges>;
  beforeEach(() => {
    clearCookies();
    setGpc(true);
    window.__gpcRan = false;
    changes = recordChanges();
  });
  afterEach(() => {
    changes.stop();
    setGpc(undefined);
    clearCookies();
    document.documentElement.lang = 'fr';
    document.querySelectorAll('script[data-gpc-test]').forEach((s) => s.remove());
  });

  const notice = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLElement>('[part~="gpc-notice"]');
  const status = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLElement>('[role="status"]')!.textContent!.trim();
  /** The notice's heading and the region it names (the accessible name from aria-labelledby). */
  const noticeRegion = (el: HTMLElement) => {
    const box = notice(el)!;
    const heading = box.querySelector('h2');
    const labelledBy = box.getAttribute('aria-labelledby');
    const label = labelledBy ? el.shadowRoot!.getElementById(labelledBy) : null;
    const role = box.getAttribute('role') ?? (box.localName === 'section' && label ? 'region' : null);
    return {role, name: label?.textContent?.trim() ?? null, heading: heading?.textContent?.trim() ?? null};
  };

  it('announces what the browser asked and what was applied, in a named region with a heading', async () => {
    const el = await consentElement(testConfig());
    await waitUntil(() => notice(el) !== null);
    await el.settled;
    await waitUntil(() => status(el) !== '', 'the status message');
    expect(status(el)).to.equal(
      'Votre navigateur demande de ne pas être suivi : les cookies non nécessaires sont refusés.'
    );
    expect(noticeRegion(el)).to.deep.equal({
      role: 'region',
      name: 'Signal de confidentialité respecté',
      heading: 'Signal de confidentialité respecté',
    });
    await expect(el).to.be.accessible();
  });

  it('says so in English too', async () => {
    document.documentElement.lang = 'en';
    const el = await consentElement(testConfig());
    await waitUntil(() => notice(el)?.textContent?.includes('Your browser sends') ?? false, 'English notice');
    await waitUntil(() => status(el) !== '', 'the status message');
    expect(status(el)).to.equal('Your browser asks not to be tracked: cookies that are not necessary are refused.');
    expect(noticeRegion(el)).to.deep.equal({
      role: 'region',
      name: 'Privacy signal honoured',
      heading: 'Privacy signal honoured',
    });
    await expect(el).to.be.accessible();
  });

  it('says the choice was saved once the visitor dismisses the notice and decides', async () => {
    const el = await consentElement(testConfig());
    await waitUntil(() => notice(el) !== null);
    el.rejectAll();
    await el.settled;
    await waitUntil(() => status(el) === 'Vos choix concernant les cookies ont été enregistrés.', 'saved');
  });

  it('refuses every optional category with action gpc, stores nothing and tells the visitor', async () => {
    const script = gatedScript('statistics', {text: 'window.__gpcRan = true', attrs: {'data-gpc-test': ''}});
    document.body.append(script);
    const seen: string[] = [];
    const onChange = (e: Event) => seen.push(`change:${(e as CustomEvent).detail.action}`);
    document.addEventListener('cookie-consent-change', onChange);
    // The fixture is on the page at once; `cookie-consent-ready` fired for an earlier test's
    // element (once per page load), so this one's `ready` promise tells its stored state.
    const creating = consentElement(testConfig());
    document.querySelector<CookieConsent>('cookie-consent')!.ready.then((detail) => {
      seen.push(`ready:${JSON.stringify(detail.consent)}`);
    });
    const el = await creating;
    await waitUntil(() => changes.details.length === 1);
    await el.settled;
    document.removeEventListener('cookie-consent-change', onChange);
    // "ready" reports what was stored (nothing), then the GPC decision follows.
    expect(seen).to.deep.equal(['ready:null', 'change:gpc']);

    expect(changes.details[0].action).to.equal('gpc');
    expect(el.consent).to.deep.equal({necessary: true, statistics: false, 'third-party': false});
    expect(document.cookie, 'nothing is stored before the visitor acts').not.to.contain('cookies_preferences=');
    expect(el.shadowRoot!.querySelector('[part~="banner"]') === null).to.equal(true);
    const box = notice(el)!;
    expect(box).to.exist;
    expect(box.textContent).to.contain('Global Privacy Control');
    expect(box.checkVisibility()).to.equal(true);
    await tick(30);
    expect(window.__gpcRan).to.equal(false);
    await expect(el).to.be.accessible();

    document.documentElement.lang = 'en';
    await waitUntil(() => notice(el)!.textContent!.includes('Your browser sends'), 'English notice');
    await expect(el).to.be.accessible();
  });

  it('lets an explicit choice win: accept all from the preferences grants', async () => {
    document.body.append(gatedScript('statistics', {text: 'window.__gpcRan = true', attrs: {'data-gpc-test': ''}}));
    const el = await consentElement(testConfig());
    await waitUntil(() => notice(el) !== null);
    notice(el)!.querySelector<HTMLButtonElement>('[part~="gpc-preferences-button"]')!.click();
    await el.settled;
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    dialog.querySelector<HTMLButtonElement>('[part~="accept-button"]')!.click();
    await el.settled;
    expect(el.consent).to.deep.equal({necessary: true, statistics: true, 'third-party': true});
    expect(changes.details.map((d) => d.action)).to.deep.equal(['gpc', 'accept-all']);
    expect(notice(el)).to.equal(null);
    await waitUntil(() => window.__gpcRan === true, 'the statistics script runs');
  });

  it('applies again on the next page, until the visitor dismisses the notice, which stores the refusal', async () => {
    const first = await consentElement(testConfig());
    await waitUntil(() => notice(first) !== null);
    first.remove();
    changes.details.length = 0;
    // The next page: still nothing stored, so the signal is honoured again.
    const el = await consentElement(testConfig());
    await waitUntil(() => notice(el) !== null, 'the notice shows again');
    expect(changes.details.map((d) => d.action)).to.deep.equal(['gpc']);
    expect(document.cookie).not.to.contain('cookies_preferences=');
    notice(el)!.querySelector<HTMLButtonElement>('[part~="gpc-dismiss-button"]')!.click();
    await el.settled;
    expect(notice(el) === null).to.equal(true);
    const stored = JSON.parse(decodeURIComponent(document.cookie.match(/cookies_preferences=([^;]+)/)![1]));
    expect(stored.c).to.deep.equal({necessary: 1, statistics: 0, 'third-party': 0});
    expect(stored.id).to.equal(changes.details[0].id);
    // Stored: the page after that makes no assumption and shows no notice.
    el.remove();
    changes.details.length = 0;
    const later = await consentElement(testConfig());
    await tick(30);
    expect(changes.details).to.deep.equal([]);
    expect(notice(later) === null).to.equal(true);
    expect(later.consent!.statistics).to.equal(false);
  });

  it('does not override a stored decision', async () => {
    setGpc(undefined);
    const first = await consentElement(testConfig());
    first.acceptAll();
    first.remove();
    setGpc(true);
    changes.details.length = 0;
    const el = await consentElement(testConfig());
    await tick(30);
    expect(changes.details).to.deep.equal([]);
    expect(el.consent!.statistics).to.equal(true);
  });

  it('is ignored with ignore-gpc: the visitor is asked', async () => {
    const el = await consentElement(testConfig(), {ignoreGpc: true});
    await tick(30);
    expect(changes.details).to.deep.equal([]);
    expect(el.consent).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part~="banner"]')).to.exist;
    expect(document.cookie).not.to.contain('cookies_preferences=');
  });
});
