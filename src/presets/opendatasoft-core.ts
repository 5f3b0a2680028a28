import type {ConfigSkeleton} from '../core/types.js';

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
};
