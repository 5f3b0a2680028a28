// Checking a configuration given by a site owner, as pure functions: one function per part of
// the format, each returning what it keeps and writing what was wrong to a list of problems
// (the path of the field and a code; their texts are in config-issues.ts).
// Nothing here reads the built-in configuration: when the input has no category list, or is
// unusable as a whole, `inspectConfig` says so (`needs`) and `completeConfig` takes what is
// missing from the built-in configuration, which the browser bundle loads only then.
// Texts are only copied, never read as markup.
import type {ConfigProblem, ProblemCode} from './config-issues.js';
import {isHttpUrl, isSafeLink} from './defaults.js';
import {opendatasoftCore} from '../presets/opendatasoft-core.js';
import type {
  CategoryConfig,
  ConsentConfig,
  ConsentCookieConfig,
  CookieDeclaration,
  IntegrationsConfig,
  ProofConfig,
  SiteConfig,
  StorageDeclaration,
} from './types.js';

/** Default and upper bound of the decision's lifetime, in days (6 months; 13 months, CNIL). */
export const DEFAULT_MAX_AGE_DAYS = 182;
export const MAX_MAX_AGE_DAYS = 395;

/** The built-in configuration in full (built-in.ts), and what stands in for an unusable one. */
export interface BuiltInConfigs {
  defaultConfig(): ConsentConfig;
  fallbackConfig(): ConsentConfig;
}

/** What `inspectConfig` read, and what the built-in configuration must still provide. */
export interface InspectedConfig {
  /**
   * The valid parts of the input over the built-in revision, site and cookie. Its categories
   * and cookies are empty when `needs` is not `nothing`.
   */
  config: ConsentConfig;
  problems: ConfigProblem[];
  /**
   * `nothing`: the input is complete; `categories`: it has no category list, and takes the
   * built-in categories and (when it lists none) cookies; `fallback`: it is unusable, and
   * the built-in fallback stands in (keeping the site's name when one was given).
   */
  needs: 'nothing' | 'categories' | 'fallback';
  /** Whether the input lists cookies of its own (a configuration without categories then keeps them). */
  ownCookies: boolean;
  /** Whether the input names its site: the fallback keeps that name. */
  named: boolean;
}

type Data = Record<string, unknown>;

const isString = (v: unknown): v is string => typeof v === 'string';
const isObject = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);
const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
/** A plain string, or a map of language codes to strings with at least one entry. */
const isText = (v: unknown): v is string | Record<string, string> =>
  isString(v) || (isObject(v) && Object.values(v).length > 0 && Object.values(v).every(isString));
/** A cookie name: printable ASCII but `"`, `,`, `;` and `\\`, from 1 to 256 of them. */
const isCookieName = (v: unknown): v is string => isString(v) && /^[!#-+\--:<-[\]-~]{1,256}$/.test(v);
const isDomain = (v: unknown): v is string => isString(v) && /^\.?[a-z0-9.-]+$/i.test(v);
const isCategoryId = (v: unknown): v is string => isString(v) && /^[a-z0-9][a-z0-9_-]{0,63}$/i.test(v);
/** A path on this site: starts with one `/` (not `//`, another host). */
const isSitePath = (v: unknown): v is string => isString(v) && /^\/(?!\/)/.test(v);

/** The problems found so far, each with the path of its field. */
class Issues {
  readonly list: ConfigProblem[] = [];
  add(path: string, code: ProblemCode, detail?: string) {
    this.list.push(detail === undefined ? {path, code} : {path, code, detail});
  }
}

/**
 * Copies the optional text fields of `from` named in `keys` into `to`, reporting the ones that
 * are not texts (`path` is the path of `from`, ending with a dot).
 */
function copyTexts(from: Data, to: Data, keys: string[], path: string, issues: Issues, code: ProblemCode = 'text') {
  for (const key of keys) {
    const value = from[key];
    if (value === undefined) continue;
    if (isText(value)) to[key] = value;
    else issues.add(path + key, code);
  }
}

/** The entries of a list that `read` keeps; anything but an object is reported and left out. */
function readList<T>(list: unknown[], path: string, issues: Issues, read: (entry: Data, at: string) => T | null) {
  const kept: T[] = [];
  list.forEach((entry, i) => {
    const at = `${path}[${i}]`;
    if (!isObject(entry)) return issues.add(at, 'object');
    const value = read(entry, at + '.');
    if (value) kept.push(value);
  });
  return kept;
}

function readSite(input: unknown, issues: Issues): SiteConfig {
  const site: SiteConfig = {...opendatasoftCore.site};
  if (input === undefined) return site;
  if (!isObject(input)) {
    issues.add('site', 'site');
    return site;
  }
  // A site of its own drops the built-in address.
  site.url = undefined;
  if (isText(input.name)) site.name = input.name;
  else issues.add('site.name', 'text');
  if (input.url !== undefined) {
    if (isHttpUrl(input.url)) site.url = input.url as string;
    else issues.add('site.url', 'httpUrl');
  }
  if (input.policyUrl !== undefined) {
    if (isSafeLink(input.policyUrl)) site.policyUrl = input.policyUrl as string;
    else issues.add('site.policyUrl', 'link');
  }
  return site;
}

function readCookie(input: unknown, issues: Issues): ConsentCookieConfig {
  const cookie: ConsentCookieConfig = {...opendatasoftCore.cookie};
  if (input === undefined) return cookie;
  if (!isObject(input)) {
    issues.add('cookie', 'object');
    return cookie;
  }
  const {name, maxAgeDays, domain} = input;
  if (name !== undefined) {
    if (isCookieName(name)) cookie.name = name;
    else issues.add('cookie.name', 'cookieName');
  }
  if (maxAgeDays !== undefined) {
    if (typeof maxAgeDays !== 'number' || !Number.isFinite(maxAgeDays) || maxAgeDays <= 0) {
      issues.add('cookie.maxAgeDays', 'maxAgeDays');
    } else if (maxAgeDays > MAX_MAX_AGE_DAYS) {
      issues.add('cookie.maxAgeDays', 'maxAgeCapped');
      cookie.maxAgeDays = MAX_MAX_AGE_DAYS;
    } else cookie.maxAgeDays = maxAgeDays;
  }
  if (domain !== undefined) {
    if (domain === null || isDomain(domain)) cookie.domain = domain;
    else issues.add('cookie.domain', 'cookieDomain');
  }
  return cookie;
}

/** The valid categories, or `null` when there is no usable list (the configuration is then unusable). */
function readCategories(input: unknown, issues: Issues): CategoryConfig[] | null {
  if (!Array.isArray(input)) {
    issues.add('categories', 'categories');
    return null;
  }
  const ids = new Set<string>();
  const categories = readList(input, 'categories', issues, (entry, at) => {
    const {id, title, required} = entry;
    if (!isCategoryId(id)) return (issues.add(at + 'id', 'identifier'), null);
    if (ids.has(id)) return (issues.add(at + 'id', 'duplicate', id), null);
    if (!isText(title)) return (issues.add(at + 'title', 'text'), null);
    if (required !== undefined && !isBoolean(required)) return (issues.add(at + 'required', 'boolean'), null);
    ids.add(id);
    const category: CategoryConfig = {id, title};
    if (required) category.required = true;
    copyTexts(entry, category as unknown as Data, ['description'], at, issues);
    return category;
  });
  if (categories.length) return categories;
  issues.add('categories', 'noCategory');
  return null;
}

function readCookies(input: unknown, ids: string[], issues: Issues): CookieDeclaration[] | undefined {
  if (input === undefined) return undefined;
  if (!Array.isArray(input)) {
    issues.add('cookies', 'cookies');
    return undefined;
  }
  return readList(input, 'cookies', issues, (entry, at) => {
    const {category, name, provider, purpose, domain, path} = entry;
    if (!ids.includes(category as string)) return (issues.add(at + 'category', 'categoryOf', ids.join(', ')), null);
    if (!isCookieName(name)) return (issues.add(at + 'name', 'cookiePattern'), null);
    if (!isText(provider)) return (issues.add(at + 'provider', 'plainText'), null);
    if (!isText(purpose)) return (issues.add(at + 'purpose', 'plainText'), null);
    // The keys in the order of a declaration.
    const cookie: CookieDeclaration = {category: category as string, provider, name, purpose};
    copyTexts(entry, cookie as unknown as Data, ['service', 'duration'], at, issues, 'plainText');
    if (domain !== undefined) {
      if (isDomain(domain)) cookie.domain = domain;
      else issues.add(at + 'domain', 'domain');
    }
    if (path !== undefined) {
      if (isString(path) && path.startsWith('/')) cookie.path = path;
      else issues.add(at + 'path', 'path');
    }
    return cookie;
  });
}

function readStorage(input: unknown, ids: string[], issues: Issues): StorageDeclaration[] | undefined {
  if (input === undefined) return undefined;
  if (!Array.isArray(input)) {
    issues.add('storage', 'list');
    return undefined;
  }
  return readList(input, 'storage', issues, (entry, at) => {
    const {category, storage, key} = entry;
    if (!ids.includes(category as string)) return (issues.add(at + 'category', 'category'), null);
    if (storage !== 'local' && storage !== 'session') return (issues.add(at + 'storage', 'storage'), null);
    if (!isString(key) || key === '') return (issues.add(at + 'key', 'storageKey'), null);
    return {category: category as string, storage, key};
  });
}

function readIntegrations(input: unknown, ids: string[], issues: Issues): IntegrationsConfig | undefined {
  if (input === undefined) return undefined;
  if (!isObject(input)) {
    issues.add('integrations', 'object');
    return undefined;
  }
  const integrations: IntegrationsConfig = {};
  const {googleConsentMode: gcm, matomo} = input;
  // An integration whose `enabled` is not a boolean is left out (and reported).
  const enabled = (part: Data, path: string) => {
    if (isBoolean(part.enabled)) return true;
    issues.add(path + '.enabled', 'boolean');
    return false;
  };
  if (gcm !== undefined) {
    const part = isObject(gcm) ? gcm : {};
    const path = 'integrations.googleConsentMode';
    if (enabled(part, path)) {
      integrations.googleConsentMode = {enabled: part.enabled as boolean};
      if (part.mapping !== undefined) {
        if (!isObject(part.mapping)) issues.add(path + '.mapping', 'object');
        else integrations.googleConsentMode.mapping = readMapping(part.mapping, ids, path + '.mapping.', issues);
      }
    }
  }
  if (matomo !== undefined) {
    const part = isObject(matomo) ? matomo : {};
    const path = 'integrations.matomo';
    if (enabled(part, path)) {
      integrations.matomo = {enabled: part.enabled as boolean};
      if (part.category !== undefined) {
        if (ids.includes(part.category as string)) integrations.matomo.category = part.category as string;
        else issues.add(path + '.category', 'category');
      }
    }
  }
  return integrations;
}

/** Google Consent Mode's mapping: category id → consent types. */
function readMapping(input: Data, ids: string[], path: string, issues: Issues) {
  const mapping: Record<string, string[]> = {};
  for (const [id, types] of Object.entries(input)) {
    if (!ids.includes(id)) issues.add(path + id, 'notCategory');
    else if (Array.isArray(types) && types.every(isString)) mapping[id] = types;
    else issues.add(path + id, 'consentTypes');
  }
  return mapping;
}

function readProof(input: unknown, issues: Issues): ProofConfig | undefined {
  if (input === undefined || input === null) return undefined;
  if (!isObject(input)) {
    issues.add('proof', 'proof');
    return undefined;
  }
  if (isHttpUrl(input.endpoint) || isSitePath(input.endpoint)) return {endpoint: input.endpoint as string};
  issues.add('proof.endpoint', 'endpoint');
  return undefined;
}

/**
 * Reads a configuration given by a site owner: the valid parts kept, every problem reported
 * with the path of its field, and what the built-in configuration must still provide.
 */
export function inspectConfig(input: unknown): InspectedConfig {
  const issues = new Issues();
  const config: ConsentConfig = {...structuredClone(opendatasoftCore), categories: [], cookies: []};
  if (!isObject(input)) {
    issues.add('(root)', 'root');
    return {config, problems: issues.list, needs: 'fallback', ownCookies: false, named: false};
  }
  if (input.revision !== undefined) {
    if (Number.isInteger(input.revision) && (input.revision as number) >= 0) config.revision = input.revision as number;
    else issues.add('revision', 'revision');
  }
  if (input.updated !== undefined) {
    if (isString(input.updated) && !isNaN(Date.parse(input.updated))) config.updated = input.updated;
    else issues.add('updated', 'date');
  }
  config.site = readSite(input.site, issues);
  config.cookie = readCookie(input.cookie, issues);
  const named = isObject(input.site) && isText(input.site.name);

  // Without a category list, the built-in categories are used; a list that holds nothing usable
  // makes the whole configuration unusable: nothing else can be trusted to match.
  const own = input.categories === undefined ? null : readCategories(input.categories, issues);
  if (input.categories !== undefined && !own)
    return {config, problems: issues.list, needs: 'fallback', ownCookies: false, named};
  const ids = own ? own.map((c) => c.id) : opendatasoftCore.categories.map((c) => c.id);

  const cookies = readCookies(input.cookies, ids, issues);
  const storage = readStorage(input.storage, ids, issues);
  const integrations = readIntegrations(input.integrations, ids, issues);
  const proof = readProof(input.proof, issues);
  if (own) config.categories = own;
  if (cookies) config.cookies = cookies;
  if (storage) config.storage = storage;
  if (integrations) config.integrations = integrations;
  if (proof) config.proof = proof;
  return {config, problems: issues.list, needs: own ? 'nothing' : 'categories', ownCookies: !!cookies, named};
}

/** A usable configuration: the given one where valid, harmless defaults elsewhere. */
export interface CompletedConfig {
  config: ConsentConfig;
  /** `true` when the configuration was unusable as a whole and the built-in one stands in. */
  fallback: boolean;
}

/**
 * The usable configuration for what `inspectConfig` read: as it is, or completed from the
 * built-in configuration when `needs` asks for it (`builtIn` is then required).
 */
export function completeConfig(inspected: InspectedConfig, builtIn: BuiltInConfigs | null): CompletedConfig {
  const {config, needs} = inspected;
  if (needs === 'nothing') return {config, fallback: false};
  if (!builtIn) throw new Error('the built-in configuration is needed to complete this one');
  if (needs === 'fallback') {
    const fallback = builtIn.fallbackConfig();
    if (inspected.named) fallback.site = config.site;
    return {config: fallback, fallback: true};
  }
  const full = builtIn.defaultConfig();
  config.categories = full.categories;
  // A configuration without categories of its own takes the built-in cookies unless it lists its own.
  if (!inspected.ownCookies) config.cookies = full.cookies;
  return {config, fallback: false};
}
