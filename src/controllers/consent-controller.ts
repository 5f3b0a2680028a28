import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {encodeRecord, normalizeConsent, uniformConsent} from '../core/consent-record.js';
import {configScript} from '../core/defaults.js';
import {lazy} from '../core/lazy.js';
import type {PendingWork} from '../core/pending.js';
import {ConsentStore, type ConsentChange} from '../core/store.js';
import {syncTabs, type TabSync} from '../core/sync.js';
import type {ConfigSkeleton, ConsentConfig, Lang} from '../core/types.js';
import {opendatasoftCore} from '../presets/opendatasoft-core.js';
import type {CookieConsentChangeDetail, CookieConsentReadyDetail} from '../cookie-consent/events.js';

/**
 * Whether `cookie-consent-ready` was fired: once per page load (the module is evaluated once
 * per page, so once per document).
 */
let readyFired = false;
/** Reading a given configuration (not needed for the built-in one): a chunk of the bundle. */
const loadConfigReader = lazy(() => import('../core/config-load.js'));
/** The built-in configuration in full (texts and cookies): a chunk, loaded when something shows them. */
const loadBuiltIn = lazy(() => import('../core/built-in.js'));

/** What the controller needs of its element: the configuration's sources. */
export interface ConsentHost extends ReactiveControllerHost, HTMLElement {
  config?: unknown;
  src?: string;
}

/** What the controller publishes: a new store (a configuration was loaded), or a change of its decision. */
export interface ConsentUpdate {
  store: ConsentStore;
  /** The change; `null` when `store` is new (its stored decision was just read). */
  change: ConsentChange | null;
}

export interface ConsentControllerOptions {
  /** The language the element speaks now (the events carry it). */
  lang: () => Lang;
  /** The element's view: called first on every update, before the event and the subscribers. */
  view: (update: ConsentUpdate) => void;
  /** Where the chunks this controller loads are tracked (the element's `settled`). */
  work: PendingWork;
}

/**
 * The visitor's consent for one `<cookie-consent>`: resolves the configuration (the `config`
 * property, else the child JSON script, else `src`, else the built-in one; a newer source
 * aborts an older load), keeps its store, keeps the tabs of the site in step, reads the cookie
 * again when the element is connected again, and fires the element's events.
 *
 * Data flows one way: configuration → store → the element's view → its events → the
 * subscribers (the effects). Each change says whether it was made here or read from the cookie
 * (`change.external`: another tab, or the page came back).
 */
export class ConsentController implements ReactiveController {
  /** The store of the configuration in use; `null` until the configuration is known. */
  store: ConsentStore | null = null;
  /**
   * The configuration in use in full; `null` while only the skeleton of the built-in one is
   * there (its texts load with `loadConfig()`).
   */
  fullConfig: ConsentConfig | null = null;
  /**
   * Whether the configuration in use asks for effects from the start (an integration, a cleanup,
   * a proof endpoint): worked out with its check, in the reader's chunk. Never for the built-in one.
   */
  asksForEffects = false;
  /**
   * Resolves with the detail of `cookie-consent-ready` once this element's stored state is known
   * and rendered, whether or not the event was fired for it (it fires once per page load).
   */
  readonly ready: Promise<CookieConsentReadyDetail>;

  readonly #host: ConsentHost;
  readonly #options: ConsentControllerOptions;
  #announce!: (detail: CookieConsentReadyDetail) => void;
  #announced = false;
  readonly #subscribers = new Set<(update: ConsentUpdate) => void>();
  /** The updates published before the effects took them (`takeBacklog`); `null` once taken. */
  #backlog: ConsentUpdate[] | null = [];
  #source: {config: unknown; src: string | undefined} | null = null;
  #loading?: AbortController;
  /** Whether the store in use is the built-in fallback (its full form is then the fallback's). */
  #isFallback = false;
  #sync: TabSync | null = null;
  #unsubscribe?: () => void;

  constructor(host: ConsentHost, options: ConsentControllerOptions) {
    this.#host = host;
    this.#options = options;
    this.ready = new Promise((resolve) => (this.#announce = resolve));
    host.addController(this);
  }

  /** What the banner needs of the configuration in use; `null` until it is known. */
  get config(): ConfigSkeleton | null {
    return this.store?.config ?? null;
  }

  hostConnected() {
    const store = this.store;
    if (!store) return;
    this.#listen(store);
    // Re-connected (a framework moved the element): what changed meanwhile, once every other
    // controller of the element is connected again.
    queueMicrotask(() => this.store === store && store.reload());
  }

  hostDisconnected() {
    this.#quiet();
  }

  hostUpdate() {
    const {config, src} = this.#host;
    // Setting `config` again to the same object does not count as a new source.
    if (this.#source && this.#source.config === config && this.#source.src === src) return;
    this.#source = {config, src};
    this.#load();
  }

  hostUpdated() {
    const store = this.store;
    if (!store || this.#announced) return;
    // The stored state is known and rendered: announced once, then the waiting methods run.
    this.#announced = true;
    const record = store.record;
    const detail: CookieConsentReadyDetail = {
      consent: store.consent,
      revision: store.config.revision,
      timestamp: record?.timestamp ?? null,
      id: record?.id ?? null,
      lang: this.#options.lang(),
    };
    // Once per page load: a framework that mounts the element again gets no second event.
    if (!readyFired) {
      readyFired = true;
      this.#host.dispatchEvent(new CustomEvent('cookie-consent-ready', {detail, bubbles: true, composed: true}));
    }
    this.#announce(detail);
  }

  /**
   * Runs `work` on the store once the stored state is announced: at once when it is, else after
   * `cookie-consent-ready`. Resolves with what `work` returns.
   */
  async whenReady<R>(work: (store: ConsentStore) => R): Promise<R> {
    if (!this.#announced) await this.ready;
    return work(this.store!);
  }

  /** The configuration in use in full, loading the built-in configuration's texts when needed. */
  async loadConfig(): Promise<ConsentConfig> {
    await this.ready;
    const store = this.store;
    if (this.fullConfig) return this.fullConfig;
    const full = await this.#options.work.track(
      loadBuiltIn().then((m) => m.builtInFor(this.#options.lang(), this.#isFallback))
    );
    if (this.store === store && !this.fullConfig) {
      this.fullConfig = full;
      this.#host.requestUpdate();
    }
    return this.fullConfig ?? this.loadConfig();
  }

  /** Listens to every update, after the element's view and its event. Returns what stops it. */
  subscribe(listener: (update: ConsentUpdate) => void): () => void {
    this.#subscribers.add(listener);
    return () => this.#subscribers.delete(listener);
  }

  /**
   * The updates published before anyone took them, then none are kept any more: the effects,
   * which arrive in a chunk of their own, start from them.
   */
  takeBacklog(): ConsentUpdate[] {
    const backlog = this.#backlog ?? [];
    this.#backlog = null;
    return backlog;
  }

  #load() {
    this.#loading?.abort();
    const {config, src} = this.#host;
    if (config == null && !src && !configScript(this.#host)) return this.#use(opendatasoftCore, null);
    const loading = (this.#loading = new AbortController());
    const done = loadConfigReader()
      .then(async (reader) => {
        const loaded = await reader.readConfig(this.#host, config, src, loading.signal);
        if (!loaded) return this.#use(opendatasoftCore, null);
        this.asksForEffects = reader.needsEffects(loaded.config);
        this.#use(loaded.config, loaded.config);
      })
      .catch((error: unknown) => {
        if (loading.signal.aborted) return;
        // The reader could not be loaded (or failed): ask the visitor with the built-in
        // categories, granting nothing, rather than not at all.
        console.error(`<${this.#host.localName}>:`, error);
        this.#use({...opendatasoftCore, site: {name: location.hostname}}, null, true);
      });
    this.#options.work.track(done);
  }

  /** Puts a configuration in use: a new store, with the decision stored for it. */
  #use(config: ConfigSkeleton, full: ConsentConfig | null, fallback = false) {
    this.#quiet();
    if (!full) this.asksForEffects = false;
    this.fullConfig = full;
    this.#isFallback = fallback;
    const store = (this.store = new ConsentStore(config));
    if (this.#host.isConnected) this.#listen(store);
    this.#publish({store, change: null});
  }

  #listen(store: ConsentStore) {
    this.#quiet();
    this.#unsubscribe = store.subscribe((change) => this.#onChange(store, change));
    this.#sync = syncTabs(store.config.cookie.name, (message) =>
      store.reload(message?.action ?? 'save', message?.value)
    );
  }

  #quiet() {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#sync?.stop();
    this.#sync = null;
  }

  #onChange(store: ConsentStore, change: ConsentChange) {
    // An assumed decision (the privacy signal) is not stored: the other tabs work it out themselves.
    if (!change.external && !store.isAssumed) {
      this.#sync?.announce({action: change.action, value: change.record ? encodeRecord(change.record) : ''});
    }
    this.#publish({store, change}, changeDetail(store.config, change, this.#options.lang()));
  }

  /** The view, then the event (for a change), then the subscribers. */
  #publish(update: ConsentUpdate, detail?: CookieConsentChangeDetail) {
    this.#options.view(update);
    this.#host.requestUpdate();
    if (detail) {
      this.#host.dispatchEvent(new CustomEvent('cookie-consent-change', {detail, bubbles: true, composed: true}));
    }
    this.#backlog?.push(update);
    for (const subscriber of [...this.#subscribers]) subscriber(update);
  }
}

/**
 * The detail of `cookie-consent-change`: a decision as recorded; a withdrawal (no record, no
 * action) as of now, with the id of the decision it withdraws.
 */
function changeDetail(config: ConfigSkeleton, change: ConsentChange, lang: Lang): CookieConsentChangeDetail {
  const {record, action, before} = change;
  return {
    consent: record ? normalizeConsent(config, record.consent) : uniformConsent(config, false),
    action: action ?? 'withdraw',
    revision: record?.revision ?? config.revision,
    timestamp: record?.timestamp ?? Date.now(),
    id: (record ?? before)?.id ?? '',
    lang: record?.lang ?? lang,
  };
}
