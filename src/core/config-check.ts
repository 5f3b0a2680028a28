// Checking a configuration given by a site owner. The built-in configuration in full is asked
// for only when the given one needs it (no category list, or unusable): in the browser bundle,
// its texts then load first (config-load.ts).
import {isHttpUrl, isSafeLink, type ConfigResult} from './defaults.js';
import {opendatasoftCore} from '../presets/opendatasoft-core.js';
import type {
  CategoryConfig,
  ConfigIssue,
  ConsentConfig,
  CookieDeclaration,
  IntegrationsConfig,
  LocalizedText,
  ProofConfig,
  StorageDeclaration,
} from './types.js';


/** Default and upper bound of the decision's lifetime, in days (6 months; 13 months, CNIL). */
export const DEFAULT_MAX_AGE_DAYS = 182;
export const MAX_MAX_AGE_DAYS = 395;

const CATEGORY_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/i;
const COOKIE_NAME = /^[\x21\x23-\x2B\x2D-\x3A\x3C-\x5B\x5D-\x7E]{1,256}$/;


const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function isText(v: unknown): v is LocalizedText {
  if (typeof v === 'string') return true;
  if (!isObject(v)) return false;
  const entries = Object.entries(v);
  return entries.length > 0 && entries.every(([, s]) => typeof s === 'string');
}

/** The built-in configuration in full (built-in.ts), and what stands in for an unusable one. */
export interface BuiltInConfigs {
  defaultConfig(): ConsentConfig;
  fallbackConfig(): ConsentConfig;
}

/**
 * `validateConfig` (config.ts), with the built-in configuration in full given by `builtIn`: it
 * is asked only when the input has no category list or is unusable, and what it throws passes.
 */
export function checkConfig(input: unknown, builtIn: BuiltInConfigs): ConfigResult {
  const issues: ConfigIssue[] = [];
  const issue = (path: string, message: string) => issues.push({path, message});
  // The built-in revision, site, cookie and category ids; its texts and cookies from `builtIn`.
  const base = structuredClone(opendatasoftCore);

  if (!isObject(input)) {
    issue('(root)', 'the configuration must be a JSON object');
    return {config: builtIn.fallbackConfig(), issues, fallback: true};
  }

  // revision
  let revision = base.revision;
  if (input.revision !== undefined) {
    if (Number.isInteger(input.revision) && (input.revision as number) >= 0) {
      revision = input.revision as number;
    } else issue('revision', 'must be a whole number, 0 or more');
  }

  // updated
  let updated: string | undefined;
  if (input.updated !== undefined) {
    if (typeof input.updated === 'string' && !Number.isNaN(Date.parse(input.updated))) {
      updated = input.updated;
    } else issue('updated', 'must be a date such as "2024-05-01"');
  }

  // site
  const site = {...base.site};
  if (input.site !== undefined) {
    if (!isObject(input.site)) issue('site', 'must be an object with a "name"');
    else {
      if (isText(input.site.name)) site.name = input.site.name;
      else issue('site.name', 'must be a text or a {"fr": …, "en": …} map');
      site.url = undefined;
      if (input.site.url !== undefined) {
        if (isHttpUrl(input.site.url)) site.url = input.site.url as string;
        else issue('site.url', 'must be an http(s) address');
      }
      if (input.site.policyUrl !== undefined) {
        if (isSafeLink(input.site.policyUrl)) site.policyUrl = input.site.policyUrl as string;
        else issue('site.policyUrl', 'must be an http(s) or relative address');
      }
    }
  }

  // cookie
  const cookie = {...base.cookie};
  if (input.cookie !== undefined) {
    if (!isObject(input.cookie)) issue('cookie', 'must be an object');
    else {
      const c = input.cookie;
      if (c.name !== undefined) {
        if (typeof c.name === 'string' && COOKIE_NAME.test(c.name)) cookie.name = c.name;
        else issue('cookie.name', 'must be a valid cookie name (letters, digits, _ and -)');
      }
      if (c.maxAgeDays !== undefined) {
        if (typeof c.maxAgeDays === 'number' && c.maxAgeDays > 0 && Number.isFinite(c.maxAgeDays)) {
          if (c.maxAgeDays > MAX_MAX_AGE_DAYS) {
            issue('cookie.maxAgeDays', `must be at most ${MAX_MAX_AGE_DAYS} days (13 months); ${MAX_MAX_AGE_DAYS} is used`);
            cookie.maxAgeDays = MAX_MAX_AGE_DAYS;
          } else cookie.maxAgeDays = c.maxAgeDays;
        } else issue('cookie.maxAgeDays', `must be a number of days from 1 to ${MAX_MAX_AGE_DAYS}`);
      }
      if (c.domain !== undefined && c.domain !== null) {
        if (typeof c.domain === 'string' && /^\.?[a-z0-9.-]+$/i.test(c.domain)) cookie.domain = c.domain;
        else issue('cookie.domain', 'must be a domain name such as "example.fr", or null');
      }
    }
  }

  // categories
  let categories: CategoryConfig[] | null = null;
  if (input.categories !== undefined) {
    if (!Array.isArray(input.categories)) issue('categories', 'must be a list of categories');
    else {
      const seen = new Set<string>();
      categories = [];
      input.categories.forEach((raw, i) => {
        const path = `categories[${i}]`;
        if (!isObject(raw)) return issue(path, 'must be an object');
        if (typeof raw.id !== 'string' || !CATEGORY_ID.test(raw.id))
          return issue(`${path}.id`, 'must be an identifier (letters, digits, _ and -)');
        if (seen.has(raw.id)) return issue(`${path}.id`, `"${raw.id}" is used twice`);
        if (!isText(raw.title)) return issue(`${path}.title`, 'must be a text or a {"fr": …, "en": …} map');
        if (raw.required !== undefined && typeof raw.required !== 'boolean')
          return issue(`${path}.required`, 'must be true or false');
        const category: CategoryConfig = {id: raw.id, title: raw.title};
        if (raw.required) category.required = true;
        if (raw.description !== undefined) {
          if (isText(raw.description)) category.description = raw.description;
          else issue(`${path}.description`, 'must be a text or a {"fr": …, "en": …} map');
        }
        seen.add(raw.id);
        categories!.push(category);
      });
      if (categories.length === 0) {
        issue('categories', 'holds no valid category');
        categories = null;
      }
    }
  }
  // Without a usable category list, nothing else can be trusted to match: fall back.
  const fallback = categories === null && input.categories !== undefined;
  if (fallback) {
    const config = builtIn.fallbackConfig();
    if (input.site !== undefined && isObject(input.site) && isText(input.site.name)) config.site = site;
    return {config, issues, fallback};
  }
  const categoryIds = new Set((categories ?? base.categories).map((c) => c.id));

  // cookies: a configuration that brings its own categories brings its own cookies
  const builtInConfig = categories ? null : builtIn.defaultConfig();
  let cookies: CookieDeclaration[] = builtInConfig ? builtInConfig.cookies : [];
  if (input.cookies !== undefined) {
    if (!Array.isArray(input.cookies)) issue('cookies', 'must be a list of cookies');
    else {
      cookies = [];
      input.cookies.forEach((raw, i) => {
        const path = `cookies[${i}]`;
        if (!isObject(raw)) return issue(path, 'must be an object');
        if (typeof raw.category !== 'string' || !categoryIds.has(raw.category))
          return issue(`${path}.category`, `must be the id of a category (${[...categoryIds].join(', ')})`);
        if (typeof raw.name !== 'string' || !COOKIE_NAME.test(raw.name))
          return issue(`${path}.name`, 'must be a cookie name or a pattern such as "_ga*"');
        if (!isText(raw.provider)) return issue(`${path}.provider`, 'must be a text');
        if (!isText(raw.purpose)) return issue(`${path}.purpose`, 'must be a text');
        const entry: CookieDeclaration = {
          category: raw.category,
          provider: raw.provider,
          name: raw.name,
          purpose: raw.purpose,
        };
        for (const key of ['service', 'duration'] as const) {
          if (raw[key] === undefined) continue;
          if (isText(raw[key])) entry[key] = raw[key] as LocalizedText;
          else issue(`${path}.${key}`, 'must be a text');
        }
        if (raw.domain !== undefined) {
          if (typeof raw.domain === 'string' && /^\.?[a-z0-9.-]+$/i.test(raw.domain)) entry.domain = raw.domain;
          else issue(`${path}.domain`, 'must be a domain name');
        }
        if (raw.path !== undefined) {
          if (typeof raw.path === 'string' && raw.path.startsWith('/')) entry.path = raw.path;
          else issue(`${path}.path`, 'must start with "/"');
        }
        cookies.push(entry);
      });
    }
  }

  // storage keys
  let storage: StorageDeclaration[] | undefined;
  if (input.storage !== undefined) {
    if (!Array.isArray(input.storage)) issue('storage', 'must be a list');
    else {
      storage = [];
      input.storage.forEach((raw, i) => {
        const path = `storage[${i}]`;
        if (!isObject(raw)) return issue(path, 'must be an object');
        if (typeof raw.category !== 'string' || !categoryIds.has(raw.category))
          return issue(`${path}.category`, 'must be the id of a category');
        if (raw.storage !== 'local' && raw.storage !== 'session')
          return issue(`${path}.storage`, 'must be "local" or "session"');
        if (typeof raw.key !== 'string' || raw.key === '') return issue(`${path}.key`, 'must be a key or a pattern');
        storage!.push({category: raw.category, storage: raw.storage, key: raw.key});
      });
    }
  }

  const integrations = validateIntegrations(input.integrations, categoryIds, issue);
  const proof = validateProof(input.proof, issue);

  const config: ConsentConfig = {
    revision,
    site,
    cookie,
    categories: categories ?? builtInConfig!.categories,
    cookies,
  };
  if (updated) config.updated = updated;
  if (storage) config.storage = storage;
  if (integrations) config.integrations = integrations;
  if (proof) config.proof = proof;
  return {config, issues, fallback};
}

function validateProof(raw: unknown, issue: (path: string, message: string) => void): ProofConfig | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (!isObject(raw)) {
    issue('proof', 'must be an object such as {"endpoint": "https://…"}');
    return undefined;
  }
  const endpoint = raw.endpoint;
  if (typeof endpoint === 'string' && (isHttpUrl(endpoint) || /^\/(?!\/)/.test(endpoint))) return {endpoint};
  issue('proof.endpoint', 'must be an http(s) address or a path starting with "/"');
  return undefined;
}

function validateIntegrations(
  raw: unknown,
  categoryIds: Set<string>,
  issue: (path: string, message: string) => void
): IntegrationsConfig | undefined {
  if (raw === undefined) return undefined;
  if (!isObject(raw)) {
    issue('integrations', 'must be an object');
    return undefined;
  }
  const out: IntegrationsConfig = {};
  const gcm = raw.googleConsentMode;
  if (gcm !== undefined) {
    if (!isObject(gcm) || typeof gcm.enabled !== 'boolean') {
      issue('integrations.googleConsentMode.enabled', 'must be true or false');
    } else {
      out.googleConsentMode = {enabled: gcm.enabled};
      if (gcm.mapping !== undefined) {
        if (!isObject(gcm.mapping)) issue('integrations.googleConsentMode.mapping', 'must be an object');
        else {
          const mapping: {[id: string]: string[]} = {};
          for (const [id, types] of Object.entries(gcm.mapping)) {
            const path = `integrations.googleConsentMode.mapping.${id}`;
            if (!categoryIds.has(id)) issue(path, 'is not the id of a category');
            else if (!Array.isArray(types) || !types.every((t) => typeof t === 'string'))
              issue(path, 'must be a list of consent types such as "analytics_storage"');
            else mapping[id] = types as string[];
          }
          out.googleConsentMode.mapping = mapping;
        }
      }
    }
  }
  const matomo = raw.matomo;
  if (matomo !== undefined) {
    if (!isObject(matomo) || typeof matomo.enabled !== 'boolean') {
      issue('integrations.matomo.enabled', 'must be true or false');
    } else {
      out.matomo = {enabled: matomo.enabled};
      if (matomo.category !== undefined) {
        if (typeof matomo.category === 'string' && categoryIds.has(matomo.category)) out.matomo.category = matomo.category;
        else issue('integrations.matomo.category', 'must be the id of a category');
      }
    }
  }
  return out;
}
