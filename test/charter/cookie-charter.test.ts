import {expect, fixture, html} from '@open-wc/testing';
import '../../src/define.js';
import type {CookieCharter} from '../../src/cookie-charter/cookie-charter.js';
import {$, $$, RIGHTS_FR, SEED_FR, SEED_ROWS, clearCookies, textOf, waitForText} from './helpers.js';
import {LINK_CORPUS} from '../helpers/links.js';

async function charter(lang: 'fr' | 'en' = 'fr'): Promise<CookieCharter> {
  const el = await fixture<CookieCharter>(html`<cookie-charter lang=${lang}></cookie-charter>`);
  await waitForText(el, lang === 'en' ? 'What is a cookie?' : "Qu'est-ce qu'un cookie ?");
  // The built-in configuration's English texts follow on first use.
  if (lang === 'en') await waitForText(el, SEED_ROWS[0].en[1]);
  return el;
}

describe('<cookie-charter> alone, built-in configuration', () => {
  beforeEach(clearCookies);
  afterEach(clearCookies);

  it('shows every section of the seed in French, in order', async () => {
    const el = await charter('fr');
    const text = textOf(el.shadowRoot);
    const order = [
      SEED_FR.intro,
      "Qu'est-ce qu'un cookie ?",
      SEED_FR.definition,
      SEED_FR.typesIntro,
      ...SEED_FR.types,
      'À quoi servent les cookies sur la plateforme data.seineouest.fr',
      SEED_FR.necessaryCaption,
      'Gérer vos choix',
      'Vos données et vos droits',
      'Version 2 de cette charte.',
    ];
    let at = -1;
    for (const piece of order) {
      const found = text.indexOf(piece, at + 1);
      expect(found, `"${piece.slice(0, 40)}…" after the previous section`).to.be.greaterThan(at);
      at = found;
    }
    const headings = $$(el, 'h2').map(textOf);
    expect(headings).to.deep.equal([
      "Qu'est-ce qu'un cookie ?",
      'À quoi servent les cookies sur la plateforme data.seineouest.fr',
      'Gérer vos choix',
      'Vos données et vos droits',
    ]);
    expect($$(el, 'h3').map(textOf)).to.deep.equal([
      SEED_FR.necessaryCaption,
      'Cookies statistiques',
      'Cookies internes (first-party)',
      'Cookies tiers (third-party)',
      ...RIGHTS_FR,
    ]);
    const link = $(el, 'a[part~="site-link"]') as HTMLAnchorElement;
    expect(link.href).to.equal('https://data.seineouest.fr/');
    expect(textOf(link)).to.equal('data.seineouest.fr');
  });

  it('explains the purposes it asks consent for where it says what cookies are used for', async () => {
    const el = await charter('fr');
    const purposes = $$(el, '[part~="uses-section"] [part~="purpose"]');
    expect(purposes.map((p) => textOf(p.querySelector('[part~="purpose-title"]')))).to.deep.equal([
      SEED_FR.necessaryCaption,
      "Mesure d'audience",
      'Contenus et services tiers',
    ]);
    expect(textOf(purposes[1].querySelector('[part~="purpose-description"]'))).to.include("qu'avec votre accord");
    await expect(el).to.be.accessible();
  });

  it('shows every row of the seed in a real table, in French', async () => {
    const el = await charter('fr');
    const tables = $$(el, 'table');
    expect(tables, 'one table: only "necessary" has cookies').to.have.length(1);
    const table = tables[0] as HTMLTableElement;
    expect(textOf(table.caption)).to.equal(SEED_FR.necessaryCaption);
    const headers = Array.from(table.querySelectorAll('thead th'));
    expect(headers.map(textOf)).to.deep.equal(SEED_FR.columns);
    headers.forEach((th) => expect(th.getAttribute('scope')).to.equal('col'));
    const rows = Array.from(table.tBodies[0].rows).map((row) => Array.from(row.cells).map(textOf));
    expect(rows).to.deep.equal(SEED_ROWS.map((r, i) => [...r.fr, ['2 semaines', 'Session', '1 an', '6 mois'][i]]));
    const region = table.closest('[role="region"]')!;
    expect(region.getAttribute('tabindex')).to.equal('0');
    expect(region.getAttribute('aria-labelledby')).to.equal(table.caption!.id);
  });

  it('shows every section and row in English', async () => {
    const el = await charter('en');
    const text = textOf(el.shadowRoot);
    for (const piece of [
      'To give you the best possible service, we use cookies to keep the site running smoothly.',
      'What is a cookie?',
      'A “cookie” is a piece of information',
      'There are several types of cookies:',
      '“Statistics” cookies track what a visitor does on a website.',
      'What are cookies used for on data.seineouest.fr',
      'Managing your choices',
      'Your data and your rights',
      'Version 2 of this policy.',
    ]) {
      expect(text).to.include(piece);
    }
    expect(text).not.to.include('Afin de vous proposer');
    const table = $(el, 'table') as HTMLTableElement;
    expect(textOf(table.caption)).to.equal('Cookies needed for the platform to work / functional cookies');
    expect(Array.from(table.querySelectorAll('thead th')).map(textOf)).to.deep.equal([
      'Provider',
      'Service and location',
      'Cookie name',
      'Purposes',
      'Retention period',
    ]);
    const rows = Array.from(table.tBodies[0].rows).map((row) => Array.from(row.cells).map(textOf));
    expect(rows).to.deep.equal(SEED_ROWS.map((r, i) => [...r.en, ['2 weeks', 'Session', '1 year', '6 months'][i]]));
  });

  it('is accessible in French and in English, before and after a decision', async () => {
    const fr = await charter('fr');
    await expect(fr).to.be.accessible();
    const en = await charter('en');
    await expect(en).to.be.accessible();
  });

  it('without a consent element, reads the choice from the consent cookie and shows no button', async () => {
    let el = await charter('fr');
    expect(textOf(el.shadowRoot)).to.include("Vous n'avez pas encore fait de choix");
    expect($(el, 'button'), 'nothing to open without <cookie-consent>').to.equal(null);
    const c = encodeURIComponent(
      JSON.stringify({
        v: 1,
        t: Date.now() - 1000,
        r: 2,
        id: 'abcdef12-3456',
        l: 'fr',
        c: {necessary: 1, statistics: 1, 'third-party': 0},
      })
    );
    document.cookie = `cookies_preferences=${c}; Path=/; SameSite=Lax`;
    el = await charter('fr');
    const items = $$(el, '[part~="status-item"]').map(textOf);
    expect(items).to.deep.equal([
      `${SEED_FR.necessaryCaption} : Toujours actifs`,
      "Mesure d'audience : Acceptés",
      'Contenus et services tiers : Refusés',
    ]);
    await expect(el).to.be.accessible();
  });

  it('follows a decision announced by any consent element without reload', async () => {
    const el = await charter('en');
    document.dispatchEvent(
      new CustomEvent('cookie-consent-change', {
        detail: {
          consent: {necessary: true, statistics: false, 'third-party': true},
          action: 'save',
          revision: 2,
          timestamp: Date.now(),
          id: 'x',
          lang: 'en',
        },
      })
    );
    await el.settled;
    expect($$(el, '[part~="status-state"]').map(textOf)).to.deep.equal(['Always active', 'Refused', 'Accepted']);
    expect(textOf(el.shadowRoot)).to.include('Your current choice:');
  });
});

describe('<cookie-charter> attributes and configuration', () => {
  beforeEach(clearCookies);

  it('sets the level of its headings with heading-level, also after the first render', async () => {
    const el = await fixture<CookieCharter>(html`<cookie-charter heading-level="3"></cookie-charter>`);
    await el.settled;
    expect($$(el, 'h3').map(textOf)).to.include("Qu'est-ce qu'un cookie ?");
    // Four sections; nine sub-headings: four cookie types, five parts of the rights section.
    expect($$(el, 'h4')).to.have.length(9);
    expect($$(el, 'h2')).to.have.length(0);
    el.setAttribute('heading-level', '1');
    await el.settled;
    expect($$(el, 'h1')).to.have.length(4);
    expect($$(el, 'h2')).to.have.length(9);
    el.setAttribute('heading-level', 'nonsense');
    await el.settled;
    expect($$(el, 'h2'), 'invalid levels fall back to 2').to.have.length(4);
    el.setAttribute('heading-level', '9');
    await el.settled;
    expect($$(el, 'h5'), 'levels above 5 are clamped').to.have.length(4);
    expect($$(el, 'h6')).to.have.length(9);
  });

  it('lists the cookies of the services its configuration names, from the catalogue', async () => {
    const config = {
      categories: [
        {id: 'necessary', required: true, title: 'Nécessaires'},
        {id: 'statistics', title: 'Mesure d’audience'},
      ],
      services: [{id: 'matomo', category: 'statistics'}],
    };
    const el = await fixture<CookieCharter>(html`<cookie-charter .config=${config}></cookie-charter>`);
    await el.settled;
    expect(el.activeConfig!.cookies.map((c) => c.name)).to.include('_pk_id.*');
    expect($$(el, '[part~="cookie-name"]').map(textOf)).to.include('_pk_id.*');
    await expect(el).to.be.accessible();
  });

  it('shows its own title with with-title, sections one level below', async () => {
    const el = await fixture<CookieCharter>(html`<cookie-charter with-title heading-level="1"></cookie-charter>`);
    await el.settled;
    expect($$(el, 'h1').map(textOf)).to.deep.equal(['Charte cookies']);
    expect($$(el, 'h2')).to.have.length(4);
    await expect(el).to.be.accessible();
  });

  it('with static, shows neither the current choice nor the button, even beside a consent element', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <cookie-consent></cookie-consent>
      <cookie-charter static></cookie-charter>
    </div>`);
    const el = page.querySelector('cookie-charter')!;
    await waitForText(el, 'Gérer vos choix');
    await page.querySelector('cookie-consent')!.settled;
    await el.settled;
    expect($(el, 'button')).to.equal(null);
    expect($$(el, '[part~="status-item"]')).to.have.length(0);
    expect(textOf(el.shadowRoot)).to.include('Vous pouvez modifier vos choix à tout moment depuis le bandeau');
    el.removeAttribute('static');
    await el.settled;
    expect($(el, '[part~="manage-button"]')).to.exist;
    await expect(el).to.be.accessible();
    clearCookies();
  });

  it('renders configuration texts with markup as text', async () => {
    const config = {
      site: {name: '<img src=x onerror="window.__pwned=1">Ville', url: 'https://ville.example.fr'},
      categories: [
        {
          id: 'necessary',
          required: true,
          title: '<b>Nécessaires</b>',
          description: '<script>window.__pwned=1</script>',
        },
      ],
      cookies: [{category: 'necessary', provider: '<i>Moi</i>', name: 'sid', purpose: '{{1+1}} <em>x</em>'}],
    };
    const el = await fixture<CookieCharter>(html`<cookie-charter .config=${config}></cookie-charter>`);
    await el.settled;
    expect($$(el, 'img, b, i, em, script')).to.have.length(0);
    const text = textOf(el.shadowRoot);
    expect(text).to.include('<img src=x onerror="window.__pwned=1">Ville');
    expect(text).to.include('<b>Nécessaires</b>');
    expect(text).to.include('<script>window.__pwned=1</script>');
    expect(text).to.include('{{1+1}} <em>x</em>');
    expect((window as unknown as {__pwned?: number}).__pwned).to.equal(undefined);
  });

  it('reads a child JSON script, and survives being moved and reconnected', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <cookie-charter>
        <script type="application/json">
          {"revision": 7, "updated": "2024-05-01", "site": {"name": "Ville de Test"},
           "categories": [{"id": "necessary", "required": true, "title": "Indispensables"},
                          {"id": "stats", "title": "Mesure d'audience"}],
           "cookies": [{"category": "stats", "provider": "Matomo", "name": "_pk_id.*", "purpose": "Compter les visites", "duration": "13 mois"}]}
        </script>
      </cookie-charter>
    </div>`);
    const el = wrapper.querySelector('cookie-charter')!;
    await el.settled;
    expect(textOf(el.shadowRoot)).to.include('Version 7 de cette charte, mise à jour le 1 mai 2024.');
    expect(textOf($(el, 'caption'))).to.equal("Mesure d'audience");
    expect(textOf($(el, 'tbody tr'))).to.equal('Matomo _pk_id.* Compter les visites 13 mois');
    const other = document.createElement('section');
    wrapper.append(other);
    other.append(el);
    el.setAttribute('lang', 'en');
    await waitForText(el, 'Version 7 of this policy, last updated on 1 May 2024.');
    el.setAttribute('lang', 'fr');
    await waitForText(el, 'mise à jour le 1 mai 2024');
  });

  it('loads the file named by src', async () => {
    const url = URL.createObjectURL(
      new Blob(
        [
          JSON.stringify({
            revision: 3,
            site: {name: 'Depuis src'},
            categories: [{id: 'a', required: true, title: 'A'}],
          }),
        ],
        {type: 'application/json'}
      )
    );
    const el = await fixture<CookieCharter>(html`<cookie-charter src=${url}></cookie-charter>`);
    await waitForText(el, 'Version 3 de cette charte.');
    expect(textOf(el.shadowRoot)).to.include('À quoi servent les cookies sur la plateforme Depuis src');
    expect(textOf(el.shadowRoot)).to.include("Aucun cookie n'est déclaré pour ce site.");
  });

  it('reports a malformed configuration naming the field, and shows a harmless fallback', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      const el = await fixture<CookieCharter>(
        html`<cookie-charter .config=${{
          revision: 2,
          site: {name: 'Ville'},
          cookies: [
            {category: 'necessary', name: 'ok', provider: 'P', purpose: 'x'},
            {category: 'nope', name: 'bad', provider: 'P', purpose: 'y'},
          ],
        }}></cookie-charter>`
      );
      await el.settled;
      expect(errors.join('\n')).to.include('<cookie-charter>');
      expect(errors.join('\n')).to.include('cookies[1].category');
      const notice = $(el, '[part~="notice"]');
      expect(textOf(notice)).to.equal(
        'La configuration de cette charte contient des erreurs : seules ses parties valides sont affichées.'
      );
      const names = $$(el, 'tbody tr code').map(textOf);
      expect(names, 'the valid cookie stays, the faulty one goes').to.deep.equal(['ok']);
      await expect(el).to.be.accessible();

      errors.length = 0;
      const broken = await fixture<CookieCharter>(html`<cookie-charter>
        <script type="application/json">{"categories": "not a list",</script>
      </cookie-charter>`);
      await broken.settled;
      expect(errors.join('\n')).to.match(/<cookie-charter>.*\(script\)[\s\S]*\(root\): not valid JSON/);
      expect($(broken, '[part~="notice"]')).to.exist;
      expect($$(broken, 'table'), 'the fallback lists no cookie').to.have.length(0);
      expect(textOf(broken.shadowRoot)).to.include("Qu'est-ce qu'un cookie ?");
      await expect(broken).to.be.accessible();
    } finally {
      console.error = original;
    }
  });

  it('scrolls its tables inside their own region at 320px, so the page does not scroll sideways', async () => {
    const frame = await fixture<HTMLDivElement>(
      html`<div style="width: 320px"><cookie-charter></cookie-charter></div>`
    );
    const el = frame.querySelector('cookie-charter')!;
    await el.settled;
    const region = $(el, '[role="region"]')!;
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    expect(region.scrollWidth).to.be.greaterThan(region.clientWidth);
    expect(region.clientWidth).to.be.at.most(320);
  });
});

describe('<cookie-charter> links to its site', () => {
  it('only to an address the browser parses to http(s)', async () => {
    const original = console.error;
    console.error = () => undefined;
    try {
      for (const url of LINK_CORPUS) {
        const label = JSON.stringify(url);
        const el = await fixture<CookieCharter>(
          html`<cookie-charter .config=${{site: {name: 'Ville', url}, categories: [{id: 'a', title: 'A'}]}}></cookie-charter>`
        );
        await waitForText(el, 'À quoi servent les cookies sur la plateforme Ville');
        const link = $(el, 'a[part~="site-link"]') as HTMLAnchorElement | null;
        if (link) {
          expect(link.protocol, label).to.match(/^https?:$/);
          expect(link.getAttribute('href'), label).to.equal(url);
        }
        el.remove();
      }
    } finally {
      console.error = original;
    }
  });
});
