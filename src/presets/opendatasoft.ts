import type {CategoryConfig, ConsentConfig} from '../core/types.js';
import {opendatasoftCore} from './opendatasoft-core.js';

/** The texts of the built-in categories, by category id (the skeleton has their ids only). */
const categoryTexts: Record<string, Pick<CategoryConfig, 'title' | 'description'>> = {
  necessary: {
    title: {
      fr: 'Cookies nécessaires au bon fonctionnement de la plateforme / cookies fonctionnels',
      en: 'Cookies needed for the platform to work / functional cookies',
    },
    description: {
      fr: "Les cookies « nécessaires », internes, permettent d'enregistrer des informations entre deux consultations d'un même site web sur un même appareil. Ils permettent d'enregistrer un panier d'achat, des identifiants de connexion ou encore des éléments de personnalisation de l'interface. Ils ne requièrent pas de consentement de la part de l'utilisateur.",
      en: '“Necessary” cookies are first-party cookies that keep information between two visits to the same website on the same device. They remember a shopping basket, login details or the way you set up the interface. They do not require your consent.',
    },
  },
  statistics: {
    title: {fr: 'Cookies statistiques', en: 'Statistics cookies'},
    description: {
      fr: "Les cookies « statistiques » permettent de suivre les actions d'un internaute sur un site web. Lorsque les statistiques sont anonymes (c'est-à-dire ne permettent pas de retrouver une personne), le consentement de l'utilisateur n'est pas nécessaire.",
      en: '“Statistics” cookies track what a visitor does on a website. When the statistics are anonymous (that is, no one can be identified from them), the visitor’s consent is not required.',
    },
  },
  'first-party': {
    title: {fr: 'Cookies internes (first-party)', en: 'First-party cookies'},
    description: {
      fr: "Les cookies « internes » ou « first-party » sont déposés par le site consulté. Ils peuvent être déposés en plus des cookies nécessaires et peuvent être utilisés pour collecter des données personnelles, suivre le comportement de l'utilisateur et servir à des finalités publicitaires.",
      en: '“First-party” cookies are set by the website you are visiting. They may be set in addition to the necessary cookies and may be used to collect personal data, follow what you do and serve advertising purposes.',
    },
  },
  'third-party': {
    title: {fr: 'Cookies tiers (third-party)', en: 'Third-party cookies'},
    description: {
      fr: 'Les cookies dits « tiers », « tierce partie » ou « third party » sont des cookies déposés par (ou pour) un site B (souvent une régie publicitaire) sur un site A : cela permet au site B de voir quelles pages ont été visitées sur le site A par un utilisateur et de collecter des informations sur lui.',
      en: '“Third-party” cookies are set by (or for) a site B, often an advertising network, on a site A: they let site B see which pages of site A a visitor has viewed and collect information about them.',
    },
  },
};

/**
 * The built-in configuration: the cookie charter of an Opendatasoft portal, with its four
 * cookie types as categories and its four Opendatasoft cookies. It is what both elements show
 * when no configuration is given. Its skeleton (`opendatasoftCore`: revision, site, cookie,
 * category ids) is all the banner needs; the texts here load with the dialog or the charter.
 */
export const opendatasoftPreset: ConsentConfig = {
  ...structuredClone(opendatasoftCore),
  categories: opendatasoftCore.categories.map((c) => ({...c, ...categoryTexts[c.id]})),
  cookies: [
    {
      category: 'necessary',
      provider: 'Opendatasoft',
      service: {
        fr: 'Authentification (front et back office)',
        en: 'Authentication (front and back office)',
      },
      name: 'sessionid',
      purpose: {
        fr: "Se souvenir de l'utilisateur d'une page à une autre.",
        en: 'Remembers the user from one page to the next.',
      },
      duration: {fr: '2 semaines', en: '2 weeks'},
    },
    {
      category: 'necessary',
      provider: 'Opendatasoft',
      service: {
        fr: 'Sélection de la langue (front et back office)',
        en: 'Language selection (front and back office)',
      },
      name: 'django_language',
      purpose: {fr: 'Se souvenir de la langue du visiteur', en: 'Remembers the visitor’s language.'},
      duration: {fr: 'Session', en: 'Session'},
    },
    {
      category: 'necessary',
      provider: 'Opendatasoft',
      service: {fr: 'API (CSRF) (front et back office)', en: 'API (CSRF) (front and back office)'},
      name: 'csrftoken',
      purpose: {
        fr: 'Récupérer des données via des appels API',
        en: 'Fetches data through API calls.',
      },
      duration: {fr: '1 an', en: '1 year'},
    },
    {
      category: 'necessary',
      provider: 'Opendatasoft',
      service: {
        fr: 'Choix concernant vos préférences sur les cookies',
        en: 'Your cookie preferences',
      },
      name: 'cookies_preferences',
      purpose: {
        fr: 'Se souvenir du choix opéré par le visiteur concernant les cookies',
        en: 'Remembers the choice the visitor made about cookies.',
      },
      duration: {fr: '6 mois', en: '6 months'},
    },
  ],
};
