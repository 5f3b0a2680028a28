import type {CategoryConfig, ConsentConfig} from '../core/types.js';

/**
 * What the banner needs of a configuration: everything but the categories' explanations and
 * the cookie list. The titles stay: the GPC notice and the embed placeholders name categories.
 */
export type ConfigSkeleton = Pick<ConsentConfig, 'revision' | 'site' | 'cookie'> & {
  categories: Array<Pick<CategoryConfig, 'id' | 'required' | 'title'>>;
};

/**
 * The skeleton of the built-in configuration (`opendatasoftPreset` adds the texts and the
 * cookies): small enough for the browser bundle's entry, which shows the banner with it.
 */
export const opendatasoftCore: ConfigSkeleton = {
  revision: 1,
  site: {
    name: 'data.seineouest.fr',
    url: 'https://data.seineouest.fr',
  },
  cookie: {name: 'cookies_preferences', maxAgeDays: 182, domain: null},
  categories: [
    {
      id: 'necessary',
      required: true,
      title: {
        fr: 'Cookies nécessaires au bon fonctionnement de la plateforme / cookies fonctionnels',
        en: 'Cookies needed for the platform to work / functional cookies',
      },
    },
    {id: 'statistics', title: {fr: 'Cookies statistiques', en: 'Statistics cookies'}},
    {id: 'first-party', title: {fr: 'Cookies internes (first-party)', en: 'First-party cookies'}},
    {id: 'third-party', title: {fr: 'Cookies tiers (third-party)', en: 'Third-party cookies'}},
  ],
};
