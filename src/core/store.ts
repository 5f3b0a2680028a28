import {
  decodeRecord,
  encodeRecord,
  grants,
  isRecordCurrent,
  normalizeConsent,
  uniformConsent,
  randomId,
  type ConsentRecord,
} from './consent-record.js';
import {documentCookieJar, type CookieJar} from './cookie-jar.js';
import type {ConfigSkeleton, ConsentAction, ConsentMap, Lang} from './types.js';

/** What subscribers hear after every change of the stored decision. */
export interface ConsentChange {
  /** The decision now in force, or `null` when there is none. */
  record: ConsentRecord | null;
  /** The action that made the change; `null` when the decision was forgotten. */
  action: ConsentAction | null;
  /** The consent map before the change (`null`: no decision before). */
  previous: ConsentMap | null;
  /** The decision in force before the change (the id a withdrawal reports). */
  before: ConsentRecord | null;
  /**
   * `true` when the change was read from the cookie (`reload`: another tab, another page of the
   * site, or a script wrote it); `false` when it was made through this store.
   */
  external: boolean;
}

export interface ConsentStoreOptions {
  jar?: CookieJar;
  /** The clock, in ms since the epoch. */
  now?: () => number;
  /** Write the `Secure` attribute; by default when the page is served over https. */
  secure?: boolean;
}

/**
 * The visitor's decision for one configuration: read from and written to the first-party
 * consent cookie, with subscribers told of every change. Framework-free.
 */
export class ConsentStore {
  readonly config: ConfigSkeleton;
  readonly #cookieJar: CookieJar;
  readonly #clock: () => number;
  readonly #secureOnly: boolean;
  #current: ConsentRecord | null;
  /** The decision in force was assumed for the visitor (`assume`), not stored. */
  #assumed = false;
  readonly #subscribers = new Set<(change: ConsentChange) => void>();

  constructor(config: ConfigSkeleton, options: ConsentStoreOptions = {}) {
    this.config = config;
    this.#cookieJar = options.jar ?? documentCookieJar;
    this.#clock = options.now ?? Date.now;
    this.#secureOnly = options.secure ?? globalThis.location?.protocol === 'https:';
    this.#current = this.#readCookie();
  }

  /** The decision in force, or `null` when the visitor has to be asked. */
  get record(): ConsentRecord | null {
    return this.#current;
  }

  /** The state of every category, or `null` before any decision. */
  get consent(): ConsentMap | null {
    return this.#current ? normalizeConsent(this.config, this.#current.consent) : null;
  }

  /** Whether a category may run: always for a required one, otherwise only once granted. */
  hasConsent(categoryId: string): boolean {
    // Without a decision, the required categories only; an unknown category (even one named
    // like an Object method), never.
    return grants(this.consent ?? uniformConsent(this.config, false), categoryId);
  }

  /**
   * Reads the cookie again (another tab or script may have changed it); notifies on change,
   * with `action` (default `save`: the cookie does not say which action made the decision).
   * `value` is the cookie's value as another tab wrote it, read beside the cookie (that write
   * may not have reached this tab's view of the cookies yet); the newest decision wins.
   */
  reload(action: ConsentAction = 'save', value?: string): ConsentRecord | null {
    // Another tab's value (`''`: it withdrew) beside what this tab reads: of two decisions made
    // at nearly the same time in two tabs, both keep the newest, as the cookie does.
    const next = this.#readCookie(
      value === undefined ? undefined : value ? [value, ...this.#cookieJar.readAll(this.config.cookie.name)] : []
    );
    // This tab's decision is newer than the other tab's, whose write may have reached the cookie
    // last: it stands, and the cookie gets it back, so that both tabs end on what it holds.
    const mine = this.#current;
    if (value && next && mine && !this.#assumed && newestFirst(mine, next) < 0) {
      this.#storeRecord(mine);
      return mine;
    }
    // Nothing stored elsewhere: an assumed decision stays in force.
    // Records read or made here have their fields in the same order: equal JSON, same decision.
    if ((next || !this.#assumed) && JSON.stringify(this.#current) !== JSON.stringify(next)) {
      this.#setRecord(next, next ? action : null, {external: true});
    }
    return this.#current;
  }

  /**
   * Applies a decision the visitor did not make on this page, such as the refusal their
   * browser's Global Privacy Control signal asks for: it is in force and announced, but not
   * stored (nothing is stored before the visitor acts). `persist()` stores it later.
   */
  assume(action: ConsentAction, given: Partial<ConsentMap> | null, lang: Lang): ConsentRecord {
    return this.#setRecord(this.#record_(given, lang), action, {assumed: true});
  }

  /** Whether the decision in force was assumed (`assume`) and is not stored. */
  get isAssumed(): boolean {
    return this.#assumed;
  }

  /** Stores an assumed decision as it is, once the visitor confirms it. Announces nothing. */
  persist(): void {
    if (!this.#current || !this.#assumed) return;
    this.#storeRecord(this.#current);
    this.#assumed = false;
  }

  /** Records a decision: writes the cookie and tells the subscribers. */
  decide(action: ConsentAction, given: Partial<ConsentMap> | null, lang: Lang): ConsentRecord {
    const record = this.#record_(given, lang);
    this.#storeRecord(record);
    return this.#setRecord(record, action);
  }

  /** Forgets the decision: the cookie is deleted and the visitor will be asked again. */
  forget(): void {
    this.#storeRecord(null);
    this.#setRecord(null, null);
  }

  #record_(given: Partial<ConsentMap> | null, lang: Lang): ConsentRecord {
    return {
      timestamp: this.#clock(),
      revision: this.config.revision,
      id: this.#current?.id ?? randomId(),
      lang,
      consent: normalizeConsent(this.config, given),
    };
  }

  /** Writes the cookie for `record`; `null` deletes it. */
  #storeRecord(record: ConsentRecord | null) {
    const cookie = this.config.cookie;
    this.#cookieJar.write(cookie.name, record ? encodeRecord(record) : '', {
      maxAgeSeconds: record ? cookie.maxAgeDays * 86400 : 0,
      domain: cookie.domain,
      secure: this.#secureOnly,
    });
  }

  /** Puts a decision (or none) in force and tells the subscribers, with the consent map before. */
  #setRecord<R extends ConsentRecord | null>(
    record: R,
    action: ConsentAction | null,
    {assumed = false, external = false} = {}
  ): R {
    const change: ConsentChange = {record, action, previous: this.consent, before: this.#current, external};
    this.#current = record;
    this.#assumed = assumed;
    for (const listener of [...this.#subscribers]) listener(change);
    return record;
  }

  subscribe(listener: (change: ConsentChange) => void): () => void {
    this.#subscribers.add(listener);
    return () => this.#subscribers.delete(listener);
  }

  /**
   * The newest decision (by its time) among the values (stored ones by default) that are ours,
   * well formed and still current: a site may see several copies of its cookie (one set before
   * `cookie.domain` was configured, one on a parent domain or another path), and the latest
   * choice of the visitor is the one that stands.
   */
  #readCookie(values = this.#cookieJar.readAll(this.config.cookie.name)): ConsentRecord | null {
    const now = this.#clock();
    const records = values.map((value) => decodeRecord(value, now));
    return (
      records.filter((r): r is ConsentRecord => !!r && isRecordCurrent(r, this.config, now)).sort(newestFirst)[0] ??
      null
    );
  }
}

/**
 * Orders decisions newest first; two of the same millisecond (two tabs) by their encoded value,
 * so that every tab picks the same one.
 */
function newestFirst(a: ConsentRecord, b: ConsentRecord): number {
  return (
    b.timestamp - a.timestamp || (encodeRecord(b) > encodeRecord(a) ? 1 : encodeRecord(b) < encodeRecord(a) ? -1 : 0)
  );
}
