// The versions of a policy (`history` in a configuration): their order, and which of them a
// returning visitor has not seen. Shared by the banner's "what changed" (a chunk, loaded only
// for a visitor asked again) and the charter's versions section.
import {decodeRecord, type ConsentRecord} from './consent-record.js';
import {documentCookieJar} from './cookie-jar.js';
import type {ConfigSkeleton, HistoryEntry, Lang} from './types.js';

/** The day (UTC) of a time, or of a date as the check accepts it (`Date.parse`): `2026-11-02`. */
const dayOf = (date: string | number): string =>
  new Date(typeof date === 'string' ? Date.parse(date) : date).toISOString().slice(0, 10);

/** The entries newest first: by day, and of one day, the one written last first. */
export function newestFirst(history: readonly HistoryEntry[]): HistoryEntry[] {
  return history
    .map((entry, i) => [entry, dayOf(entry.date), i] as const)
    .sort(([, a, i], [, b, j]) => (a < b ? 1 : a > b ? -1 : j - i))
    .map(([entry]) => entry);
}

/**
 * The visitor's latest decision when it was made for an earlier version of the configuration
 * (another revision or, under `"revision": "auto"`, another digest), whether or not it has
 * expired since; `null` when there is none, or when the latest is of this version. Only values
 * of our format count: another tool's cookie of the same name is no decision.
 */
export function earlierDecision(
  config: ConfigSkeleton,
  values: string[] = documentCookieJar.readAll(config.cookie.name),
  now: number = Date.now()
): ConsentRecord | null {
  const latest = values
    .map((value) => decodeRecord(value, now))
    .filter((r): r is ConsentRecord => !!r)
    .sort((a, b) => b.timestamp - a.timestamp)[0];
  return latest && latest.revision !== config.revision ? latest : null;
}

/**
 * The entries of the history newer than a decision, newest first:
 * - a whole-number revision is newer when it is greater than the decision's (a decision made
 *   under `"revision": "auto"`, whose revision is a 52-bit number, is newer than all of them:
 *   the whole numbers came before);
 * - a digest (`"revision": "auto"`) is newer when it is not the one the decision was made for
 *   and is dated on or after the day of the decision (UTC): a version put in force that day
 *   may be newer than a decision of the morning.
 */
export function changesSince(history: readonly HistoryEntry[], record: ConsentRecord): HistoryEntry[] {
  const day = dayOf(record.timestamp);
  // The digits of the digest the decision was made for (a whole-number revision has none that match).
  const stored = record.revision.toString(16).padStart(13, '0');
  return newestFirst(history).filter(({revision, date}) =>
    typeof revision === 'number'
      ? revision > record.revision
      : dayOf(date) >= day && !stored.startsWith(revision.slice(7, 20))
  );
}

/** A day (`2026-11-02`) in the language: "2 novembre 2026", "2 November 2026", "2. November 2026". */
export function formatDay(day: string, lang: Lang): string {
  // A date alone is UTC midnight: formatted in UTC, it never shows the day before.
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, {dateStyle: 'long', timeZone: 'UTC'}).format(
    new Date(day)
  );
}
