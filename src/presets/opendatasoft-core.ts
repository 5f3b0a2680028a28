import type {CategoryConfig, ConsentConfig} from '../core/types.js';

/**
 * What the banner needs of a configuration: everything but the categories' texts and the
 * cookie list (what names a category, the dialog and the embed placeholders, loads them).
 */
export type ConfigSkeleton = Pick<ConsentConfig, 'revision' | 'site' | 'cookie'> & {
  categories: Array<Pick<CategoryConfig, 'id' | 'required'>>;
  /** Empty: the cookie list comes with the texts. */
  cookies: [];
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
  categories: [{id: 'necessary', required: true}, {id: 'statistics'}, {id: 'first-party'}, {id: 'third-party'}],
  cookies: [],
};
