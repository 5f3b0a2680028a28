// Services named by a configuration (`"services": [{"id": "matomo", "category": "statistics"}]`)
// become the cookie and storage declarations the catalogue holds for them, so that a site owner
// need not copy them. This runs on the configuration as given, before `validateConfig`, which
// then checks the declarations like any other. The catalogue is a parameter: the browser bundle
// loads it only for a configuration that names a service (`namesServices`).
import type {CatalogueService, ServiceId} from '../catalogue/types.js';
import {opendatasoftCore} from '../presets/opendatasoft-core.js';
import {namesServices} from './config-check.js';
import type {ConfigIssue, ConsentConfig, CookieDeclaration, ResolvedService, StorageDeclaration} from './types.js';

/** One service a configuration uses: a catalogue id, and the category its cookies go under. */
export interface ServiceUse {
  /** The id of a service of the catalogue (`matomo`, `youtube`, …). */
  id: ServiceId;
  /** The id of one of the configuration's categories; default: the service's suggested category. */
  category?: string;
}

/**
 * The configuration as a site owner writes it: the format of `ConsentConfig` (every field
 * optional, as `validateConfig` fills defaults), plus `services`. A service may be named by its
 * id alone (`"services": ["matomo"]`).
 */
export type ConfigWithServices = Omit<Partial<ConsentConfig>, 'services'> & {services?: Array<ServiceUse | ServiceId>};

/** What `expandServices` returns: the configuration to check, and what was wrong in `services`. */
export interface ExpandedServices {
  /** A new object when services were named; the input is never changed. */
  config: unknown;
  /** One per faulty entry of `services`, with its path (`services[2].id`). */
  issues: ConfigIssue[];
  /**
   * The services applied, each with the category it went under: the checked configuration
   * keeps them as its `services`, which the declaration's digest counts.
   */
  services: ResolvedService[];
}

type Data = Record<string, unknown>;
const isObject = (v: unknown): v is Data => typeof v == 'object' && v !== null && !Array.isArray(v);

/** Whether a configuration names services: only then does it need the catalogue. */
export {namesServices};

/**
 * Adds to `config.cookies` and `config.storage` the declarations of the services named in
 * `config.services`, each under the category the entry names (else the service's suggested
 * category, when the configuration has it). What the configuration declares itself wins: a
 * service's cookie whose name (or pattern) is already in `cookies[]` is left out, and so is a
 * storage key already in `storage[]`; between two services, the first named wins. An unknown
 * service id, an unknown category or a malformed entry gives an issue naming the field, and
 * that entry is skipped; everything else is kept.
 *
 * A configuration without `categories` uses the built-in ones, and without `cookies` the
 * built-in cookies: give those as `builtInCookies` so that the services' cookies are added to
 * them (otherwise they replace them, since a configuration that lists cookies brings its own).
 */
export function expandServices(
  config: unknown,
  catalogue: readonly CatalogueService[],
  builtInCookies?: () => CookieDeclaration[]
): ExpandedServices {
  const issues: ConfigIssue[] = [];
  const applied: ResolvedService[] = [];
  if (!namesServices(config)) return {config, issues, services: applied};
  const input = config as Data;
  const uses = input.services;
  if (!Array.isArray(uses)) {
    issues.push({path: 'services', message: 'must be a list such as [{"id": "matomo", "category": "statistics"}]'});
    return {config, issues, services: applied};
  }

  const categoryIds: string[] = Array.isArray(input.categories)
    ? input.categories.filter((c) => isObject(c) && typeof c.id == 'string').map((c) => (c as Data).id as string)
    : opendatasoftCore.categories.map((c) => c.id);
  const ownCookies: unknown[] = Array.isArray(input.cookies)
    ? input.cookies
    : input.cookies === undefined && input.categories === undefined && builtInCookies
      ? builtInCookies()
      : [];
  const ownStorage: unknown[] = Array.isArray(input.storage) ? input.storage : [];
  const cookieNames = new Set(ownCookies.filter(isObject).map((c) => c.name));
  const storageKeys = new Set(ownStorage.filter(isObject).map((s) => `${s.storage}:${s.key}`));
  const cookies: CookieDeclaration[] = [];
  const storage: StorageDeclaration[] = [];
  const named = new Set<string>();

  uses.forEach((raw, i) => {
    const at = `services[${i}]`;
    const use = typeof raw == 'string' ? {id: raw} : raw;
    if (!isObject(use) || typeof use.id != 'string') {
      issues.push({path: at, message: 'must be a service id or an object such as {"id": "matomo"}'});
      return;
    }
    const service = catalogue.find((s) => s.id === use.id);
    if (!service) {
      issues.push({path: `${at}.id`, message: `"${use.id}" is not a service of the catalogue`});
      return;
    }
    if (named.has(service.id)) {
      issues.push({path: `${at}.id`, message: `"${service.id}" is named twice`});
      return;
    }
    let category: string;
    if (use.category !== undefined) {
      if (typeof use.category != 'string' || !categoryIds.includes(use.category)) {
        issues.push({path: `${at}.category`, message: `must be the id of a category (${categoryIds.join(', ')})`});
        return;
      }
      category = use.category;
    } else if (categoryIds.includes(service.category)) {
      category = service.category;
    } else {
      issues.push({
        path: `${at}.category`,
        message: `is needed: the suggested "${service.category}" is not a category here (${categoryIds.join(', ')})`,
      });
      return;
    }
    named.add(service.id);
    applied.push({id: service.id, category});
    for (const c of service.cookies) {
      if (cookieNames.has(c.name)) continue;
      cookieNames.add(c.name);
      cookies.push({
        category,
        provider: service.provider,
        service: service.name,
        name: c.name,
        purpose: {...c.purpose},
        duration: {...c.duration},
      });
    }
    for (const s of service.storage) {
      const key = `${s.storage}:${s.key}`;
      if (storageKeys.has(key)) continue;
      storageKeys.add(key);
      storage.push({category, storage: s.storage, key: s.key});
    }
  });

  // A malformed `cookies` or `storage` is kept as it is, for `validateConfig` to report.
  const out: Data = {...input};
  if (cookies.length && (input.cookies === undefined || Array.isArray(input.cookies))) {
    out.cookies = [...ownCookies, ...cookies];
  }
  if (storage.length && (input.storage === undefined || Array.isArray(input.storage))) {
    out.storage = [...ownStorage, ...storage];
  }
  return {config: out, issues, services: applied};
}
