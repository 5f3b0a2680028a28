// The benchmark pages: the same short article, and one consent manager each, configured with
// the same four categories (the seed charter's) and the same four declared cookies.

import {categories, cookies} from '../test/fixtures/seed-config.mjs';

const article = `<main>
      <h1>Données ouvertes du territoire</h1>
      <p>Les jeux de données publiés par la collectivité, libres de réutilisation.</p>
      <p>Consultez le catalogue, les API et la charte des cookies.</p>
    </main>`;

const page = ({title, head = '', body = ''}) => `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <link rel="icon" href="data:," />
    ${head}
  </head>
  <body>
    ${article}
    ${body}
  </body>
</html>`;

const json = (value) => JSON.stringify(value, null, 2).replace(/</g, '\\u003c');

/** Our configuration format. */
const ourConfig = {
  revision: 1,
  site: {name: 'data.example.fr'},
  cookie: {name: 'cookies_preferences', maxAgeDays: 182, domain: null},
  categories,
  cookies,
};

const vanillaConfig = {
  // Its default hides the banner from automated browsers (navigator.webdriver), such as this one.
  hideFromBots: false,
  cookie: {name: 'cc_cookie'},
  categories: Object.fromEntries(categories.map((c) => [c.id, c.required ? {enabled: true, readOnly: true} : {}])),
  language: {
    default: 'fr',
    translations: {
      fr: {
        consentModal: {
          title: 'Les cookies sur data.example.fr',
          description: 'Nous utilisons des cookies nécessaires et, avec votre accord, d’autres cookies.',
          acceptAllBtn: 'Tout accepter',
          acceptNecessaryBtn: 'Tout refuser',
          showPreferencesBtn: 'Personnaliser',
        },
        preferencesModal: {
          title: 'Vos préférences en matière de cookies',
          acceptAllBtn: 'Tout accepter',
          acceptNecessaryBtn: 'Tout refuser',
          savePreferencesBtn: 'Enregistrer mes choix',
          closeIconLabel: 'Fermer',
          sections: categories.map((c) => ({
            title: c.title,
            description: c.description,
            linkedCategory: c.id,
            cookieTable: {
              headers: {name: 'Nom', provider: 'Fournisseur', purpose: 'Finalité'},
              body: cookies
                .filter((k) => k.category === c.id)
                .map(({name, provider, purpose}) => ({name, provider, purpose})),
            },
          })),
        },
      },
    },
  },
};

const orejimeConfig = {
  privacyPolicyUrl: '/charte-des-cookies',
  lang: 'fr',
  cookie: {name: 'orejime'},
  purposes: categories.map((c) => ({
    id: c.id,
    title: c.title,
    description: c.description,
    isMandatory: c.required === true,
    cookies: cookies.filter((k) => k.category === c.id).map((k) => k.name),
  })),
};

/**
 * Each library: its page, the selector of its banner's "reject all" button (`host` when it
 * lives in a shadow root), and where it stores the decision.
 */
export const libraries = [
  {
    id: 'cookie-consent',
    label: 'cookie-consent (ours, configuration given inline)',
    page: page({
      title: 'cookie-consent',
      head: '<script type="module" src="/dist/cookie-elements.js"></script>',
      body: `<cookie-consent>
      <script type="application/json">${json(ourConfig)}</script>
    </cookie-consent>`,
    }),
    host: 'cookie-consent',
    reject: '[part~="banner"] [part~="reject-button"]',
    storage: {cookie: 'cookies_preferences'},
  },
  {
    // The built-in configuration (the seed's Opendatasoft charter, its categories made
    // purposes: necessary, statistics, third-party): no configuration to check on the page.
    id: 'cookie-consent-built-in',
    label: 'cookie-consent (ours, built-in configuration)',
    page: page({
      title: 'cookie-consent, built-in configuration',
      head: '<script type="module" src="/dist/cookie-elements.js"></script>',
      body: '<cookie-consent></cookie-consent>',
    }),
    host: 'cookie-consent',
    reject: '[part~="banner"] [part~="reject-button"]',
    storage: {cookie: 'cookies_preferences'},
  },
  {
    id: 'vanilla-cookieconsent',
    label: 'vanilla-cookieconsent 3.1.0',
    page: page({
      title: 'vanilla-cookieconsent',
      head: '<link rel="stylesheet" href="/vendor/vanilla-cookieconsent/cookieconsent.css" />',
      body: `<script src="/vendor/vanilla-cookieconsent/cookieconsent.umd.js"></script>
    <script>CookieConsent.run(${json(vanillaConfig)});</script>`,
    }),
    reject: '#cc-main .cm .cm__btn[data-role="necessary"]',
    storage: {cookie: 'cc_cookie'},
  },
  {
    id: 'orejime',
    label: 'orejime 3.2.1',
    page: page({
      title: 'orejime',
      head: '<link rel="stylesheet" href="/vendor/orejime/orejime-standard.css" />',
      body: `<script>window.orejimeConfig = ${json(orejimeConfig)};</script>
    <script src="/vendor/orejime/orejime-standard-fr.js"></script>`,
    }),
    reject: '.orejime-Banner .orejime-Banner-declineButton',
    storage: {cookie: 'orejime'},
  },
];

/** The same article without any consent manager: the floor of every metric. */
export const baselinePage = page({title: 'baseline'});

/**
 * The charter page: loads the bundle and nothing else; the measurement script it runs is
 * injected by the harness.
 */
export const charterPage = page({
  title: 'cookie-charter',
  head: '<script type="module" src="/dist/cookie-elements.js"></script>',
});
