// Checking a configuration given by a site owner. The format is described as data: for each
// object, its fields, each with a reader (a pure function of the value that returns what to
// keep or the problem found) and flags; one walker applies them and collects the problems
// (the path of the field and a code; their texts are in config-issues.ts, loaded only when
// there is something to report). Nothing here reads the built-in configuration: when the input
// has no category list, or is unusable, `inspectConfig` says so (`needs`) and `completeConfig`
// takes what is missing from it. Texts are only copied, never read as markup.
import type {ConfigProblem, ProblemCode} from './config-issues.js';
import {contactLink, isEndpoint, isHttpUrl, isSafeLink} from './links.js';
import {opendatasoftCore} from '../presets/opendatasoft-core.js';
import type {ConfigIssue, ConsentConfig} from './types.js';

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
   * and cookies are empty when `needs` is not `nothing`. Its `revision` is still `"auto"` when
   * the input asks for an automatic revision: the caller makes it from the declaration's digest
   * once the configuration is complete (`stampDigest`, digest.ts, a module of its own that the
   * browser bundle loads only for such a configuration).
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
  /** What a complete cookie policy holds but the input lacks (see `configWarnings`). */
  warnings: ConfigIssue[];
}

/** A usable configuration: the given one where valid, harmless defaults elsewhere. */
export interface CompletedConfig {
  config: ConsentConfig;
  /** `true` when the configuration was unusable as a whole and the built-in one stands in. */
  fallback: boolean;
}

type Data = Record<string, unknown>;

/** A problem a reader found; `keep` is a value kept all the same (a lifetime capped, say). */
class Problem {
  constructor(
    readonly code: ProblemCode,
    readonly detail?: string,
    readonly keep?: unknown
  ) {}
}

/**
 * Reads a field's value (`path` names the field, for the problems found inside it) and returns
 * the value to keep, a `Problem`, or `undefined` to keep nothing (a part that reported its own
 * problems, a `required: false`).
 */
type Reader = (value: unknown, path: string) => unknown;
/** A field of an object of the format: its key, its reader, its flags. */
type Field = [key: string, read: Reader, flags?: number];
/** The field is read even when it is missing. */
const GIVEN = 1;
/** A problem with the field drops the object that holds it: a list entry, or the whole configuration. */
const DROPS = 2;

const isString = (v: unknown): v is string => typeof v === 'string';
const isObject = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);
const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
/** A plain string, or a map of language codes to strings with at least one entry. */
const isText = (v: unknown) =>
  isString(v) || (isObject(v) && Object.values(v).length > 0 && Object.values(v).every(isString));

/** A reader that keeps the value when `test` accepts it, else reports `code`. */
const accept =
  (test: (v: unknown) => boolean, code: ProblemCode): Reader =>
  (v) =>
    test(v) ? v : new Problem(code);
/** A string matching `re`. */
const matching = (re: RegExp) => (v: unknown) => isString(v) && re.test(v);

const text = accept(isText, 'text');
const plainText = accept(isText, 'plainText');
/** A cookie name: printable ASCII but `"`, `,`, `;` and `\\`, from 1 to 256 of them. */
const isCookieName = matching(/^[!#-+\--:<-[\]-~]{1,256}$/);
const isDomain = matching(/^\.?[a-z0-9.-]+$/i);
const isRevision = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;
/** A date as `Date.parse` reads it, such as "2024-05-01". */
const date = accept((v) => isString(v) && !isNaN(Date.parse(v)), 'date');

/** How many days a decision is kept: capped at 13 months, with a problem reported. */
const maxAgeDays: Reader = (v) =>
  typeof v !== 'number' || !Number.isFinite(v) || v <= 0
    ? new Problem('maxAgeDays')
    : v > MAX_MAX_AGE_DAYS
      ? new Problem('maxAgeCapped', undefined, MAX_MAX_AGE_DAYS)
      : v;

/**
 * What the check warns about, text included: a page whose configuration has no problem shows
 * it, so it cannot wait for the problems' texts (config-issues.ts, a chunk).
 */
const NO_CONTROLLER: ConfigIssue = {
  path: 'controller',
  message: 'missing: the policy names no one responsible for the data {"name", "address", "contact"}',
};

/**
 * What a checked configuration lacks for a complete cookie policy: a controller (none given, or
 * one dropped for a fault). A warning: the configuration is used all the same.
 */
export function configWarnings(config: ConsentConfig): ConfigIssue[] {
  return config.controller ? [] : [NO_CONTROLLER];
}

/** A console message listing what a configuration lacks, one per line. */
export function describeWarnings(tag: string, source: string, warnings: ConfigIssue[]): string {
  return `<${tag}>: incomplete configuration (${source}):\n${warnings.map((w) => `  - ${w.path}: ${w.message}`).join('\n')}`;
}

/** Whether a configuration names services of the catalogue (services.ts then declares their cookies). */
export function namesServices(config: unknown): boolean {
  return isObject(config) && Object.hasOwn(config, 'services') && config.services !== undefined;
}

/**
 * Inspects a configuration given by a site owner: its valid parts kept, every problem
 * reported with the path of its field, and what the built-in configuration must still provide.
 */
export function inspectConfig(input: unknown): InspectedConfig {
  const problems: ConfigProblem[] = [];
  const report = (path: string, {code, detail}: Problem) => {
    problems.push(detail === undefined ? {path, code} : {path, code, detail});
  };

  /**
   * The fields of `from` read into a new object, in the order of `fields`; `undefined` when a
   * field flagged `DROPS` has a problem (`path` is the path of `from`, ending with a dot).
   */
  const walk = (from: Data, path: string, fields: Field[]): Data | undefined => {
    const to: Data = {};
    for (const [key, read, flags = 0] of fields) {
      // Only what the object holds itself: a member of every object (`constructor`) or of a
      // polluted `Object.prototype` is no field of a configuration.
      const given = Object.hasOwn(from, key) ? from[key] : undefined;
      if (given === undefined && !(flags & GIVEN)) continue;
      const value = read(given, path + key);
      if (value instanceof Problem) {
        report(path + key, value);
        if (flags & DROPS) return undefined;
        if (value.keep !== undefined) to[key] = value.keep;
      } else if (value !== undefined) to[key] = value;
    }
    return to;
  };
  /** A reader of an object walked with `fields`; anything else is reported as `code`. */
  const object =
    (fields: Field[], code: ProblemCode = 'object'): Reader =>
    (v, path) =>
      isObject(v) ? walk(v, path + '.', fields) : new Problem(code);
  /**
   * A reader of a list whose entries are objects walked with `fields`: the entries without a
   * problem that drops them, and, with `unique`, whose value for that key is not taken yet.
   */
  const list =
    (fields: Field[], code: ProblemCode, unique?: string): Reader =>
    (v, path) => {
      if (!Array.isArray(v)) return new Problem(code);
      const kept: Data[] = [];
      v.forEach((raw, i) => {
        const at = `${path}[${i}]`;
        const entry = isObject(raw) ? walk(raw, at + '.', fields) : report(at, new Problem('object'));
        if (!entry) return;
        if (unique && kept.some((k) => k[unique] === entry[unique])) {
          return report(`${at}.${unique}`, new Problem('duplicate', entry[unique] as string));
        }
        kept.push(entry);
      });
      return kept;
    };

  const config: ConsentConfig = {...structuredClone(opendatasoftCore), categories: [], cookies: []};
  if (!isObject(input)) {
    report('(root)', new Problem('root'));
    return {config, problems, needs: 'fallback', ownCookies: false, named: false, warnings: []};
  }
  const site = Object.hasOwn(input, 'site') ? input.site : undefined;
  const named = isObject(site) && Object.hasOwn(site, 'name') && isText(site.name);

  // First what names the categories, which the rest refers to.
  const categoryList = list(
    [
      // An id starts with a letter or a digit: `__proto__`, the only key whose assignment is
      // special, is refused; ids named like members of every object (`constructor`,
      // `toString`) are fine, since every lookup by id reads own members only.
      ['id', accept(matching(/^[a-z0-9][a-z0-9_-]{0,63}$/i), 'identifier'), GIVEN | DROPS],
      ['title', text, GIVEN | DROPS],
      // `required` is kept only when true.
      ['required', (v) => (isBoolean(v) ? v || undefined : new Problem('boolean')), DROPS],
      ['description', text],
    ],
    'categories',
    'id'
  );
  const head = walk(input, '', [
    ['revision', accept((v) => v === 'auto' || isRevision(v), 'revision')],
    ['updated', date],
    [
      'site',
      object(
        [
          ['name', text, GIVEN],
          // Addresses are judged as the browser parses them (links.ts); the text is kept as written.
          ['url', accept(isHttpUrl, 'httpUrl')],
          ['policyUrl', accept(isSafeLink, 'link')],
        ],
        'site'
      ),
    ],
    [
      'cookie',
      object([
        ['name', accept(isCookieName, 'cookieName')],
        ['maxAgeDays', maxAgeDays],
        ['domain', accept((v) => v === null || isDomain(v), 'cookieDomain')],
      ]),
    ],
    [
      'categories',
      (v, path) => {
        const read = categoryList(v, path);
        return Array.isArray(read) && !read.length ? new Problem('noCategory') : read;
      },
    ],
  ]) as Partial<ConsentConfig>;
  // A site of its own drops the built-in address; a faulty name keeps the built-in one.
  if (head.site) config.site = {...config.site, url: undefined, ...head.site};
  if (head.cookie) config.cookie = {...config.cookie, ...head.cookie};

  // Without a category list, the built-in categories are used; a list without a usable
  // category makes the whole configuration unusable: nothing else can be trusted to match.
  const own = Object.hasOwn(input, 'categories') && input.categories !== undefined;
  if (own && !head.categories) return {config, problems, needs: 'fallback', ownCookies: false, named, warnings: []};
  const ids = (head.categories ?? opendatasoftCore.categories).map((c) => c.id);
  const category =
    (code: ProblemCode, detail?: string): Reader =>
    (v) =>
      ids.includes(v as string) ? v : new Problem(code, detail);

  /** An integration: `enabled` first (without it, the integration is left out), then `fields`. */
  const integration =
    (fields: Field[]): Reader =>
    (v, path) =>
      walk(isObject(v) ? v : {}, path + '.', [['enabled', accept(isBoolean, 'boolean'), GIVEN | DROPS], ...fields]);
  /** Google Consent Mode's mapping: each category id to its list of consent types. */
  const mapping: Reader = (v, path) =>
    isObject(v)
      ? walk(
          v,
          path + '.',
          Object.keys(v).map((id): Field => [
            id,
            (types) =>
              !ids.includes(id)
                ? new Problem('notCategory')
                : Array.isArray(types) && types.every(isString)
                  ? types
                  : new Problem('consentTypes'),
            GIVEN,
          ])
        )
      : new Problem('object');

  /** Absent when `null`, as when missing; else an object walked with `fields`. */
  const optional =
    (fields: Field[], code: ProblemCode): Reader =>
    (v, path) =>
      v === null ? undefined : object(fields, code)(v, path);
  const contact = accept((v) => !!contactLink(v), 'contact');

  const tail = walk(input, '', [
    [
      'cookies',
      list(
        [
          ['category', category('categoryOf', ids.join(', ')), GIVEN | DROPS],
          ['provider', plainText, GIVEN | DROPS],
          ['name', accept(isCookieName, 'cookiePattern'), GIVEN | DROPS],
          ['purpose', plainText, GIVEN | DROPS],
          ['service', plainText],
          ['duration', plainText],
          ['domain', accept(isDomain, 'domain')],
          ['path', accept(matching(/^\//), 'path')],
        ],
        'cookies'
      ),
    ],
    [
      'cookieTypes',
      list(
        [
          ['title', text, GIVEN | DROPS],
          ['description', text],
        ],
        'list'
      ),
    ],
    [
      'storage',
      list(
        [
          ['category', category('category'), GIVEN | DROPS],
          ['storage', accept(matching(/^(local|session)$/), 'storage'), GIVEN | DROPS],
          ['key', accept(matching(/[^]/), 'storageKey'), GIVEN | DROPS],
        ],
        'list'
      ),
    ],
    [
      'integrations',
      object([
        ['googleConsentMode', integration([['mapping', mapping]])],
        ['matomo', integration([['category', category('category')]])],
      ]),
    ],
    // `null` is no proof, as a missing one.
    ['proof', optional([['endpoint', accept(isEndpoint, 'endpoint'), GIVEN | DROPS]], 'proof')],
    [
      'controller',
      optional(
        [
          ['name', text, GIVEN | DROPS],
          ['address', text],
          ['contact', contact],
        ],
        'controller'
      ),
    ],
    ['dpo', optional([['contact', contact, GIVEN | DROPS]], 'dpo')],
    [
      'history',
      list(
        [
          // A whole-number revision, or a digest as `cookie-charter digest` prints it (a prefix will do).
          ['revision', accept((v) => isRevision(v) || matching(/^sha256:[\da-f]{8,64}$/)(v), 'version'), GIVEN | DROPS],
          ['date', date, GIVEN | DROPS],
          ['changes', text, GIVEN | DROPS],
        ],
        'list'
      ),
    ],
  ]) as Partial<ConsentConfig>;

  // Without a revision, a configuration of its own categories is at 1; one that takes the
  // built-in categories, at theirs (bumped when they changed, so that the visitors who decided
  // on the former ones are asked again).
  config.revision = head.revision ?? (own ? 1 : opendatasoftCore.revision);
  Object.assign(config, tail);
  if (head.updated) config.updated = head.updated;
  if (head.categories) config.categories = head.categories;
  return {
    config,
    problems,
    needs: own ? 'nothing' : 'categories',
    ownCookies: !!tail.cookies,
    named,
    warnings: configWarnings(config),
  };
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
  config.cookieTypes ??= full.cookieTypes;
  // A configuration without categories of its own takes the built-in cookies unless it lists its own.
  if (!inspected.ownCookies) config.cookies = full.cookies;
  return {config, fallback: false};
}
