import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import {expect, mocked, spyOn, userEvent, waitFor} from 'storybook/test';
import {defaultConfig} from '../src/core/config.js';
import {ConsentStore} from '../src/core/store.js';
import {t, type PageLang} from './pages/portal.js';
import {longProviderConfig, part, parts, renderedCharter, renderedConsent, texts} from './support.js';
import {SEED_COOKIE_NAMES} from '../test/fixtures/seed-config.mjs';

interface CharterArgs {
  /** The `heading-level` attribute (1–5). */
  headingLevel: number;
  /** The `with-title` attribute. */
  withTitle: boolean;
  /** The `static` attribute. */
  static: boolean;
  /** The `config` property; the `<cookie-consent>`'s on the page, else the built-in charter, when unset. */
  config?: unknown;
}

const meta: Meta<CharterArgs> = {
  title: 'Elements/cookie-charter',
  component: 'cookie-charter',
  args: {headingLevel: 2, withTitle: false, static: false},
  argTypes: {
    headingLevel: {
      name: 'heading-level',
      control: {type: 'select'},
      options: [1, 2, 3, 4, 5],
      description: 'Level of the top headings; sub-headings are one level below.',
    },
    withTitle: {
      name: 'with-title',
      control: 'boolean',
      description: 'Starts with the charter’s own title at `heading-level`.',
    },
    static: {control: 'boolean', description: 'No current choice and no button, as the Opendatasoft export shows it.'},
    config: {control: false},
  },
  render: ({headingLevel, withTitle, static: isStatic, config}) =>
    html`<cookie-charter
      heading-level=${headingLevel}
      ?with-title=${withTitle}
      ?static=${isStatic}
      .config=${config ?? nothing}
    ></cookie-charter>`,
  parameters: {layout: 'padded', docs: {story: {iframeHeight: 640}}},
};
export default meta;

type Story = StoryObj<CharterArgs>;

const pageLang = (): PageLang => (document.documentElement.lang === 'en' ? 'en' : 'fr');

const seedCookies = SEED_COOKIE_NAMES;
const seedCaption = {
  fr: 'Cookies nécessaires au bon fonctionnement de la plateforme / cookies fonctionnels',
  en: 'Cookies needed for the platform to work / functional cookies',
};
const noChoice = {
  fr: "Vous n'avez pas encore fait de choix\u00a0: seuls les cookies qui ne demandent pas votre accord sont utilisés.",
  en: 'You have not made a choice yet: only cookies that do not need your consent are used.',
};
const currentChoice = {fr: 'Votre choix actuel\u00a0:', en: 'Your current choice:'};
const states = {
  required: {fr: 'Toujours actifs', en: 'Always active'},
  granted: {fr: 'Acceptés', en: 'Accepted'},
  refused: {fr: 'Refusés', en: 'Refused'},
};
const state = (kind: keyof typeof states) => states[kind][pageLang()];

/** The charter's running paragraphs, to look for a sentence the visitor reads. */
const paragraphs = (charter: Element) => texts(parts(charter, 'text'));

/** The seed's charter on its own: the built-in Opendatasoft configuration, no consent element. */
export const BuiltIn: Story = {
  async play({canvasElement}) {
    const charter = await renderedCharter(canvasElement);
    const lang = pageLang();
    expect(texts(parts(charter, 'caption'))).toEqual([seedCaption[lang]]);
    expect(texts(parts(charter, 'cookie-name'))).toEqual(seedCookies);
    expect(paragraphs(charter)).toContain(noChoice[lang]);
    expect(texts(parts(charter, 'status-state'))).toEqual([state('required'), state('refused'), state('refused')]);
    // No <cookie-consent> on the page: nothing to open, so no button.
    expect(part(charter, 'manage-button')).toBeNull();
  },
};

/** The page is in English (`<html lang="en">`, as the locale toolbar sets it): the charter follows. */
export const English: Story = {
  globals: {locale: 'en'},
  async play({canvasElement}) {
    const charter = await renderedCharter(canvasElement);
    expect(charter.shadowRoot!.querySelector('[part~="charter"]')!.getAttribute('lang')).toBe('en');
    expect(texts(parts(charter, 'heading'))).toEqual([
      'What is a cookie?',
      'What are cookies used for on data.seineouest.fr',
      'Managing your choices',
      'Your data and your rights',
    ]);
    expect(texts(parts(charter, 'header-cell'))).toEqual([
      'Provider',
      'Service and location',
      'Cookie name',
      'Purposes',
      'Retention period',
    ]);
    expect(texts(parts(charter, 'caption'))).toEqual([seedCaption.en]);
    expect(texts(parts(charter, 'revision'))[0]).toMatch(/^Version 2 of this policy/);
  },
};

/** A site's own configuration, given to the consent element only: the charter borrows it. */
const cityConfig = (cookieName: string) => ({
  revision: 4,
  updated: '2025-01-15',
  site: {name: {fr: 'Ville de Test', en: 'Test City'}, url: 'https://ville.example.fr'},
  controller: {
    name: {fr: 'Ville de Test', en: 'Test City'},
    address: '1 place de la Mairie\n92100 Ville de Test',
    contact: 'dpo@ville.example.fr',
  },
  dpo: {contact: 'https://ville.example.fr/donnees-personnelles'},
  cookie: {name: cookieName},
  categories: [
    {id: 'necessary', required: true, title: {fr: 'Indispensables', en: 'Essential'}},
    {
      id: 'audience',
      title: {fr: 'Mesure d’audience', en: 'Audience measurement'},
      description: {fr: 'Compter les visites.', en: 'Counting visits.'},
    },
    {
      id: 'videos',
      title: {fr: 'Vidéos', en: 'Videos'},
      description: {fr: 'Lire les vidéos intégrées.', en: 'Playing embedded videos.'},
    },
  ],
  cookies: [
    {
      category: 'necessary',
      provider: 'Ville de Test',
      name: 'sid',
      purpose: {fr: 'Session', en: 'Session'},
      duration: {fr: 'Session', en: 'Session'},
    },
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
      service: {fr: 'Vidéos intégrées', en: 'Embedded videos'},
      name: 'VISITOR_INFO1_LIVE',
      purpose: {fr: 'Lire les vidéos', en: 'Play videos'},
      duration: {fr: '6 mois', en: '6 months'},
    },
  ],
});

/**
 * The charter and the consent element on one page, as on a site's cookie policy page. Each
 * story stores decisions under a cookie name of its own: in the docs page every story runs in
 * the same origin, and one story's decision must not show in another.
 */
const besideConsent = (cookieName: string): Partial<Story> => {
  const config = cityConfig(cookieName);
  return {
    parameters: {consentCookies: [cookieName], layout: 'fullscreen'},
    render: (args, context) => html`<div style="padding: 1rem">${meta.render!(args, context)}</div>
      <cookie-consent manage-button .config=${config}></cookie-consent>`,
  };
};

const cityCaptions = {
  fr: ['Indispensables', 'Mesure d’audience', 'Vidéos'],
  en: ['Essential', 'Audience measurement', 'Videos'],
};

/**
 * Beside a `<cookie-consent>` with its own configuration: the charter lists that
 * configuration's cookies, and shows the visitor's choice as soon as they accept in the banner.
 */
export const BesideConsent: Story = {
  ...besideConsent('charter_story_beside'),
  async play({canvasElement}) {
    const consent = await renderedConsent(canvasElement);
    const charter = await renderedCharter(canvasElement);
    const lang = pageLang();
    await waitFor(() => expect(texts(parts(charter, 'caption'))).toEqual(cityCaptions[lang]));
    expect(texts(parts(charter, 'cookie-name'))).toEqual(['sid', '_pk_id.*', 'VISITOR_INFO1_LIVE']);
    expect(texts(parts(charter, 'site-link'))).toEqual([t(lang, 'Ville de Test', 'Test City')]);
    expect(paragraphs(charter)).toContain(noChoice[lang]);
    expect(texts(parts(charter, 'status-state'))).toEqual([state('required'), state('refused'), state('refused')]);

    const accept = consent.shadowRoot!.querySelector<HTMLElement>('[part~="banner"] [part~="accept-button"]');
    await expect(accept).not.toBeNull();
    await userEvent.click(accept!);
    await waitFor(() => expect(paragraphs(charter)).toContain(currentChoice[lang]));
    expect(texts(parts(charter, 'status-state'))).toEqual([state('required'), state('granted'), state('granted')]);
  },
};

/** "Modifier mes choix" in the charter opens the consent element's preferences dialog. */
export const ChangeMyChoices: Story = {
  ...besideConsent('charter_story_change'),
  async play({canvasElement}) {
    const consent = await renderedConsent(canvasElement);
    const charter = await renderedCharter(canvasElement);
    const button = await waitFor(() => {
      const found = part(charter, 'manage-button');
      expect(found?.textContent?.trim()).toBe(t(pageLang(), 'Modifier mes choix', 'Change my choices'));
      return found!;
    });
    await userEvent.click(button);
    const dialog = consent.shadowRoot!.querySelector('dialog')!;
    await waitFor(() => expect(dialog.open).toBe(true));
    // The dialog lists the configuration's categories; it stays open for the accessibility check.
    expect(parts(consent, 'category').length).toBe(3);
  },
};

/**
 * The rights section of a configuration that names its controller and DPO: who to contact, the
 * rights, what refusing changes, the recipients of each optional category, the CNIL; once a
 * consent is given, its "Retirer mon consentement" button opens the consent element's preferences.
 */
export const YourRights: Story = {
  ...besideConsent('charter_story_rights'),
  async play({canvasElement}) {
    const consent = await renderedConsent(canvasElement);
    const charter = await renderedCharter(canvasElement);
    const lang = pageLang();
    await waitFor(() => expect(texts(parts(charter, 'recipient'))).toHaveLength(2));
    expect(texts(parts(charter, 'recipient'))).toEqual(
      lang === 'en'
        ? ['Audience measurement: Matomo', 'Videos: YouTube']
        : ['Mesure d’audience\u00a0: Matomo', 'Vidéos\u00a0: YouTube']
    );
    expect(texts(parts(charter, 'contact-link'))).toEqual([
      'dpo@ville.example.fr',
      'https://ville.example.fr/donnees-personnelles',
    ]);
    expect(part(charter, 'cnil-link')?.getAttribute('href')).toBe('https://www.cnil.fr');
    // Once there is a consent to withdraw.
    expect(part(charter, 'withdraw-button')).toBeNull();
    await consent.acceptAll();
    const withdraw = await waitFor(() => {
      const found = part(charter, 'withdraw-button');
      expect(found).not.toBeNull();
      return found!;
    });
    expect(withdraw.textContent?.trim()).toBe(t(lang, 'Retirer mon consentement', 'Withdraw my consent'));
    await userEvent.click(withdraw);
    const dialog = consent.shadowRoot!.querySelector('dialog')!;
    await waitFor(() => expect(dialog.open).toBe(true));
  },
};

/** The default configuration under a cookie name of its own (see `besideConsent`). */
const decidedConfig = {...defaultConfig(), cookie: {name: 'charter_story_decided', maxAgeDays: 182, domain: null}};

/**
 * A returning visitor who accepted statistics only, read from the consent cookie (no consent
 * element on the page). The decision is stored before the element starts, through the store.
 */
export const Decided: Story = {
  args: {config: decidedConfig},
  parameters: {consentCookies: [decidedConfig.cookie.name]},
  render: (args, context) => {
    new ConsentStore(decidedConfig).decide('save', {statistics: true}, 'fr');
    return meta.render!(args, context);
  },
  async play({canvasElement}) {
    const charter = await renderedCharter(canvasElement);
    const lang = pageLang();
    expect(paragraphs(charter)).toContain(currentChoice[lang]);
    expect(paragraphs(charter)).not.toContain(noChoice[lang]);
    const choice = parts(charter, 'status-item').map((item) =>
      texts([item.querySelector('[part~="status-category"]')!, item.querySelector('[part~="status-state"]')!])
    );
    expect(choice).toEqual([
      [seedCaption[lang], state('required')],
      [t(lang, "Mesure d'audience", 'Audience measurement'), state('granted')],
      [t(lang, 'Contenus et services tiers', 'Third-party content and services'), state('refused')],
    ]);
  },
};

const longConfig = longProviderConfig();

/**
 * A large site: twelve purposes, ten of them with cookies, in a narrow column. Each table
 * scrolls sideways inside its own focusable region; the page itself does not.
 */
export const LongProviderTable: Story = {
  args: {config: longConfig},
  render: (args, context) => html`<div style="--cookie-charter-max-width: 22rem">${meta.render!(args, context)}</div>`,
  async play({canvasElement}) {
    const charter = await renderedCharter(canvasElement);
    const withCookies = longConfig.categories.filter((c) =>
      longConfig.cookies.some((cookie) => cookie.category === c.id)
    );
    expect(parts(charter, 'table').length).toBe(withCookies.length);
    expect(parts(charter, 'row').length).toBe(longConfig.cookies.length);
    expect(texts(parts(charter, 'cookie-name'))).toEqual(
      expect.arrayContaining(['_pk_id.*', 'VISITOR_INFO1_LIVE', '_mastodon_session', 'MUID'])
    );
    for (const region of parts(charter, 'table-region')) {
      expect(region.getAttribute('role')).toBe('region');
      expect(region.tabIndex).toBe(0);
      expect(region.scrollWidth).toBeGreaterThan(region.clientWidth);
    }
    const root = part(charter, 'charter')!;
    expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
  },
};

/**
 * Inside a page that already has its own `h1` and `h2`: `heading-level="3"` and `with-title`
 * put the charter's title at `h3`, its sections at `h4` and the cookie types at `h5`.
 */
export const NestedHeadings: Story = {
  args: {headingLevel: 3, withTitle: true},
  render: (args, context) => {
    const lang: PageLang = context.globals.locale === 'en' ? 'en' : 'fr';
    return html`<h1>${t(lang, 'Mentions légales', 'Legal notice')}</h1>
      <h2>${t(lang, 'Données personnelles', 'Personal data')}</h2>
      ${meta.render!(args, context)}`;
  },
  async play({canvasElement}) {
    const charter = await renderedCharter(canvasElement);
    const title = part(charter, 'title')!;
    expect(title.localName).toBe('h3');
    expect(title.textContent?.trim()).toBe(t(pageLang(), 'Charte cookies', 'Cookie policy'));
    expect(parts(charter, 'heading').map((h) => h.localName)).toEqual(['h4', 'h4', 'h4', 'h4']);
    expect(new Set(parts(charter, 'subheading').map((h) => h.localName))).toEqual(new Set(['h5']));
  },
};

/**
 * `static`: what the Opendatasoft export shows, for a page that cannot read the consent cookie.
 * No current choice and no button; a sentence says where to change the choice instead.
 */
export const Static: Story = {
  args: {static: true},
  async play({canvasElement}) {
    const charter = await renderedCharter(canvasElement);
    expect(part(charter, 'status-list')).toBeNull();
    expect(part(charter, 'manage-button')).toBeNull();
    expect(paragraphs(charter)).toContain(
      t(
        pageLang(),
        'Vous pouvez modifier vos choix à tout moment depuis le bandeau ou le lien de gestion des cookies de ce site.',
        'You can change your choices at any time from this site’s cookie banner or its cookie settings link.'
      )
    );
    expect(texts(parts(charter, 'cookie-name'))).toEqual(seedCookies);
  },
};

/** Theming with the documented `--cookie-charter-*` custom properties and `::part()` only. */
export const CustomTheme: Story = {
  render: (args) => html`<style>
      .themed {
        --cookie-charter-accent: #18753c;
        --cookie-charter-color: #1e1e1e;
        --cookie-charter-muted-color: #3f4a43;
        --cookie-charter-border-color: #5c6b62;
        --cookie-charter-header-background: #dcebe1;
        --cookie-charter-stripe-background: #f3f6f4;
        --cookie-charter-focus-color: #b34000;
        --cookie-charter-font-family: Georgia, 'Times New Roman', serif;
        --cookie-charter-max-width: 52rem;
      }
      .themed::part(heading) {
        border-bottom: 2px solid #18753c;
        padding-bottom: 0.25rem;
      }
      .themed::part(caption) {
        font-variant: small-caps;
      }
      .themed::part(table) {
        font-size: 0.875rem;
      }
    </style>
    <cookie-charter
      class="themed"
      heading-level=${args.headingLevel}
      ?with-title=${args.withTitle}
      ?static=${args.static}
    ></cookie-charter>`,
  async play({canvasElement}) {
    const charter = await renderedCharter(canvasElement);
    expect(getComputedStyle(part(charter, 'header-cell')!).backgroundColor).toBe('rgb(220, 235, 225)');
    expect(getComputedStyle(part(charter, 'site-link')!).color).toBe('rgb(24, 117, 60)');
    expect(getComputedStyle(part(charter, 'heading')!).borderBottomColor).toBe('rgb(24, 117, 60)');
    expect(getComputedStyle(part(charter, 'charter')!).fontFamily).toMatch(/^Georgia/);
  },
};

/**
 * A configuration with faults: the charter shows a notice above what is valid (the bad
 * category and the bad cookie are left out) and logs one console error naming each field.
 * That error is expected here: the story silences and checks it.
 */
export const MalformedConfiguration: Story = {
  args: {
    config: {
      site: {name: 'Ville de Test'},
      cookie: {name: 'charter_story_malformed'},
      categories: [
        {id: 'necessary', required: true, title: {fr: 'Indispensables', en: 'Essential'}},
        {id: 'audience', title: 42},
        {id: 'videos', title: {fr: 'Vidéos', en: 'Videos'}},
      ],
      cookies: [
        {category: 'necessary', provider: 'Ville de Test', name: 'sid', purpose: 'Session'},
        {category: 'audience', provider: 'Matomo', name: '_pk_id.*', purpose: 'Audience'},
        {
          category: 'videos',
          provider: 'YouTube',
          name: 'VISITOR_INFO1_LIVE',
          purpose: {fr: 'Lire les vidéos', en: 'Play videos'},
        },
      ],
    },
  },
  beforeEach() {
    const consoleError = spyOn(console, 'error').mockImplementation(() => undefined);
    return () => consoleError.mockRestore();
  },
  async play({canvasElement}) {
    const charter = await renderedCharter(canvasElement);
    const notice = part(charter, 'notice');
    expect(notice?.getAttribute('role')).toBe('note');
    expect(notice?.textContent?.trim()).toBe(
      t(
        pageLang(),
        'La configuration de cette charte contient des erreurs : seules ses parties valides sont affichées.',
        'The configuration of this policy has errors: only its valid parts are shown.'
      )
    );
    expect(texts(parts(charter, 'caption'))).toEqual(
      t(pageLang(), 'Indispensables|Vidéos', 'Essential|Videos').split('|')
    );
    expect(texts(parts(charter, 'cookie-name'))).toEqual(['sid', 'VISITOR_INFO1_LIVE']);
    expect(console.error).toHaveBeenCalledTimes(1);
    const logged = String(mocked(console.error).mock.calls[0][0]);
    expect(logged).toContain('<cookie-charter>: invalid configuration (property)');
    expect(logged).toContain('categories[1].title');
    expect(logged).toContain('cookies[1].category');
  },
};
