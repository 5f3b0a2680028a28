// The texts of the configuration check's findings. The check (config-check.ts) reports each
// problem by the path of its field and a code; the texts are a module of their own, so that
// the browser bundle loads them only for a configuration that has something to report.
import {MAX_MAX_AGE_DAYS} from './config-check.js';
import type {ConfigIssue} from './types.js';

/** What each code says; `%s` stands for the problem's detail. */
const MESSAGES = {
  root: 'the configuration must be a JSON object',
  json: 'not valid JSON (%s)',
  fetch: 'could not fetch %s',
  revision: 'must be a whole number, 0 or more, or "auto"',
  date: 'must be a date such as "2024-05-01"',
  text: 'must be a text or a {"fr": …, "en": …} map',
  plainText: 'must be a text',
  object: 'must be an object',
  site: 'must be an object with a "name"',
  httpUrl: 'must be an http(s) address',
  link: 'must be an http(s) or relative address',
  cookieName: 'must be a valid cookie name (letters, digits, _ and -)',
  maxAgeDays: `must be a number of days from 1 to ${MAX_MAX_AGE_DAYS}`,
  maxAgeCapped: `must be at most ${MAX_MAX_AGE_DAYS} days (13 months); ${MAX_MAX_AGE_DAYS} is used`,
  cookieDomain: 'must be a domain name such as "example.fr", or null',
  categories: 'must be a list of categories',
  noCategory: 'holds no valid category',
  identifier: 'must be an identifier (letters, digits, _ and -)',
  duplicate: '"%s" is used twice',
  boolean: 'must be true or false',
  categoryOf: 'must be the id of a category (%s)',
  category: 'must be the id of a category',
  notCategory: 'is not the id of a category',
  cookies: 'must be a list of cookies',
  cookiePattern: 'must be a cookie name or a pattern such as "_ga*"',
  domain: 'must be a domain name',
  path: 'must start with "/"',
  list: 'must be a list',
  storage: 'must be "local" or "session"',
  storageKey: 'must be a key or a pattern',
  consentTypes: 'must be a list of consent types such as "analytics_storage"',
  history: 'must be a list of versions such as {"revision": 2, "date": "2026-11-02", "changes": "…"}',
  version: 'must be a whole-number revision, or a digest such as "sha256:3f2a9c1e" (at least 8 hex digits)',
  proof: 'must be an object such as {"endpoint": "https://…"}',
  endpoint: 'must be an http(s) address or a path on this site starting with "/"',
  controller: 'must be an object such as {"name": …, "address": …, "contact": "dpo@…"}',
  dpo: 'must be an object such as {"contact": "dpo@…"}',
  contact: 'must be an e-mail address or an http(s) address',
};

/** The code of each kind of problem the check reports. */
export type ProblemCode = keyof typeof MESSAGES;

/**
 * One problem found in a configuration, before its text is looked up (a `ConfigIssue` then):
 * the path of the field, the code of the problem, and its detail (an id, a list of ids, a reason).
 */
export interface ConfigProblem {
  path: string;
  code: ProblemCode;
  detail?: string;
}

/** The problems with their texts. */
export function describeProblems(problems: ConfigProblem[]): ConfigIssue[] {
  return problems.map(({path, code, detail = ''}) => ({
    path: shorten(path),
    message: MESSAGES[code].replace('%s', shorten(detail)),
  }));
}

/** The most issues a console message lists, and the longest path or detail it quotes. */
export const LISTED_ISSUES = 50;
const LONGEST = 200;

/** A text cut at LONGEST characters: a hostile configuration's megabyte id stays readable. */
function shorten(text: string): string {
  return text.length > LONGEST ? `${text.slice(0, LONGEST)}… (${text.length} characters)` : text;
}

/**
 * A console message listing the issues of a configuration, one per line: the first
 * LISTED_ISSUES of them, then how many more (a configuration with thousands of faults still
 * gives a message a person can read, and one well under the longest string a browser builds).
 */
export function describeIssues(tag: string, source: string, issues: ConfigIssue[]): string {
  const list = issues.slice(0, LISTED_ISSUES).map((i) => `  - ${shorten(i.path)}: ${shorten(i.message)}`);
  if (issues.length > LISTED_ISSUES) list.push(`  … and ${issues.length - LISTED_ISSUES} more`);
  return `<${tag}>: invalid configuration (${source}):\n${list.join('\n')}`;
}
