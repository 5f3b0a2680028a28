// Checking a configuration given by a site owner. The built-in configuration in full is asked
// for only when the given one needs it (no category list, or unusable): in the browser bundle,
// its texts then load first (config-load.ts).
//
// The check is a table, read by one small walker (`walk`): for each object of the format, its
// fields in order, each with its test, its message and its flags. It is in the bundle's chunk
// that every page giving its own configuration loads, hence this form. Texts are only copied,
// never read as markup.
import {isHttpUrl, isSafeLink, type ConfigResult} from './defaults.js';
import {opendatasoftCore} from '../presets/opendatasoft-core.js';
import type {CategoryConfig, ConfigIssue, ConsentConfig} from './types.js';

/** Default and upper bound of the decision's lifetime, in days (6 months; 13 months, CNIL). */
export const DEFAULT_MAX_AGE_DAYS = 182;
export const MAX_MAX_AGE_DAYS = 395;

/** The built-in configuration in full (built-in.ts), and what stands in for an unusable one. */
export interface BuiltInConfigs {
  defaultConfig(): ConsentConfig;
  fallbackConfig(): ConsentConfig;
}

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * The test of a field, given its value and its path. It returns `true` to keep the value, an
 * object to keep in its place, `undefined` to keep nothing and say nothing (what was wrong
 * inside it is reported already), `false` to report the field's message, or another message.
 */
type Test = (value: any, path: string) => unknown; // eslint-disable-line @typescript-eslint/no-explicit-any
/** A field: its key, its test, its message, its flags (`GIVEN`, `DROPS`). */
type Field = [key: string, test: Test, message?: string, flags?: number];
/** The field is checked even when missing. */
const GIVEN = 1;
/** A failure of the field drops the object that holds it: a list entry, or the whole configuration. */
const DROPS = 2;

const isString = (v: unknown): v is string => typeof v == 'string';
const isObject = (v: unknown): v is Data => typeof v == 'object' && v !== null && !Array.isArray(v);
const isBoolean = (v: unknown) => v === !!v;
/** A string matching `re`. */
const matching = (re: RegExp) => (v: unknown) => isString(v) && re.test(v);
/** A plain string, or a map of language codes to strings with at least one entry. */
const isText = (v: unknown) =>
  isString(v) || (isObject(v) && (v = Object.values(v)).length > 0 && (v as unknown[]).every(isString));
/** A cookie name: printable ASCII but `"`, `,`, `;` and `\\`, from 1 to 256 of them. */
const COOKIE_NAME = matching(/^[!#-+\--:<-[\]-~]{1,256}$/);
const DOMAIN = matching(/^\.?[a-z0-9.-]+$/i);

/**
 * `validateConfig` (config.ts), with the built-in configuration in full given by `builtIn`: it
 * is asked only when the input has no category list or is unusable, and what it throws passes.
 */
export function checkConfig(input: unknown, builtIn: BuiltInConfigs): ConfigResult {
  const issues: ConfigIssue[] = [];
  const issue = (path: string, message: string) => {
    issues.push({path, message});
  };
  /**
   * Copies the fields of `from` that pass into `to`, and reports the others under `path` and
   * their key (`path` is `categories[1].`). Returns `to`, or nothing when a failure drops it.
   */
  const walk = (from: Data, to: Data, path: string, fields: Field[]): Data | undefined =>
    fields.every(([key, test, message, flags = 0]) => {
      const value = from[key];
      const at = path + key;
      if (value === undefined && !(flags & GIVEN)) return true;
      const result = test(value, at);
      if (result === false || isString(result)) {
        issue(at, (result || message) as string);
        return !(flags & DROPS);
      }
      if (result !== undefined) to[key] = result === true ? value : result;
      return true;
    })
      ? to
      : undefined;
  /** Tests an object, walked into `to` (a new one by default). */
  const object =
    (fields: Field[], to?: Data): Test =>
    (value, path) =>
      isObject(value) && walk(value, to || {}, path + '.', fields);
  /** Tests an object as `object` does, anything else as an empty object. */
  const part =
    (fields: Field[]): Test =>
    (value, path) =>
      object(fields)(isObject(value) ? value : {}, path);
  /** Tests a list of objects: its entries that pass, pushed to `out`, each starting with the keys of `init`. */
  const list =
    (fields: Field[], out: Data[] = [], init?: Data): Test =>
    (value, path) =>
      Array.isArray(value) &&
      (value.forEach((raw, i) => {
        const entry = {...init};
        const at = `${path}[${i}]`;
        if (!isObject(raw)) issue(at, 'must be an object');
        else if (walk(raw, entry, at + '.', fields)) out.push(entry);
      }),
      out);

  // The built-in revision, site, cookie and category ids, changed by what the input holds; the
  // built-in texts and cookies come from `builtIn`. `cookies` is put before the optional fields.
  const config: Data = {...structuredClone(opendatasoftCore), cookies: undefined};
  const {site, cookie} = config;
  const ids = (): string[] => config.categories.map((c: CategoryConfig) => c.id);
  const known = (id: unknown) => ids().includes(id as string);
  /** Whether the input names its site: an unusable configuration keeps that name. */
  let named = false;

  const checked = isObject(input)
    ? walk(input, config, '', [
        ['revision', (v) => Number.isInteger(v) && v >= 0, 'must be a whole number, 0 or more'],
        ['updated', (v) => isString(v) && !isNaN(Date.parse(v)), 'must be a date such as "2024-05-01"'],
        [
          'site',
          object(
            [
              // A site given drops the built-in address.
              [
                'name',
                (v) => ((site.url = undefined), (named = isText(v))),
                'must be a text or a {"fr": …, "en": …} map',
                GIVEN,
              ],
              ['url', isHttpUrl, 'must be an http(s) address'],
              ['policyUrl', isSafeLink, 'must be an http(s) or relative address'],
            ],
            site
          ),
          'must be an object with a "name"',
        ],
        [
          'cookie',
          object(
            [
              ['name', COOKIE_NAME, 'must be a valid cookie name (letters, digits, _ and -)'],
              [
                'maxAgeDays',
                (v) =>
                  Number.isFinite(v) &&
                  v > 0 &&
                  (v <= MAX_MAX_AGE_DAYS ||
                    ((cookie.maxAgeDays = MAX_MAX_AGE_DAYS),
                    `must be at most ${MAX_MAX_AGE_DAYS} days (13 months); ${MAX_MAX_AGE_DAYS} is used`)),
                `must be a number of days from 1 to ${MAX_MAX_AGE_DAYS}`,
              ],
              ['domain', (v) => v === null || DOMAIN(v), 'must be a domain name such as "example.fr", or null'],
            ],
            cookie
          ),
          'must be an object',
        ],
        [
          // Without a usable category list, nothing else can be trusted to match: fall back.
          // While the list is read, the categories known are the ones read so far.
          'categories',
          (v, path) =>
            (v = list(
              [
                [
                  'id',
                  (v) => matching(/^[a-z0-9][a-z0-9_-]{0,63}$/i)(v) && (!known(v) || `"${v}" is used twice`),
                  'must be an identifier (letters, digits, _ and -)',
                  GIVEN | DROPS,
                ],
                ['title', isText, 'must be a text or a {"fr": …, "en": …} map', GIVEN | DROPS],
                // `required` is kept only when true.
                ['required', (v) => isBoolean(v) && (v || undefined), 'must be true or false', DROPS],
                ['description', isText, 'must be a text or a {"fr": …, "en": …} map'],
              ],
              (config.categories = [])
            )(v, path)) && (v[0] ? v : 'holds no valid category'),
          'must be a list of categories',
          DROPS,
        ],
        [
          'cookies',
          list(
            [
              ['category', (v) => known(v) || `must be the id of a category (${ids().join(', ')})`, '', GIVEN | DROPS],
              ['name', COOKIE_NAME, 'must be a cookie name or a pattern such as "_ga*"', GIVEN | DROPS],
              ['provider', isText, 'must be a text', GIVEN | DROPS],
              ['purpose', isText, 'must be a text', GIVEN | DROPS],
              ['service', isText, 'must be a text'],
              ['duration', isText, 'must be a text'],
              ['domain', DOMAIN, 'must be a domain name'],
              ['path', (v) => matching(/^\//)(v) || 'must start with "/"'],
            ],
            [],
            // The keys in the order of a declaration.
            {category: 0, provider: 0}
          ),
          'must be a list of cookies',
        ],
        [
          'storage',
          list([
            ['category', known, 'must be the id of a category', GIVEN | DROPS],
            ['storage', matching(/^(local|session)$/), 'must be "local" or "session"', GIVEN | DROPS],
            ['key', matching(/[^]/), 'must be a key or a pattern', GIVEN | DROPS],
          ]),
          'must be a list',
        ],
        [
          'integrations',
          object([
            [
              'googleConsentMode',
              part([
                ['enabled', isBoolean, 'must be true or false', GIVEN | DROPS],
                [
                  'mapping',
                  (v, path) =>
                    isObject(v) &&
                    object(
                      Object.keys(v).map((id) => [
                        id,
                        (v) => (known(id) ? Array.isArray(v) && v.every(isString) : 'is not the id of a category'),
                        'must be a list of consent types such as "analytics_storage"',
                        GIVEN,
                      ])
                    )(v, path),
                  'must be an object',
                ],
              ]),
            ],
            [
              'matomo',
              part([
                ['enabled', isBoolean, 'must be true or false', GIVEN | DROPS],
                ['category', known, 'must be the id of a category'],
              ]),
            ],
          ]),
          'must be an object',
        ],
        [
          'proof',
          (v, path) =>
            v === null
              ? undefined
              : object([
                  [
                    'endpoint',
                    (v) => isHttpUrl(v) || matching(/^\/(?!\/)/)(v),
                    'must be an http(s) address or a path starting with "/"',
                    GIVEN | DROPS,
                  ],
                ])(v, path),
          'must be an object such as {"endpoint": "https://…"}',
        ],
      ])
    : issue('(root)', 'the configuration must be a JSON object');

  let result: Data = config;
  if (!checked) {
    result = builtIn.fallbackConfig();
    if (named) result.site = site;
  } else if ((input as Data).categories === undefined) {
    // A configuration that brings its own categories brings its own cookies.
    const full = builtIn.defaultConfig();
    config.categories = full.categories;
    config.cookies ??= full.cookies;
  }
  config.cookies ??= [];
  return {config: result as ConsentConfig, issues, fallback: !checked};
}

/** A console message listing every issue of a configuration, one per line. */
export function describeIssues(tag: string, source: string, issues: ConfigIssue[]): string {
  const list = issues.map((i) => `  - ${i.path}: ${i.message}`).join('\n');
  return `<${tag}>: invalid configuration (${source}):\n${list}`;
}
