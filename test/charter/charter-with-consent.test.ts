import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import '../../src/define.js';
import type {CookieConsent} from '../../src/cookie-consent/cookie-consent.js';
import {$, $$, clearCookies, textOf, waitForText} from './helpers.js';

const custom = {
  revision: 4,
  updated: '2025-01-15',
  site: {name: {fr: 'Ville de Test', en: 'Test City'}, url: 'https://ville.example.fr'},
  cookie: {name: 'charter_test_consent'},
  categories: [
    {id: 'necessary', required: true, title: {fr: 'Indispensables', en: 'Essential'}},
    {
      id: 'audience',
      title: {fr: "Mesure d'audience", en: 'Audience measurement'},
      description: {fr: 'Compter les visites.', en: 'Counting visits.'},
    },
    {id: 'videos', title: {fr: 'Vidéos', en: 'Videos'}},
  ],
  cookies: [
    {category: 'necessary', provider: 'Ville', name: 'sid', purpose: {fr: 'Session', en: 'Session'}},
    {
      category: 'audience',
      provider: 'Matomo',
      name: '_pk_id.*',
      purpose: {fr: 'Compter les visites', en: 'Count visits'},
      duration: {fr: '13 mois', en: '13 months'},
    },
    {
      category: 'videos',
      provider: 'YouTube',
      service: 'Vidéos intégrées',
      name: 'VISITOR_INFO1_LIVE',
      purpose: {fr: 'Lire les vidéos', en: 'Play videos'},
    },
  ],
};

/**
 * A page with a `<cookie-consent>` holding `custom` and a charter without its own configuration.
 * The consent elements here do not reload the page after a withdrawal: the test page would go.
 */
async function consentThenCharter() {
  const page = await fixture<HTMLDivElement>(html`<div>
    <cookie-consent no-reload-on-withdraw .config=${custom}></cookie-consent>
    <cookie-charter></cookie-charter>
  </div>`);
  const consent = page.querySelector('cookie-consent')!;
  const el = page.querySelector('cookie-charter')!;
  await waitForText(el, 'Ville de Test');
  return {page, consent, el};
}

function consentButton(consent: CookieConsent, part: string): HTMLButtonElement {
  const button = consent.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="banner"] [part~="${part}"]`);
  if (!button) throw new Error(`no ${part} in the banner`);
  return button;
}

describe('<cookie-charter> with a <cookie-consent> on the page', () => {
  beforeEach(clearCookies);
  afterEach(clearCookies);

  it("uses the consent element's custom configuration and follows the visitor's decisions", async () => {
    const {consent, el} = await consentThenCharter();
    expect($$(el, 'caption').map(textOf)).to.deep.equal(['Indispensables', "Mesure d'audience", 'Vidéos']);
    expect($$(el, 'tbody code').map(textOf)).to.deep.equal(['sid', '_pk_id.*', 'VISITOR_INFO1_LIVE']);
    expect(textOf(el.shadowRoot)).to.include('Version 4 de cette charte, mise à jour le 15 janvier 2025.');
    expect(textOf(el.shadowRoot)).not.to.include('sessionid');
    expect(textOf(el.shadowRoot)).to.include("Vous n'avez pas encore fait de choix");
    expect($$(el, '[part~="status-state"]').map(textOf)).to.deep.equal(['Toujours actifs', 'Refusés', 'Refusés']);
    await expect(el).to.be.accessible();

    consentButton(consent, 'accept-button').click();
    await waitUntil(() => textOf(el.shadowRoot).includes('Votre choix actuel'), 'the charter never heard the decision');
    expect($$(el, '[part~="status-state"]').map(textOf)).to.deep.equal(['Toujours actifs', 'Acceptés', 'Acceptés']);
    await expect(el).to.be.accessible();

    consent.save({audience: false, videos: true});
    await el.settled;
    expect($$(el, '[part~="status-state"]').map(textOf)).to.deep.equal(['Toujours actifs', 'Refusés', 'Acceptés']);

    consent.reset();
    await el.settled;
    expect(textOf(el.shadowRoot), 'after a withdrawal there is no choice in force').to.include(
      "Vous n'avez pas encore fait de choix"
    );
  });

  it('reads a decision stored before the page loaded, in English', async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="en">
      <cookie-consent no-reload-on-withdraw .config=${custom}></cookie-consent>
    </div>`);
    const consent = page.querySelector('cookie-consent')!;
    await consent.settled;
    consent.save({audience: true});
    // A new page view: a fresh pair of elements reads the stored decision.
    page.innerHTML = '';
    const fresh = document.createElement('cookie-consent');
    fresh.config = custom;
    const el = document.createElement('cookie-charter');
    page.append(fresh, el);
    await waitForText(el, 'Your current choice:');
    expect($$(el, '[part~="status-item"]').map(textOf)).to.deep.equal([
      'Essential: Always active',
      'Audience measurement: Accepted',
      'Videos: Refused',
    ]);
    expect(textOf(el.shadowRoot)).to.include('What are cookies used for on Test City');
    expect(textOf(el.shadowRoot)).to.include('Version 4 of this policy, last updated on 15 January 2025.');
    await expect(el).to.be.accessible();
  });

  it('its button opens the preferences dialog, and focus comes back to it', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <cookie-charter></cookie-charter>
      <cookie-consent no-reload-on-withdraw .config=${custom}></cookie-consent>
    </div>`);
    const consent = page.querySelector('cookie-consent')!;
    const el = page.querySelector('cookie-charter')!;
    await waitForText(el, 'Ville de Test');
    const button = $(el, '[part~="manage-button"]') as HTMLButtonElement;
    expect(textOf(button)).to.equal('Modifier mes choix');
    button.click();
    const dialog = consent.shadowRoot!.querySelector('dialog')!;
    await waitUntil(() => dialog.open, 'the preferences dialog never opened');
    const save = consent.shadowRoot!.querySelector<HTMLButtonElement>('[part~="save-button"]')!;
    const switches = consent.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~="switch"]');
    switches[2].click();
    const changed = oneEvent(document, 'cookie-consent-change');
    save.click();
    await changed;
    await el.settled;
    expect($$(el, '[part~="status-state"]').map(textOf)).to.deep.equal(['Toujours actifs', 'Refusés', 'Acceptés']);
    await waitUntil(() => el.shadowRoot!.activeElement === button, 'focus did not return to the charter button');
  });

  it('waits for a consent element still loading its configuration, then follows it', async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(custom)], {type: 'application/json'}));
    const page = await fixture<HTMLDivElement>(html`<div>
      <cookie-consent no-reload-on-withdraw src=${url}></cookie-consent>
      <cookie-charter></cookie-charter>
    </div>`);
    const el = page.querySelector('cookie-charter')!;
    // Never the built-in charter in between: it describes another site.
    expect(textOf(el.shadowRoot)).not.to.include('sessionid');
    await waitForText(el, 'Ville de Test');
    expect($$(el, 'tbody code').map(textOf)).to.deep.equal(['sid', '_pk_id.*', 'VISITOR_INFO1_LIVE']);
  });

  it('switches to a consent element added to the page later, and shows its button', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><cookie-charter></cookie-charter></div>`);
    const el = page.querySelector('cookie-charter')!;
    await waitForText(el, 'sessionid');
    expect($(el, 'button')).to.equal(null);
    const consent = document.createElement('cookie-consent');
    consent.config = custom;
    page.append(consent);
    await waitForText(el, 'Ville de Test');
    expect(textOf(el.shadowRoot)).not.to.include('sessionid');
    expect($(el, '[part~="manage-button"]')).to.exist;
  });

  it('keeps its own configuration when it has one, but shows the choice made in the consent element', async () => {
    const own = {...custom, site: {name: 'Charte à part'}};
    const page = await fixture<HTMLDivElement>(html`<div>
      <cookie-consent no-reload-on-withdraw .config=${custom}></cookie-consent>
      <cookie-charter .config=${own}></cookie-charter>
    </div>`);
    const consent = page.querySelector('cookie-consent')!;
    const el = page.querySelector('cookie-charter')!;
    await waitForText(el, 'Charte à part');
    consentButton(consent, 'reject-button').click();
    await waitForText(el, 'Votre choix actuel');
    expect($$(el, '[part~="status-state"]').map(textOf)).to.deep.equal(['Toujours actifs', 'Refusés', 'Refusés']);
    expect(textOf(el.shadowRoot)).to.include('Charte à part');
  });

  it('catches up with a decision made while it was disconnected', async () => {
    const {page, consent, el} = await consentThenCharter();
    el.remove();
    consent.acceptAll();
    page.append(el);
    await el.settled;
    expect($$(el, '[part~="status-state"]').map(textOf)).to.deep.equal(['Toujours actifs', 'Acceptés', 'Acceptés']);
  });

  it('prints without its button and with tables unclipped', async () => {
    const {el} = await consentThenCharter();
    const button = $(el, '[part~="manage-button"]')!;
    const region = $(el, '[part~="table-region"]')!;
    expect(getComputedStyle(button).display).not.to.equal('none');
    await emulateMedia({media: 'print'});
    try {
      expect(getComputedStyle(button).display).to.equal('none');
      expect(getComputedStyle(region).overflowX).to.equal('visible');
      expect(getComputedStyle($(el, 'thead')!).display).to.equal('table-header-group');
    } finally {
      await emulateMedia({media: 'screen'});
    }
  });
});
