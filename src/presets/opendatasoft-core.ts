import type {ConfigSkeleton} from '../core/types.js';

/**
 * The skeleton of the built-in configuration (`opendatasoftPreset` adds the texts and the
 * cookies): small enough for the browser bundle's entry, which shows the banner with it.
 */
export const opendatasoftCore: ConfigSkeleton = {
  // 2: the categories became purposes (the seed's first-party and third-party kinds of cookie
  // gave way to third-party content and services); visitors who decided before are asked again.
  revision: 2,
  site: {
    name: 'data.seineouest.fr',
    url: 'https://data.seineouest.fr',
  },
  cookie: {name: 'cookies_preferences', maxAgeDays: 182, domain: null},
  categories: [{id: 'necessary', required: true}, {id: 'statistics'}, {id: 'third-party'}],
};
