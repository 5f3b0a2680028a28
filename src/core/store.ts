import {
  decodeRecord,
  encodeRecord,
  isRecordCurrent,
  normalizeConsent,
  randomId,
  type ConsentRecord,
} from './consent-record.js';
import {documentCookieJar, type CookieJar} from './cookie-jar.js';
import type {ConsentAction, ConsentConfig, ConsentMap, Lang} from './types.js';

/** What subscribers hear after every change of the stored decision. */
export interface ConsentChange {
  /** The decision now in force, or `null` when there is none. */
  record: ConsentRecord | null;
  /** The action that made the change; `null` when the decision was forgotten. */
  action: ConsentAction | null;
  /** The consent map before the change (`null`: no decision before). */
  previous: ConsentMap | null;
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
  readonly config: ConsentConfig;
  private readonly jar: CookieJar;
  private readonly now: () => number;
  private readonly secure: boolean;
  private current: ConsentRecord | null = null;
  /** The decision in force was assumed for the visitor (`assume`), not stored. */
  private assumed = false;
  private readonly listeners = new Set<(change: ConsentChange) => void>();

  constructor(config: ConsentConfig, options: ConsentStoreOptions = {}) {
    this.config = config;
    this.jar = options.jar ?? documentCookieJar;
    this.now = options.now ?? Date.now;
    this.secure =
      options.secure ?? (typeof location !== 'undefined' && location.protocol === 'https:');
    this.current = this.read();
  }

  /** The decision in force, or `null` when the visitor has to be asked. */
  get record(): ConsentRecord | null {
    return this.current;
  }

  /** The state of every category, or `null` before any decision. */
  get consent(): ConsentMap | null {
    return this.current ? normalizeConsent(this.config, this.current.consent) : null;
  }

  /** Whether a category may run: always for a required one, otherwise only once granted. */
  hasConsent(categoryId: string): boolean {
    const category = this.config.categories.find((c) => c.id === categoryId);
    if (!category) return false;
    if (category.required) return true;
    return this.current?.consent[categoryId] === true;
  }

  /**
   * Reads the cookie again (another tab or script may have changed it); notifies on change,
   * with `action` (default `save`: the cookie does not say which action made the decision).
   */
  reload(action: ConsentAction = 'save'): ConsentRecord | null {
    const previous = this.current;
    const next = this.read();
    // Nothing stored elsewhere: an assumed decision stays in force.
    if (!next && this.assumed) return this.current;
    if (encodeOrNull(previous) !== encodeOrNull(next)) {
      this.current = next;
      this.assumed = false;
      this.emit({record: next, action: next ? action : null, previous: previous ? normalizeConsent(this.config, previous.consent) : null});
    }
    return this.current;
  }

  /**
   * Applies a decision the visitor did not make on this page, such as the refusal their
   * browser's Global Privacy Control signal asks for: it is in force and announced, but not
   * stored (nothing is stored before the visitor acts). `persist()` stores it later.
   */
  assume(action: ConsentAction, given: Partial<ConsentMap> | null, lang: Lang): ConsentRecord {
    const previous = this.consent;
    const record = this.record_(given, lang);
    this.current = record;
    this.assumed = true;
    this.emit({record, action, previous});
    return record;
  }

  /** Whether the decision in force was assumed (`assume`) and is not stored. */
  get isAssumed(): boolean {
    return this.assumed;
  }

  /** Stores an assumed decision as it is, once the visitor confirms it. Announces nothing. */
  persist(): void {
    if (!this.current || !this.assumed) return;
    this.write(this.current);
    this.assumed = false;
  }

  /** Records a decision: writes the cookie and tells the subscribers. */
  decide(action: ConsentAction, given: Partial<ConsentMap> | null, lang: Lang): ConsentRecord {
    const previous = this.consent;
    const record = this.record_(given, lang);
    this.write(record);
    this.current = record;
    this.assumed = false;
    this.emit({record, action, previous});
    return record;
  }

  private record_(given: Partial<ConsentMap> | null, lang: Lang): ConsentRecord {
    return {
      timestamp: this.now(),
      revision: this.config.revision,
      id: this.current?.id ?? randomId(),
      lang,
      consent: normalizeConsent(this.config, given),
    };
  }

  private write(record: ConsentRecord) {
    this.jar.write(this.config.cookie.name, encodeRecord(record), {
      maxAgeSeconds: this.config.cookie.maxAgeDays * 86400,
      domain: this.config.cookie.domain,
      secure: this.secure,
    });
  }

  /** Forgets the decision: the cookie is deleted and the visitor will be asked again. */
  forget(): void {
    const previous = this.consent;
    this.jar.write(this.config.cookie.name, '', {
      maxAgeSeconds: 0,
      domain: this.config.cookie.domain,
      secure: this.secure,
    });
    this.current = null;
    this.assumed = false;
    this.emit({record: null, action: null, previous});
  }

  subscribe(listener: (change: ConsentChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(change: ConsentChange) {
    for (const listener of [...this.listeners]) listener(change);
  }

  /** The first stored value that is ours, well formed and still current; `null` otherwise. */
  private read(): ConsentRecord | null {
    const now = this.now();
    for (const value of this.jar.readAll(this.config.cookie.name)) {
      const record = decodeRecord(value, now);
      if (record && isRecordCurrent(record, this.config, now)) return record;
    }
    return null;
  }
}

function encodeOrNull(record: ConsentRecord | null): string | null {
  return record ? encodeRecord(record) : null;
}
