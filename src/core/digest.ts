// The declaration's digest: the fingerprint of what a visitor consents to, the same in the
// browser (a chunk: loaded for `"revision": "auto"`, the proof of consent and the charter's
// versions), in the static export and in `cookie-charter digest`. Texts and colours are not
// part of it: changing a title or a purpose's wording asks nobody again.
import {sha256} from '@noble/hashes/sha2.js';
import {bytesToHex, utf8ToBytes} from '@noble/hashes/utils.js';
import {canonicalJson} from './hash.js';

export {configHash} from './hash.js';
import {pickText} from './text.js';
import type {ConsentConfig, ResolvedService} from './types.js';

/** Version of what the digest covers: a later change of the list below changes it, on purpose. */
export const DECLARATION_FORMAT = 1;
/**
 * How many hex digits of the digest make the revision under `"revision": "auto"`: 13 (52 bits),
 * the most a JavaScript number holds exactly, so that the consent cookie keeps its format (`r`
 * is a whole number) and every reader of it, older versions included, compares it as before.
 */
export const REVISION_DIGITS = 13;

/** What a visitor consents to, as the digest covers it. */
export interface Declaration {
  v: number;
  /** Every category: its id, and whether it is required. */
  categories: Array<{id: string; required: boolean}>;
  /** Every cookie: its category, name (or pattern), provider (its French or only name) and domain. */
  cookies: Array<{category: string; name: string; provider: string; domain?: string}>;
  /** Every web-storage key (or pattern) declared for a category. */
  storage: Array<{category: string; storage: string; key: string}>;
  /** Every service of the catalogue named, with its category (a service may set no cookie). */
  services: Array<{id: string; category: string}>;
  /** The integrations that are enabled, as configured (Consent Mode's mapping, Matomo's category). */
  integrations: Record<string, unknown>;
}

/** Lists are sorted: the order in which a configuration writes them changes nothing of the consent. */
const sorted = <T>(list: T[]): T[] =>
  list
    .map((item) => [canonicalJson(item), item] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, item]) => item);

/**
 * What the digest covers, from a checked configuration: category ids and `required` flags;
 * cookies by category, name, provider and domain (not their purpose, service or duration
 * texts, nor the path, which only serves their deletion); storage keys; services of the
 * catalogue by id and category; the enabled integrations. Nothing else: not the revision, the
 * dates, the history, the site, the consent cookie's settings nor the proof endpoint.
 */
export function declarationOf(config: ConsentConfig): Declaration {
  const integrations: Record<string, unknown> = {};
  for (const [name, integration] of Object.entries(config.integrations ?? {})) {
    if (integration?.enabled) integrations[name] = integration;
  }
  return {
    v: DECLARATION_FORMAT,
    categories: sorted(config.categories.map((c) => ({id: c.id, required: !!c.required}))),
    cookies: sorted(
      config.cookies.map((c) => ({
        category: c.category,
        name: c.name,
        // The provider is who receives the data: its name counts, not its translations.
        provider: pickText(c.provider, 'fr'),
        domain: c.domain,
      }))
    ),
    storage: sorted((config.storage ?? []).map((s) => ({category: s.category, storage: s.storage, key: s.key}))),
    services: sorted((config.services ?? []).map((s) => ({id: s.id, category: s.category}))),
    integrations,
  };
}

/**
 * The declaration's digest: `sha256:` and the SHA-256 (64 hex digits) of the canonical JSON
 * (keys sorted, no spaces) of `declarationOf(config)`. Synchronous (plain script), so that it
 * is the same on http, on https and in Node.
 */
export function declarationDigest(config: ConsentConfig): string {
  return `sha256:${bytesToHex(sha256(utf8ToBytes(canonicalJson(declarationOf(config)))))}`;
}

/** The revision a digest (`sha256:…`) makes under `"revision": "auto"`: its first 13 hex digits as a number. */
export function revisionOfDigest(digest: string): number {
  return parseInt(digest.slice(7, 7 + REVISION_DIGITS), 16);
}

/**
 * Makes the revision of a configuration written with `"revision": "auto"`, once it is complete:
 * `digest` is its declaration's digest, and `revision` the number its first 13 hex digits make.
 */
export function stampDigest(config: ConsentConfig): ConsentConfig {
  config.digest = declarationDigest(config);
  config.revision = revisionOfDigest(config.digest);
  return config;
}

/**
 * What follows the check, in the elements as in the export and the command line: the services
 * of the catalogue the configuration named kept (as `expandServices` resolved them; none whose
 * category is not one of the configuration's, as in the fallback that stands in for an unusable
 * one), then, for `"revision": "auto"`, its revision made from its declaration's digest.
 */
export function finishConfig(config: ConsentConfig, services: ResolvedService[]): ConsentConfig {
  const kept = services.filter((s) => config.categories.some((c) => c.id === s.category));
  if (kept.length) config.services = kept;
  return (config.revision as unknown) === 'auto' ? stampDigest(config) : config;
}
