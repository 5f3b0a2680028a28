import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import '../../src/define.js';
import type {CookieCharter} from '../../src/cookie-charter/cookie-charter.js';
import type {CookieConsent} from '../../src/cookie-consent/cookie-consent.js';
import {$, $$, RIGHTS_EN, RIGHTS_FR, clearCookies, textOf, waitForText} from './helpers.js';

type AxNode = {role?: string; name?: string; level?: number};

/**
 * A node of the charter's shadow root as assistive technology gets it (the browser's
 * accessibility tree, with its role, accessible name and level).
 */
async function axNode(selector: string): Promise<AxNode> {
  return executeServerCommand<AxNode, {selector: string}>('ax-node', {selector: `cookie-charter >>> ${selector}`});
}

/** A configuration with a controller, a DPO and two optional categories whose cookies have providers. */
const withController = {
  site: {name: 'Ville de Test', url: 'https://ville.example.fr'},
  cookie: {name: 'charter_test_consent'},
  controller: {
    name: {fr: 'Ville de Test', en: 'City of Test'},
    address: '1 place de la Mairie\n92100 Test',
    contact: 'mailto:contact@ville.example.fr',
  },
  dpo: {contact: 'https://ville.example.fr/dpo'},
  categories: [
    {id: 'necessary', required: true, title: {fr: 'Indispensables', en: 'Essential'}},
    {id: 'audience', title: {fr: "Mesure d'audience", en: 'Audience measurement'}},
    {id: 'videos', title: {fr: 'Vidéos', en: 'Videos'}},
    {id: 'maps', title: {fr: 'Cartes', en: 'Maps'}},
  ],
  cookies: [
    {category: 'necessary', provider: 'Ville', name: 'sid', purpose: 'Session'},
    {category: 'audience', provider: 'Matomo', name: '_pk_id.*', purpose: {fr: 'Compter', en: 'Count'}},
    {category: 'audience', provider: 'AT Internet', name: 'atuserid', purpose: {fr: 'Compter', en: 'Count'}},
    {category: 'audience', provider: 'Matomo', name: '_pk_ses.*', purpose: {fr: 'Compter', en: 'Count'}},
    {category: 'videos', provider: 'YouTube', name: 'VISITOR_INFO1_LIVE', purpose: {fr: 'Lire', en: 'Play'}},
  ],
};

const EXPECTED = {
  fr: {
    heading: 'Vos données et vos droits',
    subheadings: RIGHTS_FR,
    controller: ['Ville de Test', '1 place de la Mairie', '92100 Test', 'Contact : contact@ville.example.fr'],
    dpo: 'Délégué à la protection des données (DPO) : https://ville.example.fr/dpo',
    rights: ["droit d'accès", "droit d'opposition", 'retirer votre consentement à tout moment'],
    refusal: "ne vous empêche pas d'utiliser ce site",
    recipients: ["Mesure d'audience : Matomo et AT Internet", 'Vidéos : YouTube'],
    withdraw: 'Retirer mon consentement',
    noController: "Le responsable du traitement est l'éditeur de ce site",
  },
  en: {
    heading: 'Your data and your rights',
    subheadings: RIGHTS_EN,
    controller: ['City of Test', '1 place de la Mairie', '92100 Test', 'Contact: contact@ville.example.fr'],
    dpo: 'Data protection officer (DPO): https://ville.example.fr/dpo',
    rights: ['right to access', 'right to object', 'withdraw your consent at any time'],
    refusal: 'does not stop you from using this site',
    recipients: ['Audience measurement: Matomo and AT Internet', 'Videos: YouTube'],
    withdraw: 'Withdraw my consent',
    noController: 'The controller is the publisher of this site',
  },
};

/** The lines a block shows (its rendered text), each with its white space made one space. */
const lines = (node: HTMLElement | null) => node!.innerText.split('\n').map((line) => line.replace(/\s+/g, ' ').trim());

const CNIL_LINES = ['CNIL', '3 place de Fontenoy', 'TSA 80715', '75334 Paris Cedex 07'];

/** Runs `body` with `console[method]` recording its messages instead of printing them. */
async function recording(method: 'error' | 'warn', body: (messages: string[]) => Promise<void>) {
  const original = console[method];
  const messages: string[] = [];
  console[method] = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  try {
    await body(messages);
  } finally {
    console[method] = original;
  }
}

describe('<cookie-charter> usage heading', () => {
  beforeEach(clearCookies);
  afterEach(clearCookies);

  it('keeps the space between the text and the site link in its accessible name', async () => {
    const el = await fixture<CookieCharter>(html`<cookie-charter lang="fr"></cookie-charter>`);
    await waitForText(el, 'data.seineouest.fr');
    expect(await axNode('#uses-heading')).to.include({
      role: 'heading',
      level: 2,
      name: 'À quoi servent les cookies sur la plateforme data.seineouest.fr',
    });
    el.setAttribute('lang', 'en');
    await waitForText(el, 'What are cookies used for on');
    expect((await axNode('#uses-heading')).name).to.equal('What are cookies used for on data.seineouest.fr');
  });
});

describe('<cookie-charter> rights section', () => {
  it('shows a controller given by its name alone, without address nor contact', async () => {
    const {dpo, ...rest} = withController;
    expect(dpo).to.be.ok;
    const config = {...rest, controller: {name: 'Ville de Test'}};
    const el = await fixture<CookieCharter>(html`<cookie-charter .config=${config}></cookie-charter>`);
    await waitForText(el, 'Vos données et vos droits');
    expect(lines($(el, '[part~="controller"]'))).to.deep.equal(['Ville de Test']);
    expect($$(el, '[part~="address"], [part~="contact-link"], [part~="dpo"]')).to.have.length(0);
  });

  beforeEach(clearCookies);
  afterEach(clearCookies);

  for (const lang of ['fr', 'en'] as const) {
    const expected = EXPECTED[lang];

    it(`names the controller, the rights, the recipients and the CNIL (${lang}), and reopens the preferences`, async () => {
      const page = await fixture<HTMLDivElement>(html`<div lang=${lang}>
        <cookie-consent .config=${withController}></cookie-consent>
        <cookie-charter></cookie-charter>
      </div>`);
      const consent = page.querySelector<CookieConsent>('cookie-consent')!;
      const el = page.querySelector<CookieCharter>('cookie-charter')!;
      await waitForText(el, expected.heading);
      const section = $(el, '[part~="rights-section"]')!;

      // The last section, named by its heading; its parts one level below, in order.
      expect($$(el, 'h2').map(textOf).at(-1)).to.equal(expected.heading);
      expect(await axNode('[part~="rights-section"]')).to.include({role: 'region', name: expected.heading});
      expect([...section.querySelectorAll('h3')].map(textOf)).to.deep.equal(expected.subheadings);
      expect(section.querySelectorAll('h2')).to.have.length(1);
      expect(section.querySelectorAll('h1, h4, h5, h6')).to.have.length(0);

      expect(lines($(el, '[part~="controller"]'))).to.deep.equal(expected.controller);
      const links = [...section.querySelectorAll<HTMLAnchorElement>('[part~="contact-link"]')];
      expect(links.map((a) => [a.protocol, a.getAttribute('href'), textOf(a)])).to.deep.equal([
        ['mailto:', 'mailto:contact@ville.example.fr', 'contact@ville.example.fr'],
        ['https:', 'https://ville.example.fr/dpo', 'https://ville.example.fr/dpo'],
      ]);
      expect(textOf(section.querySelector('[part~="dpo"]'))).to.equal(expected.dpo);

      const text = textOf(section);
      for (const piece of [...expected.rights, expected.refusal]) expect(text).to.include(piece);
      expect($$(el, '[part~="recipient"]').map(textOf)).to.deep.equal(expected.recipients);

      const address = section.querySelector<HTMLElement>('[part~="cnil-address"]')!;
      expect(lines(address)).to.deep.equal(CNIL_LINES);
      const cnil = section.querySelector<HTMLAnchorElement>('[part~="cnil-link"]')!;
      expect(cnil.href).to.equal('https://www.cnil.fr/');
      expect(await axNode('[part~="cnil-link"]')).to.include({role: 'link', name: 'www.cnil.fr'});

      await expect(el).to.be.accessible();

      // Withdrawal from the section, once there is a consent to withdraw: it opens the consent
      // element's preferences.
      expect(section.querySelector('[part~="withdraw-button"]'), 'nothing to withdraw yet').to.equal(null);
      await consent.acceptAll();
      await waitUntil(() => section.querySelector('[part~="withdraw-button"]'), 'the withdraw button after a consent');
      const withdraw = section.querySelector<HTMLButtonElement>('[part~="withdraw-button"]')!;
      expect(textOf(withdraw)).to.equal(expected.withdraw);
      withdraw.click();
      const dialog = consent.shadowRoot!.querySelector('dialog')!;
      await waitUntil(() => dialog.open, 'the preferences never opened');
    });
  }

  it('without a controller, says where to find it, and warns in the console', async () => {
    const {controller, dpo, ...incomplete} = withController;
    expect(controller && dpo).to.be.ok;
    await recording('warn', async (warnings) => {
      await recording('error', async (errors) => {
        const el = await fixture<CookieCharter>(html`<cookie-charter .config=${incomplete}></cookie-charter>`);
        await waitForText(el, EXPECTED.fr.noController);
        expect($$(el, '[part~="contact-link"]')).to.have.length(0);
        expect(textOf($(el, '[part~="cnil-address"]'))).to.equal(CNIL_LINES.join(' '));
        expect(errors, 'an incomplete configuration is no faulty one').to.deep.equal([]);
        expect($(el, '[part~="notice"]')).to.equal(null);
        el.setAttribute('lang', 'en');
        await waitForText(el, EXPECTED.en.noController);
        await expect(el).to.be.accessible();
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(
        /^<cookie-charter>: incomplete configuration \(property\):\n {2}- controller: missing/
      );
    });
  });

  it('drops a hostile contact, naming its field in the console error', async () => {
    const hostile = {
      ...withController,
      controller: {...withController.controller, contact: 'javascript:alert(document.domain)'},
      dpo: {contact: 'java\tscript:alert(1)//dpo@ville.example.fr'},
    };
    await recording('error', async (errors) => {
      const el = await fixture<CookieCharter>(html`<cookie-charter .config=${hostile}></cookie-charter>`);
      await waitForText(el, 'Vos données et vos droits');
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('controller.contact: must be an e-mail address or an http(s) address');
      expect(errors[0]).to.include('dpo.contact: must be an e-mail address or an http(s) address');
      // The controller stays, without its contact; the DPO, without any, is left out.
      expect(lines($(el, '[part~="controller"]'))).to.deep.equal([
        'Ville de Test',
        '1 place de la Mairie',
        '92100 Test',
      ]);
      expect(el.activeConfig!.dpo).to.equal(undefined);
      expect($(el, '[part~="dpo"]')).to.equal(null);
      expect($$(el, 'a').map((a) => (a as HTMLAnchorElement).protocol)).to.deep.equal(['https:', 'https:']);
    });
  });
});
