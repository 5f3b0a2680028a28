import {expect, waitUntil} from '@open-wc/testing';
import type {CookieConsent} from '../../src/cookie-consent/cookie-consent.js';
import {clearCookies, frame, tick} from './helpers.js';

type PageWindow = Window & {__statisticsRan?: number};

/** The consent page in a frame, counting its reloads. */
async function page(search = '') {
  const iframe = await frame(`/test/fixtures/consent-page.html${search}`);
  let loads = 0;
  iframe.addEventListener('load', () => loads++);
  const element = async () => {
    const win = iframe.contentWindow!;
    await waitUntil(() => !!win.customElements?.get('cookie-consent'));
    const el = iframe.contentDocument!.querySelector('cookie-consent') as CookieConsent;
    await el.settled;
    return el;
  };
  const win = () => iframe.contentWindow as PageWindow;
  return {iframe, element, win, loads: () => loads};
}

describe('reload after a withdrawal', () => {
  beforeEach(() => clearCookies());
  afterEach(() => clearCookies());

  it('reloads by default when a granted category is refused: what it started stops', async () => {
    const {iframe, element, win, loads} = await page();
    let el = await element();
    await el.acceptAll();
    await el.settled;
    await waitUntil(() => win().__statisticsRan === 1, 'the statistics script runs');
    await tick(200);
    expect(loads(), 'a grant does not reload').to.equal(0);

    el.rejectAll();
    await waitUntil(() => loads() === 1, 'the page reloads after "Tout refuser"');
    el = await element();
    expect(el.consent!.statistics).to.equal(false);
    expect(win().__statisticsRan, 'the script that ran is gone with the page').to.equal(undefined);

    await el.rejectAll(); // nothing granted before: nothing withdrawn, no reload
    await el.settled;
    await tick(200);
    expect(loads()).to.equal(1);

    await el.save({statistics: true});
    await el.settled;
    el.reset();
    await waitUntil(() => loads() === 2, 'the page reloads after reset()');
    el = await element();
    expect(el.consent).to.equal(null);
    iframe.remove();
  });

  it('reloads after a withdrawal made in another tab', async () => {
    const a = await page('?no-reload');
    const b = await page();
    const elA = await a.element();
    const elB = await b.element();
    await elA.acceptAll();
    await waitUntil(() => elB.consent?.statistics === true, 'the other tab hears of the grant');
    await elB.settled;
    elA.rejectAll();
    await waitUntil(() => b.loads() === 1, 'the other tab reloads');
    expect(a.loads(), 'the tab that opted out does not').to.equal(0);
    a.iframe.remove();
    b.iframe.remove();
  });

  it('does not reload with no-reload-on-withdraw', async () => {
    const {iframe, element, loads} = await page('?no-reload');
    const el = await element();
    expect(el.noReloadOnWithdraw).to.equal(true);
    await el.acceptAll();
    await el.rejectAll();
    await el.acceptAll();
    await el.reset();
    await el.settled;
    await tick(300);
    expect(loads()).to.equal(0);
    iframe.remove();
  });

  it('reload-on-withdraw keeps working: reloads on a withdrawal, not on other decisions, and wins over the opt-out', async () => {
    const {iframe, element, loads} = await page('?no-reload');
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
});
