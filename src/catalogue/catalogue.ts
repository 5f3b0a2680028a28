// The catalogue of services that French public sites commonly embed. Each entry says what its
// provider documents (cookie names, purposes, durations) and links that page in `source`;
// where a provider publishes no list, the entry names the hosts only, and the scan recognises
// the cookies set on them. Facts are the providers'; the wording is ours.
import type {BilingualText, CatalogueCookie, CatalogueService, CatalogueStorage} from './types.js';

const t = (fr: string, en: string): BilingualText => ({fr, en});
const cookie = (name: string, purpose: BilingualText, duration: BilingualText, domains?: string[]): CatalogueCookie =>
  domains ? {name, purpose, duration, domains} : {name, purpose, duration};
const local = (key: string, purpose: BilingualText): CatalogueStorage => ({key, storage: 'local', purpose});
const session = (key: string, purpose: BilingualText): CatalogueStorage => ({key, storage: 'session', purpose});

const SESSION = t('Session', 'Session');
const MINUTES_30 = t('30 minutes', '30 minutes');
const MONTHS_6 = t('6 mois', '6 months');
const MONTHS_13 = t('13 mois', '13 months');
const YEAR_1 = t('1 an', '1 year');
const YEARS_2 = t('2 ans', '2 years');
const DAYS_90 = t('90 jours', '90 days');

/** The CNIL's page on audience measurement that needs no consent, and the conditions. */
const AUDIENCE_EXEMPTION =
  'https://www.cnil.fr/fr/cookies-et-autres-traceurs/regles/cookies-solutions-pour-les-outils-de-mesure-daudience';

/** Storing the visitor's choice about trackers needs no consent (CNIL guidelines of 17 September 2020). */
const CONSENT_STORAGE_EXEMPTION = t(
  'Exempté de consentement : la CNIL range les traceurs qui conservent le choix du visiteur sur les traceurs parmi ceux qui sont strictement nécessaires (lignes directrices du 17 septembre 2020).',
  'Exempt from consent: the CNIL counts trackers that keep the visitor’s choice about trackers among the strictly necessary ones (guidelines of 17 September 2020).'
);

const matomoCookies: CatalogueCookie[] = [
  cookie(
    '_pk_id.*',
    t('Identifiant du visiteur (mesure d’audience)', 'Visitor identifier (audience measurement)'),
    MONTHS_13
  ),
  cookie('_pk_ses.*', t('Rattache les pages vues à une même visite', 'Ties the pages viewed to one visit'), MINUTES_30),
  cookie(
    '_pk_ref.*',
    t(
      'Provenance de la première visite (site référent, campagne)',
      'Where the first visit came from (referrer, campaign)'
    ),
    MONTHS_6
  ),
  cookie('_pk_cvar.*', t('Variables personnalisées de la visite', 'Custom variables of the visit'), MINUTES_30),
  cookie(
    '_pk_hsr.*',
    t('Cartes de chaleur et enregistrements de session', 'Heatmaps and session recordings'),
    MINUTES_30
  ),
  cookie(
    '_pk_testcookie.*',
    t('Vérifie que le navigateur accepte les cookies', 'Checks that the browser accepts cookies'),
    t('Supprimé aussitôt', 'Deleted at once')
  ),
  cookie(
    'mtm_consent',
    t('Mémorise le consentement donné à Matomo', 'Remembers the consent given to Matomo'),
    t('30 ans par défaut (réglable)', '30 years by default (configurable)')
  ),
  cookie(
    'mtm_consent_removed',
    t('Mémorise le retrait du consentement à Matomo', 'Remembers that consent to Matomo was withdrawn'),
    t('30 ans par défaut (réglable)', '30 years by default (configurable)')
  ),
  cookie(
    'mtm_cookie_consent',
    t('Mémorise le consentement aux cookies de Matomo', 'Remembers the consent to Matomo’s cookies'),
    t('30 ans par défaut (réglable)', '30 years by default (configurable)')
  ),
  cookie(
    'matomo_ignore',
    t('Mémorise l’opposition du visiteur à la mesure', 'Remembers that the visitor opted out of measurement'),
    t('Jusqu’à 30 ans', 'Up to 30 years')
  ),
  cookie(
    'matomo_sessid',
    t('Protège le formulaire d’opposition (jeton anti-CSRF)', 'Protects the opt-out form (anti-CSRF token)'),
    SESSION
  ),
];

const matomoExemption = t(
  `Exempté de consentement quand Matomo est configuré comme la CNIL l’indique (mesure pour le seul compte du site, adresse IP anonymisée, pas de suivi entre sites, pas de recoupement, cookies de 13 mois au plus) : ${AUDIENCE_EXEMPTION}`,
  `Exempt from consent when Matomo is configured as the CNIL describes (measurement for the site alone, anonymised IP address, no cross-site tracking, no cross-referencing, cookies of 13 months at most): ${AUDIENCE_EXEMPTION}`
);

const googleConsentCookies = (service: string): CatalogueCookie[] => [
  cookie(
    'NID',
    t(`Préférences et statistiques de Google (${service})`, `Google’s preferences and statistics (${service})`),
    MONTHS_6,
    ['google.com']
  ),
  cookie(
    'AEC',
    t(
      'Sécurité : vérifie que les requêtes viennent du visiteur',
      'Security: checks that requests come from the visitor'
    ),
    MONTHS_6,
    ['google.com']
  ),
  cookie(
    'SOCS',
    t('Choix du visiteur sur les cookies de Google', 'The visitor’s choice about Google’s cookies'),
    MONTHS_13,
    ['google.com']
  ),
  cookie('__Secure-ENID', t('Préférences du visiteur chez Google', 'The visitor’s preferences at Google'), MONTHS_13, [
    'google.com',
  ]),
];

export const catalogue: readonly CatalogueService[] = [
  {
    id: 'matomo',
    name: 'Matomo (auto-hébergé)',
    provider: 'Matomo (InnoCraft)',
    description: t(
      'Mesure d’audience installée sur un serveur du site ou de son prestataire.',
      'Audience measurement on a server of the site or of its contractor.'
    ),
    category: 'statistics',
    cookies: matomoCookies,
    storage: [],
    hosts: [],
    exemption: matomoExemption,
    source: 'https://matomo.org/faq/general/faq_146/',
  },
  {
    id: 'matomo-cloud',
    name: 'Matomo Cloud',
    provider: 'InnoCraft',
    description: t(
      'Mesure d’audience Matomo hébergée par son éditeur.',
      'Matomo audience measurement hosted by its publisher.'
    ),
    category: 'statistics',
    cookies: matomoCookies,
    storage: [],
    hosts: ['*.matomo.cloud'],
    exemption: matomoExemption,
    source: 'https://matomo.org/faq/general/faq_146/',
  },
  {
    id: 'google-analytics',
    name: 'Google Analytics 4',
    provider: 'Google',
    description: t('Mesure d’audience de Google.', 'Google’s audience measurement.'),
    category: 'statistics',
    cookies: [
      cookie('_ga', t('Distingue les visiteurs', 'Tells visitors apart'), YEARS_2),
      cookie('_ga_*', t('Conserve l’état de la session', 'Keeps the session state'), YEARS_2),
      cookie(
        '_gid',
        t('Distingue les visiteurs (Universal Analytics)', 'Tells visitors apart (Universal Analytics)'),
        t('24 heures', '24 hours')
      ),
      cookie(
        '_gat*',
        t('Limite le débit des requêtes (Universal Analytics)', 'Throttles the request rate (Universal Analytics)'),
        t('1 minute', '1 minute')
      ),
      cookie(
        '_gac_*',
        t('Informations de campagne liées à Google Ads', 'Campaign information linked to Google Ads'),
        DAYS_90
      ),
    ],
    storage: [],
    hosts: ['*.google-analytics.com', 'analytics.google.com'],
    source: 'https://support.google.com/analytics/answer/11397207',
  },
  {
    id: 'google-tag-manager',
    name: 'Google Tag Manager',
    provider: 'Google',
    description: t(
      'Chargeur de balises : il ne dépose pas de cookie lui-même, les balises qu’il déclenche en déposent (déclarez-les).',
      'Tag loader: it sets no cookie itself, the tags it fires do (declare them).'
    ),
    category: 'statistics',
    cookies: [],
    storage: [],
    hosts: ['www.googletagmanager.com'],
    source: 'https://policies.google.com/technologies/cookies',
  },
  {
    id: 'piano-analytics',
    name: 'Piano Analytics (AT Internet)',
    provider: 'Piano',
    description: t(
      'Mesure d’audience, anciennement AT Internet (Xiti).',
      'Audience measurement, formerly AT Internet (Xiti).'
    ),
    category: 'statistics',
    cookies: [
      cookie(
        '_pcid',
        t('Identifiant du visiteur', 'Visitor identifier'),
        t('13 mois par défaut (réglable)', '13 months by default (configurable)')
      ),
      cookie(
        '_pctx',
        t('Contexte partagé entre les outils Piano', 'Context shared by the Piano tools'),
        t('13 mois par défaut (réglable)', '13 months by default (configurable)')
      ),
      cookie(
        '_pprv',
        t('Mémorise le mode de consentement', 'Remembers the consent mode'),
        t('13 mois par défaut (réglable)', '13 months by default (configurable)')
      ),
      cookie(
        'pa_user',
        t('Informations sur l’utilisateur transmises par le site', 'User information the site sends'),
        t('13 mois par défaut (réglable)', '13 months by default (configurable)')
      ),
      cookie(
        'pa_vid',
        t('Identifiant du visiteur (versions antérieures à 6.8)', 'Visitor identifier (versions before 6.8)'),
        t('13 mois par défaut (réglable)', '13 months by default (configurable)')
      ),
      cookie(
        'pa_privacy',
        t('Mode de confidentialité (versions antérieures à 6.8)', 'Privacy mode (versions before 6.8)'),
        t('13 mois par défaut (réglable)', '13 months by default (configurable)')
      ),
      cookie(
        'atuserid',
        t('Identifiant du visiteur (marqueur AT Internet SmartTag)', 'Visitor identifier (AT Internet SmartTag)'),
        MONTHS_13
      ),
      cookie(
        'idrxvr',
        t('Identifiant du visiteur côté serveur (ancien)', 'Server-side visitor identifier (legacy)'),
        MONTHS_13,
        ['xiti.com', 'pa-cd.com']
      ),
    ],
    storage: [],
    hosts: ['*.xiti.com', '*.pa-cd.com', '*.aticdn.net'],
    exemption: t(
      `Exempté de consentement dans le mode « exempt » de Piano, configuré selon les conditions de la CNIL : ${AUDIENCE_EXEMPTION}`,
      `Exempt from consent in Piano’s “exempt” privacy mode, configured under the CNIL’s conditions: ${AUDIENCE_EXEMPTION}`
    ),
    source: 'https://developers.atinternet-solutions.com/piano-analytics/data-collection/general/cookie-storage',
  },
  {
    id: 'eulerian',
    name: 'Eulerian',
    provider: 'Eulerian Technologies',
    description: t('Mesure d’audience et d’attribution marketing.', 'Audience measurement and marketing attribution.'),
    category: 'statistics',
    cookies: [cookie('etuix', t('Identifiant anonyme de l’appareil', 'Anonymous device identifier'), MONTHS_13)],
    storage: [],
    hosts: ['*.eulerian.net', '*.eulerian.com'],
    exemption: t(
      `Exempté de consentement pour la seule mesure d’audience configurée selon les conditions de la CNIL (Eulerian applique 13 mois par défaut) : ${AUDIENCE_EXEMPTION}`,
      `Exempt from consent for audience measurement alone, configured under the CNIL’s conditions (Eulerian applies 13 months by default): ${AUDIENCE_EXEMPTION}`
    ),
    source: 'https://doc.eulerian.com/p/WijZuvqwsFKoQB/What-is-important-to-know-about-Eulerian-Cookies',
  },
  {
    id: 'hotjar',
    name: 'Hotjar',
    provider: 'Hotjar (Contentsquare)',
    description: t(
      'Cartes de chaleur, enregistrements de session et sondages.',
      'Heatmaps, session recordings and surveys.'
    ),
    category: 'statistics',
    cookies: [
      cookie(
        '_hjSessionUser_*',
        t('Identifiant du visiteur pour ce site', 'Visitor identifier for this site'),
        t('365 jours', '365 days')
      ),
      cookie('_hjSession_*', t('Données de la session en cours', 'Data of the current session'), MINUTES_30),
      cookie('_hjid', t('Identifiant du visiteur (ancien)', 'Visitor identifier (legacy)'), t('365 jours', '365 days')),
      cookie(
        '_hjAbsoluteSessionInProgress',
        t('Détecte la première page vue d’une session', 'Detects the first page view of a session'),
        MINUTES_30
      ),
      cookie(
        '_hjHasCachedUserAttributes',
        t('Indique si les attributs en cache sont à jour', 'Tells whether the cached attributes are up to date'),
        SESSION
      ),
      cookie(
        '_hjUserAttributesHash',
        t('Détecte un changement des attributs du visiteur', 'Detects a change in the visitor’s attributes'),
        t('2 minutes, prolongé', '2 minutes, extended')
      ),
      cookie(
        '_hjIncludedInSessionSample*',
        t('Indique si la session fait partie de l’échantillon', 'Tells whether the session is in the sample'),
        MINUTES_30
      ),
      cookie(
        '_hjTLDTest',
        t('Cherche le domaine le plus large utilisable', 'Finds the widest usable cookie domain'),
        t('Supprimé aussitôt', 'Deleted at once')
      ),
      cookie(
        '_hjClosedSurveyInvites',
        t('Ne plus montrer une invitation à un sondage', 'Stops showing a survey invitation'),
        t('365 jours', '365 days')
      ),
    ],
    storage: [
      local('_hjUserAttributes', t('Attributs du visiteur transmis par le site', 'Visitor attributes the site sends')),
      session('_hjRecordingLastActivity', t('Dernière activité enregistrée', 'Last recorded activity')),
      local(
        '_hjLocalStorageTest',
        t('Vérifie que le stockage local est utilisable', 'Checks that local storage works')
      ),
    ],
    hosts: ['*.hotjar.com', '*.hotjar.io'],
    source: 'https://help.hotjar.com/hc/en-us/articles/6952777582999-Cookies-Set-by-the-Hotjar-Tracking-Code',
  },
  {
    id: 'microsoft-clarity',
    name: 'Microsoft Clarity',
    provider: 'Microsoft',
    description: t('Cartes de chaleur et enregistrements de session.', 'Heatmaps and session recordings.'),
    category: 'statistics',
    cookies: [
      cookie(
        '_clck',
        t('Identifiant Clarity du visiteur pour ce site', 'Clarity visitor identifier for this site'),
        YEAR_1
      ),
      cookie(
        '_clsk',
        t('Relie les pages vues en un enregistrement', 'Links the page views into one recording'),
        t('1 jour', '1 day')
      ),
      cookie(
        'CLID',
        t('Première visite vue par Clarity, tous sites confondus', 'First visit Clarity saw, on any site'),
        YEAR_1,
        ['clarity.ms']
      ),
      cookie(
        'MUID',
        t(
          'Identifiant de navigateur de Microsoft (publicité, statistiques)',
          'Microsoft browser identifier (advertising, statistics)'
        ),
        YEAR_1,
        ['clarity.ms', 'bing.com']
      ),
      cookie(
        'ANONCHK',
        t(
          'Indique si MUID est transmis au cookie publicitaire ANID',
          'Tells whether MUID is passed to the ANID advertising cookie'
        ),
        t('10 minutes', '10 minutes'),
        ['clarity.ms', 'bing.com']
      ),
      cookie('MR', t('Indique s’il faut renouveler MUID', 'Tells whether to refresh MUID'), t('7 jours', '7 days'), [
        'clarity.ms',
        'bing.com',
      ]),
      cookie(
        'SM',
        t('Synchronise MUID entre les domaines de Microsoft', 'Syncs MUID across Microsoft domains'),
        SESSION,
        ['clarity.ms']
      ),
    ],
    storage: [],
    hosts: ['*.clarity.ms', 'c.bing.com'],
    source: 'https://learn.microsoft.com/en-us/clarity/setup-and-installation/cookie-list',
  },
  {
    id: 'youtube',
    name: 'YouTube',
    provider: 'Google',
    description: t(
      'Vidéos intégrées. Le mode « confidentialité renforcée » (youtube-nocookie.com) ne dépose pas de cookie avant la lecture, mais écrit dans le stockage local.',
      'Embedded videos. The privacy-enhanced mode (youtube-nocookie.com) sets no cookie before playback, but writes to local storage.'
    ),
    category: 'third-party',
    cookies: [
      cookie(
        'VISITOR_INFO1_LIVE',
        t('Préférences du lecteur et détection des problèmes', 'Player preferences and fault detection'),
        MONTHS_6,
        ['youtube.com']
      ),
      cookie(
        'VISITOR_PRIVACY_METADATA',
        t('Choix du visiteur sur les cookies de YouTube', 'The visitor’s choice about YouTube’s cookies'),
        MONTHS_6,
        ['youtube.com']
      ),
      cookie(
        'YSC',
        t(
          'Sécurité : vérifie que les requêtes viennent du visiteur',
          'Security: checks that requests come from the visitor'
        ),
        SESSION,
        ['youtube.com']
      ),
      cookie('__Secure-YEC', t('Détection de la fraude et des abus', 'Fraud and abuse detection'), MONTHS_13, [
        'youtube.com',
      ]),
      cookie('PREF', t('Préférences de lecture', 'Playback preferences'), t('8 mois', '8 months'), ['youtube.com']),
    ],
    storage: [
      local('yt-remote-*', t('Appareils et lecture à distance', 'Devices and remote playback')),
      local('ytidb::*', t('Base de données locale du lecteur', 'The player’s local database')),
      local('yt-player-*', t('Préférences du lecteur', 'Player preferences')),
    ],
    hosts: ['www.youtube.com', 'www.youtube-nocookie.com', '*.ytimg.com', '*.googlevideo.com', 'yt3.ggpht.com'],
    source: 'https://policies.google.com/technologies/cookies',
  },
  {
    id: 'vimeo',
    name: 'Vimeo',
    provider: 'Vimeo',
    description: t(
      'Vidéos intégrées. Le paramètre dnt=1 de l’adresse du lecteur empêche le dépôt de nouveaux cookies.',
      'Embedded videos. The player address’s dnt=1 parameter stops new cookies from being set.'
    ),
    category: 'third-party',
    cookies: [
      cookie(
        'vuid',
        t(
          'Identifiant pour les statistiques du propriétaire de la vidéo',
          'Identifier for the video owner’s statistics'
        ),
        YEARS_2,
        ['vimeo.com']
      ),
      cookie(
        'player',
        t('Préférences du lecteur (volume, qualité, sous-titres)', 'Player preferences (volume, quality, captions)'),
        YEAR_1,
        ['vimeo.com']
      ),
      cookie('player_clearance', t('Protection contre les robots', 'Bot protection'), t('7 jours', '7 days'), [
        'vimeo.com',
      ]),
    ],
    storage: [],
    hosts: ['player.vimeo.com', 'vimeo.com', '*.vimeocdn.com', 'fresnel.vimeo.com'],
    source: 'https://help.vimeo.com/hc/en-us/articles/26080940921361',
  },
  {
    id: 'dailymotion',
    name: 'Dailymotion',
    provider: 'Dailymotion',
    description: t('Vidéos intégrées.', 'Embedded videos.'),
    category: 'third-party',
    cookies: [
      cookie('v1st', t('Identifiant du visiteur', 'Visitor identifier'), MONTHS_13, ['dailymotion.com']),
      cookie('ts', t('Identifiant du visiteur pour les statistiques', 'Visitor identifier for statistics'), MONTHS_13, [
        'dailymotion.com',
      ]),
      cookie('dmvk', t('Identifiant de la session de lecture', 'Playback session identifier'), SESSION, [
        'dailymotion.com',
      ]),
    ],
    storage: [],
    hosts: ['*.dailymotion.com', '*.dmcdn.net'],
    source: 'https://legal.dailymotion.com/fr/politique-cookies/',
  },
  {
    id: 'meta-pixel',
    name: 'Meta Pixel',
    provider: 'Meta',
    description: t(
      'Mesure des conversions et ciblage publicitaire sur Facebook et Instagram.',
      'Conversion tracking and ad targeting on Facebook and Instagram.'
    ),
    category: 'third-party',
    cookies: [
      cookie('_fbp', t('Identifiant du navigateur pour la publicité', 'Browser identifier for advertising'), DAYS_90),
      cookie('_fbc', t('Dernier clic sur une publicité Meta', 'Last click on a Meta ad'), DAYS_90),
      cookie('fr', t('Publicité ciblée', 'Targeted advertising'), DAYS_90, ['facebook.com']),
    ],
    storage: [],
    hosts: ['connect.facebook.net', 'www.facebook.com'],
    source: 'https://www.facebook.com/privacy/policies/cookies/',
  },
  {
    id: 'linkedin-insight',
    name: 'LinkedIn Insight Tag',
    provider: 'LinkedIn',
    description: t('Mesure des conversions et reciblage publicitaire.', 'Conversion tracking and ad retargeting.'),
    category: 'third-party',
    cookies: [
      cookie(
        'li_sugr',
        t('Rapprochement probabiliste de l’identité du visiteur', 'Probabilistic match of the visitor’s identity'),
        t('3 mois', '3 months'),
        ['linkedin.com']
      ),
      cookie('bcookie', t('Identifiant du navigateur', 'Browser identifier'), YEAR_1, ['linkedin.com']),
      cookie('bscookie', t('Identifiant sécurisé du navigateur', 'Secure browser identifier'), YEAR_1, [
        'linkedin.com',
      ]),
      cookie('lidc', t('Choix du centre de données', 'Data-centre selection'), t('24 heures', '24 hours'), [
        'linkedin.com',
      ]),
      cookie(
        'UserMatchHistory',
        t('Synchronisation des identifiants publicitaires', 'Advertising identifier sync'),
        t('30 jours', '30 days'),
        ['linkedin.com']
      ),
      cookie(
        'AnalyticsSyncHistory',
        t('Date de synchronisation avec lms_analytics', 'When the sync with lms_analytics took place'),
        t('30 jours', '30 days'),
        ['linkedin.com']
      ),
      cookie(
        'li_gc',
        t('Choix du visiteur sur les cookies de LinkedIn', 'The visitor’s choice about LinkedIn’s cookies'),
        MONTHS_6,
        ['linkedin.com']
      ),
      cookie(
        'li_fat_id',
        t('Attribution des conversions aux clics', 'Attributes conversions to clicks'),
        t('30 jours', '30 days'),
        ['linkedin.com']
      ),
    ],
    storage: [],
    hosts: ['snap.licdn.com', 'px.ads.linkedin.com', '*.linkedin.com'],
    source: 'https://www.linkedin.com/legal/l/cookie-table',
  },
  {
    id: 'x-twitter',
    name: 'X (Twitter) : publications intégrées',
    provider: 'X Corp.',
    description: t(
      'Publications et fils intégrés, boutons de partage.',
      'Embedded posts and timelines, share buttons.'
    ),
    category: 'third-party',
    cookies: [
      cookie(
        'guest_id',
        t('Identifiant du visiteur non connecté', 'Identifier of a visitor who is not logged in'),
        t('Jusqu’à 2 ans', 'Up to 2 years'),
        ['x.com', 'twitter.com']
      ),
      cookie('guest_id_ads', t('Publicité', 'Advertising'), t('Jusqu’à 2 ans', 'Up to 2 years'), [
        'x.com',
        'twitter.com',
      ]),
      cookie('guest_id_marketing', t('Publicité', 'Advertising'), t('Jusqu’à 2 ans', 'Up to 2 years'), [
        'x.com',
        'twitter.com',
      ]),
      cookie(
        'personalization_id',
        t('Personnalisation et publicité', 'Personalisation and advertising'),
        t('Jusqu’à 2 ans', 'Up to 2 years'),
        ['x.com', 'twitter.com']
      ),
      cookie('muc_ads', t('Publicité', 'Advertising'), t('Jusqu’à 2 ans', 'Up to 2 years'), ['x.com', 'twitter.com']),
    ],
    storage: [],
    hosts: [
      'platform.twitter.com',
      'syndication.twitter.com',
      '*.twimg.com',
      'platform.x.com',
      '*.x.com',
      '*.twitter.com',
    ],
    source: 'https://help.x.com/en/rules-and-policies/x-cookies',
  },
  {
    id: 'instagram',
    name: 'Instagram : publications intégrées',
    provider: 'Meta',
    description: t('Publications Instagram intégrées.', 'Embedded Instagram posts.'),
    category: 'third-party',
    cookies: [
      cookie('csrftoken', t('Sécurité des formulaires d’Instagram', 'Instagram’s form security'), YEAR_1, [
        'instagram.com',
      ]),
      cookie('mid', t('Identifiant du navigateur', 'Browser identifier'), t('Voir la source', 'See the source'), [
        'instagram.com',
      ]),
      cookie('ig_did', t('Identifiant de l’appareil', 'Device identifier'), t('Voir la source', 'See the source'), [
        'instagram.com',
      ]),
      cookie('ig_nrcb', t('Préférences d’affichage', 'Display preferences'), t('Voir la source', 'See the source'), [
        'instagram.com',
      ]),
      cookie(
        'datr',
        t('Sécurité et intégrité du service', 'Security and integrity of the service'),
        t('Voir la source', 'See the source'),
        ['instagram.com']
      ),
    ],
    storage: [],
    hosts: ['www.instagram.com', '*.cdninstagram.com'],
    source: 'https://privacycenter.instagram.com/policies/cookies/',
  },
  {
    id: 'google-maps',
    name: 'Google Maps',
    provider: 'Google',
    description: t('Cartes intégrées.', 'Embedded maps.'),
    category: 'third-party',
    cookies: googleConsentCookies('Google Maps'),
    storage: [],
    hosts: ['maps.googleapis.com', 'maps.gstatic.com', 'maps.google.com', 'www.google.com'],
    source: 'https://policies.google.com/technologies/cookies',
  },
  {
    id: 'recaptcha',
    name: 'reCAPTCHA',
    provider: 'Google',
    description: t('Protection des formulaires contre les robots.', 'Form protection against bots.'),
    category: 'third-party',
    cookies: [
      cookie('_GRECAPTCHA', t('Analyse de risque contre les robots', 'Risk analysis against bots'), MONTHS_6, [
        'google.com',
        'recaptcha.net',
      ]),
      ...googleConsentCookies('reCAPTCHA'),
    ],
    storage: [
      local('rc::a', t('Distingue les humains des robots', 'Tells humans from bots')),
      local('rc::f', t('Distingue les humains des robots', 'Tells humans from bots')),
      session('rc::b', t('Distingue les humains des robots', 'Tells humans from bots')),
      session('rc::c', t('Distingue les humains des robots', 'Tells humans from bots')),
    ],
    hosts: ['www.google.com', 'www.gstatic.com', 'www.recaptcha.net'],
    source: 'https://policies.google.com/technologies/cookies',
  },
  {
    id: 'hcaptcha',
    name: 'hCaptcha',
    provider: 'Intuition Machines',
    description: t('Protection des formulaires contre les robots.', 'Form protection against bots.'),
    category: 'third-party',
    cookies: [
      cookie(
        'hc_accessibility',
        t(
          'Accès sans défi pour les personnes handicapées inscrites',
          'Challenge-free access for registered disabled users'
        ),
        t('Voir la source', 'See the source'),
        ['hcaptcha.com']
      ),
    ],
    storage: [],
    hosts: ['*.hcaptcha.com'],
    source: 'https://www.hcaptcha.com/privacy',
  },
  {
    id: 'brevo',
    name: 'Brevo (formulaires et suivi)',
    provider: 'Brevo (ex-Sendinblue)',
    description: t(
      'Formulaires d’inscription à une lettre d’information et suivi des contacts.',
      'Newsletter sign-up forms and contact tracking.'
    ),
    category: 'third-party',
    cookies: [
      cookie('sib_cuid', t('Relie la navigation à un contact Brevo', 'Links browsing to a Brevo contact'), MONTHS_6),
    ],
    storage: [],
    hosts: ['*.sibforms.com', 'sibautomation.com', '*.sibautomation.com', '*.brevo.com'],
    source: 'https://help.brevo.com/hc/fr/articles/4409601214226',
  },
  {
    id: 'mailchimp',
    name: 'Mailchimp (formulaires)',
    provider: 'Intuit Mailchimp',
    description: t('Formulaires d’inscription à une lettre d’information.', 'Newsletter sign-up forms.'),
    category: 'third-party',
    cookies: [
      cookie(
        'MCPopupClosed',
        t('Ne plus montrer la fenêtre d’inscription fermée', 'Stops showing a closed sign-up pop-up'),
        t('Voir la source', 'See the source')
      ),
      cookie(
        'MCPopupSubscribed',
        t(
          'Ne plus montrer la fenêtre d’inscription après inscription',
          'Stops showing the sign-up pop-up after signing up'
        ),
        t('Voir la source', 'See the source')
      ),
    ],
    storage: [],
    hosts: ['*.list-manage.com', '*.chimpstatic.com', '*.mailchimp.com'],
    source: 'https://www.intuit.com/privacy/statement/',
  },
  {
    id: 'hubspot',
    name: 'HubSpot',
    provider: 'HubSpot',
    description: t(
      'Suivi des visiteurs, formulaires et messagerie instantanée.',
      'Visitor tracking, forms and live chat.'
    ),
    category: 'third-party',
    cookies: [
      cookie(
        '__hstc',
        t(
          'Suivi des visiteurs (domaine, identifiant, dates de visite)',
          'Visitor tracking (domain, identifier, visit times)'
        ),
        MONTHS_6
      ),
      cookie(
        'hubspotutk',
        t('Identité du visiteur, transmise avec les formulaires', 'Visitor identity, sent with forms'),
        MONTHS_6
      ),
      cookie('__hssc', t('Suivi de la session', 'Session tracking'), MINUTES_30),
      cookie('__hssrc', t('Détecte un redémarrage du navigateur', 'Detects a browser restart'), SESSION),
      cookie('__hs_opt_out', t('Mémorise le refus du visiteur', 'Remembers the visitor’s refusal'), MONTHS_6),
      cookie(
        '__hs_do_not_track',
        t('Empêche tout envoi d’information à HubSpot', 'Stops sending anything to HubSpot'),
        MONTHS_6
      ),
      cookie(
        '__hs_cookie_cat_pref',
        t('Catégories acceptées par le visiteur', 'Categories the visitor accepted'),
        MONTHS_6
      ),
      cookie(
        'messagesUtk',
        t('Reconnaît le visiteur dans la messagerie', 'Recognises the visitor in the chat'),
        MONTHS_6
      ),
    ],
    storage: [],
    hosts: [
      '*.hs-scripts.com',
      '*.hs-analytics.net',
      '*.hs-banner.com',
      '*.hsforms.net',
      '*.hscollectedforms.net',
      '*.hubspot.com',
    ],
    source: 'https://knowledge.hubspot.com/privacy-and-consent/what-cookies-does-hubspot-set-in-a-visitor-s-browser',
  },
  {
    id: 'calameo',
    name: 'Calaméo',
    provider: 'Calaméo',
    description: t(
      'Publications feuilletables intégrées ; le lecteur dépose ses cookies sur calameo.com (le scan les reconnaît à leur domaine).',
      'Embedded flip-book publications; the reader sets its cookies on calameo.com (the scan recognises them by their domain).'
    ),
    category: 'third-party',
    cookies: [],
    storage: [],
    hosts: ['*.calameo.com'],
    source: 'https://www.calameo.com/privacy',
  },
  {
    id: 'issuu',
    name: 'Issuu',
    provider: 'Issuu',
    description: t(
      'Publications feuilletables intégrées ; le lecteur dépose ses cookies sur issuu.com (le scan les reconnaît à leur domaine).',
      'Embedded flip-book publications; the reader sets its cookies on issuu.com (the scan recognises them by their domain).'
    ),
    category: 'third-party',
    cookies: [],
    storage: [],
    hosts: ['*.issuu.com', '*.isu.pub'],
    source: 'https://issuu.com/legal/cookies',
  },
  {
    id: 'soundcloud',
    name: 'SoundCloud',
    provider: 'SoundCloud',
    description: t('Lecteur audio intégré.', 'Embedded audio player.'),
    category: 'third-party',
    cookies: [
      cookie(
        'sc_anonymous_id',
        t('Identifiant du visiteur non connecté', 'Identifier of a visitor who is not logged in'),
        t('Voir la source', 'See the source'),
        ['soundcloud.com']
      ),
    ],
    storage: [],
    hosts: ['w.soundcloud.com', '*.soundcloud.com', '*.sndcdn.com'],
    source: 'https://soundcloud.com/pages/cookies',
  },
  {
    id: 'spotify',
    name: 'Spotify',
    provider: 'Spotify',
    description: t('Lecteur audio et podcasts intégrés.', 'Embedded audio player and podcasts.'),
    category: 'third-party',
    cookies: [
      cookie('sp_t', t('Identifiant du visiteur', 'Visitor identifier'), YEAR_1, ['spotify.com']),
      cookie('sp_landing', t('Page d’arrivée du visiteur', 'The visitor’s landing page'), t('1 jour', '1 day'), [
        'spotify.com',
      ]),
    ],
    storage: [],
    hosts: ['open.spotify.com', '*.spotify.com', '*.scdn.co', '*.spotifycdn.com'],
    source: 'https://www.spotify.com/fr/legal/cookies-policy/',
  },
  {
    id: 'typeform',
    name: 'Typeform',
    provider: 'Typeform',
    description: t('Formulaires et questionnaires intégrés.', 'Embedded forms and surveys.'),
    category: 'third-party',
    cookies: [
      cookie(
        'attribution_user_id',
        t('Identifiant du répondant pour les statistiques', 'Respondent identifier for statistics'),
        YEAR_1,
        ['typeform.com']
      ),
    ],
    storage: [],
    hosts: ['*.typeform.com'],
    source: 'https://www.typeform.com/cookies-policy/',
  },
  {
    id: 'cloudflare',
    name: 'Cloudflare',
    provider: 'Cloudflare',
    description: t(
      'Réseau de diffusion et protection du site : ses cookies sont déposés sur le domaine du site.',
      'Content delivery and site protection: its cookies are set on the site’s domain.'
    ),
    category: 'necessary',
    cookies: [
      cookie(
        '__cf_bm',
        t('Distingue les humains des robots (gestion des robots)', 'Tells humans from bots (bot management)'),
        MINUTES_30
      ),
      cookie(
        'cf_clearance',
        t('Preuve qu’un défi a été réussi', 'Proof that a challenge was passed'),
        t('Réglée par le site (30 minutes à 1 an)', 'Set by the site (30 minutes to 1 year)')
      ),
      cookie(
        '__cflb',
        t('Équilibrage de charge entre serveurs', 'Load balancing across servers'),
        t('Session, jusqu’à 24 heures', 'Session, up to 24 hours')
      ),
      cookie('_cfuvid', t('Limitation du débit par visiteur', 'Per-visitor rate limiting'), SESSION),
      cookie('__cfruid', t('Limitation du débit (ancien)', 'Rate limiting (legacy)'), SESSION),
      cookie(
        '__cfwaitingroom',
        t('Place du visiteur dans la salle d’attente', 'The visitor’s place in the waiting room'),
        t('Réglée par le site', 'Set by the site')
      ),
    ],
    storage: [],
    hosts: ['challenges.cloudflare.com', 'cdnjs.cloudflare.com'],
    exemption: t(
      'La CNIL range l’équilibrage de charge parmi les traceurs exemptés de consentement ; Cloudflare présente ses cookies comme strictement nécessaires au service.',
      'The CNIL lists load balancing among the trackers exempt from consent; Cloudflare describes its cookies as strictly necessary to the service.'
    ),
    source: 'https://developers.cloudflare.com/fundamentals/reference/policies-compliances/cloudflare-cookies/',
  },
  {
    id: 'opendatasoft',
    name: 'Portail Opendatasoft',
    provider: 'Opendatasoft',
    description: t('Les cookies d’un portail de données Opendatasoft.', 'The cookies of an Opendatasoft data portal.'),
    category: 'necessary',
    cookies: [
      cookie(
        'sessionid',
        t(
          'Se souvenir de l’utilisateur d’une page à une autre (authentification)',
          'Remembers the user from one page to the next (authentication)'
        ),
        t('2 semaines', '2 weeks')
      ),
      cookie(
        'django_language',
        t('Se souvenir de la langue du visiteur', 'Remembers the visitor’s language'),
        t('12 mois', '12 months')
      ),
      cookie(
        'csrftoken',
        t(
          'Protéger les appels à l’API contre la falsification de requêtes (CSRF)',
          'Protects API calls against request forgery (CSRF)'
        ),
        t('Jusqu’à 12 mois', 'Up to 12 months')
      ),
      cookie(
        'cookies_preferences',
        t('Se souvenir du choix du visiteur sur les cookies', 'Remembers the visitor’s choice about cookies'),
        MONTHS_6
      ),
    ],
    storage: [],
    hosts: ['*.opendatasoft.com'],
    exemption: CONSENT_STORAGE_EXEMPTION,
    source: 'https://info-financiere.gouv.fr/terms/cookies-policy/',
  },
  {
    id: 'cookie-consent',
    name: 'cookie-consent (cet outil)',
    provider: 'cookie-charter',
    description: t(
      'Le bandeau `<cookie-consent>` : il conserve le choix du visiteur.',
      'The `<cookie-consent>` banner: it keeps the visitor’s choice.'
    ),
    category: 'necessary',
    cookies: [
      cookie(
        'cookies_preferences',
        t('Se souvenir du choix du visiteur sur les cookies', 'Remembers the visitor’s choice about cookies'),
        t('182 jours par défaut (395 au plus)', '182 days by default (395 at most)')
      ),
    ],
    storage: [],
    hosts: [],
    exemption: CONSENT_STORAGE_EXEMPTION,
    source: 'https://www.npmjs.com/package/cookie-charter',
  },
  {
    id: 'tarteaucitron',
    name: 'tarteaucitron.js',
    provider: 'tarteaucitron',
    description: t('Gestionnaire de consentement.', 'Consent manager.'),
    category: 'necessary',
    cookies: [
      cookie(
        'tarteaucitron',
        t(
          'Se souvenir du choix du visiteur, service par service',
          'Remembers the visitor’s choice, service by service'
        ),
        t('365 jours par défaut (nom et durée réglables)', '365 days by default (name and duration configurable)')
      ),
    ],
    storage: [],
    hosts: ['tarteaucitron.io', '*.tarteaucitron.io'],
    exemption: CONSENT_STORAGE_EXEMPTION,
    source: 'https://github.com/AmauriC/tarteaucitron.js',
  },
  {
    id: 'axeptio',
    name: 'Axeptio',
    provider: 'Axeptio',
    description: t('Gestionnaire de consentement.', 'Consent manager.'),
    category: 'necessary',
    cookies: [
      cookie(
        'axeptio_cookies',
        t(
          'Choix du visiteur (date, identifiant anonyme, état)',
          'The visitor’s choice (date, anonymous identifier, state)'
        ),
        MONTHS_6
      ),
      cookie('axeptio_all_vendors', t('Liste des services déclarés', 'List of the declared services'), MONTHS_6),
      cookie('axeptio_authorized_vendors', t('Liste des services acceptés', 'List of the accepted services'), MONTHS_6),
      cookie('_ax_token', t('Identifiant anonyme du visiteur', 'Anonymous visitor identifier'), MONTHS_6),
    ],
    storage: [
      local('_ax_token', t('Identifiant anonyme du visiteur', 'Anonymous visitor identifier')),
      local('_ax_expiration', t('Date d’expiration du consentement', 'When the consent expires')),
      local('_ax_tcstring', t('Chaîne de consentement IAB TCF', 'IAB TCF consent string')),
    ],
    hosts: ['*.axept.io'],
    exemption: CONSENT_STORAGE_EXEMPTION,
    source: 'https://support.axeptio.eu/en/articles/274085-what-cookies-does-axeptio-set',
  },
  {
    id: 'didomi',
    name: 'Didomi',
    provider: 'Didomi',
    description: t('Gestionnaire de consentement.', 'Consent manager.'),
    category: 'necessary',
    cookies: [
      cookie(
        'didomi_token',
        t('Choix du visiteur, services et finalités', 'The visitor’s choice, services and purposes'),
        t('Durée du consentement réglée dans Didomi', 'The consent duration set in Didomi')
      ),
      cookie(
        'didomi_dcs',
        t('Choix du visiteur (format compact)', 'The visitor’s choice (compact format)'),
        t('Durée du consentement réglée dans Didomi', 'The consent duration set in Didomi')
      ),
      cookie(
        'euconsent-v2',
        t('Chaîne de consentement IAB TCF', 'IAB TCF consent string'),
        t('Durée du consentement réglée dans Didomi', 'The consent duration set in Didomi')
      ),
    ],
    storage: [
      local(
        'didomi_token',
        t('Choix du visiteur, services et finalités', 'The visitor’s choice, services and purposes')
      ),
      local('didomi_dcs', t('Choix du visiteur (format compact)', 'The visitor’s choice (compact format)')),
      local('euconsent-v2', t('Chaîne de consentement IAB TCF', 'IAB TCF consent string')),
    ],
    hosts: ['*.privacy-center.org'],
    exemption: CONSENT_STORAGE_EXEMPTION,
    source: 'https://developers.didomi.io/cmp/web-sdk/consent-notice/cookies',
  },
  {
    id: 'cookiebot',
    name: 'Cookiebot',
    provider: 'Usercentrics (Cybot)',
    description: t('Gestionnaire de consentement.', 'Consent manager.'),
    category: 'necessary',
    cookies: [
      cookie(
        'CookieConsent',
        t('Choix du visiteur sur les catégories de cookies', 'The visitor’s choice about the cookie categories'),
        t('12 mois', '12 months')
      ),
      cookie(
        'CookieConsentBulkTicket',
        t('Consentement commun à plusieurs domaines', 'Consent shared by several domains'),
        t('12 mois', '12 months'),
        ['cookiebot.com', 'cookiebot.eu']
      ),
      cookie(
        'CookieConsentBulkSetting-*',
        t('Consentement commun à plusieurs domaines', 'Consent shared by several domains'),
        t('12 mois', '12 months')
      ),
    ],
    storage: [],
    hosts: ['*.cookiebot.com', '*.cookiebot.eu'],
    exemption: CONSENT_STORAGE_EXEMPTION,
    source: 'https://www.cookiebot.com/en/developer/',
  },
  {
    id: 'vanilla-cookieconsent',
    name: 'CookieConsent (orestbida)',
    provider: 'vanilla-cookieconsent',
    description: t('Gestionnaire de consentement open source.', 'Open-source consent manager.'),
    category: 'necessary',
    cookies: [
      cookie(
        'cc_cookie',
        t('Se souvenir du choix du visiteur', 'Remembers the visitor’s choice'),
        t('182 jours par défaut (réglable)', '182 days by default (configurable)')
      ),
    ],
    storage: [],
    hosts: [],
    exemption: CONSENT_STORAGE_EXEMPTION,
    source: 'https://cookieconsent.orestbida.com/reference/configuration-reference.html',
  },
  {
    id: 'orejime',
    name: 'Orejime',
    provider: 'Orejime (Empreinte Digitale)',
    description: t(
      'Gestionnaire de consentement open source, avec un thème DSFR.',
      'Open-source consent manager, with a DSFR theme.'
    ),
    category: 'necessary',
    cookies: [
      cookie(
        'orejime',
        t('Se souvenir du choix du visiteur', 'Remembers the visitor’s choice'),
        t('365 jours par défaut (réglable)', '365 days by default (configurable)')
      ),
    ],
    storage: [],
    hosts: [],
    exemption: CONSENT_STORAGE_EXEMPTION,
    source: 'https://github.com/empreinte-digitale/orejime',
  },
  {
    id: 'google-fonts',
    name: 'Google Fonts',
    provider: 'Google',
    description: t(
      'Polices de caractères : pas de cookie, mais l’adresse IP du visiteur part chez Google à chaque page ; héberger les polices sur le site l’évite.',
      'Fonts: no cookie, but every page sends the visitor’s IP address to Google; hosting the fonts on the site avoids it.'
    ),
    category: 'third-party',
    cookies: [],
    storage: [],
    hosts: ['fonts.googleapis.com', 'fonts.gstatic.com'],
    source: 'https://developers.google.com/fonts/faq/privacy',
  },
];
