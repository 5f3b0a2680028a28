import {nothing, type ReactiveController, type ReactiveControllerHost} from 'lit';
import {normalizeConsent, uniformConsent} from '../core/consent-record.js';
import {hasGlobalPrivacyControl} from '../core/gpc.js';
import {resolveLang} from '../core/locale.js';
import type {ProofSender} from '../core/proof.js';
import type {ConsentRecord} from '../core/consent-record.js';
import type {ConsentChange, ConsentStore} from '../core/store.js';
import {ConsentSync, type SyncMessage} from '../core/sync.js';
import type {ConsentAction, ConsentConfig, ConsentMap} from '../core/types.js';
import type {PageGates} from './gates.js';
import type {CookieConsentChangeDetail} from './events.js';
import {adoptLate, lazy} from '../lazy.js';
import type * as GpcNotice from './gpc-notice.js';

const withGates = lazy(() => import('./gates.js'));
const withIntegrations = lazy(() => import('./integrations.js'));
const withCleanup = lazy(() => import('../core/cleanup.js'));
const withProof = lazy(() => import('../core/proof.js'));
const withNotice = lazy(() => import('./gpc-notice.js'));

/** Any element that a gate may hold (scripts and embeds gated on a category). */
const GATED = '[data-cookie-category]';

/** What the controller needs from `<cookie-consent>`: its public API only. */
export interface EffectsHost extends ReactiveControllerHost, HTMLElement {
  readonly consent: ConsentMap | null;
  save(consent: Partial<ConsentMap>): void;
  showPreferences(opener?: HTMLElement): void;
  showBanner(): void;
  reloadOnWithdraw: boolean;
  ignoreGpc: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * Makes the decision real on the page: script and embed gates, cleanup of refused categories,
 * Google Consent Mode and Matomo, Global Privacy Control, other tabs, proof of consent.
 * The element hands it each store it creates (`attach`) and renders `renderNotice()`.
 */
export class EffectsController implements ReactiveController {
  /** Reloads the page after a withdrawal (`reload-on-withdraw`); replaceable in tests. */
  reloadPage: () => void = () => location.reload();

  private readonly host: EffectsHost;
  private store: ConsentStore | null = null;
  private unsubscribe?: () => void;
  /**
   * While the chunks this configuration needs are loading (integrations, cleanup, proof, gates):
   * the element's `updateComplete` waits for them.
   */
  loading: Promise<unknown> | null = null;
  private gates: PageGates | null = null;
  /** Watches for a first gated element, while the gates are not loaded. */
  private watcher: MutationObserver | null = null;
  private sync: ConsentSync | null = null;
  private proof: ProofSender | null = null;
  private started = false;
  /** While a change read from another tab (or the cookie) is applied. */
  private remote = false;
  private lastRecord: ConsentRecord | null = null;
  private gpcNotice = false;
  private notice: typeof GpcNotice | null = null;

  constructor(host: EffectsHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected() {
    if (this.store) this.start();
  }

  hostDisconnected() {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.sync?.stop();
    this.gates?.stop();
    this.watcher?.disconnect();
    this.watcher = null;
  }

  hostUpdated() {
    this.gates?.refresh();
  }

  /**
   * Takes over a new store (the configuration was loaded or changed). On the first one, Google
   * Consent Mode's default and Matomo's `requireCookieConsent` are issued as soon as their
   * chunk is there, and always before the gates release any script; then the stored decision
   * (if any) is applied. Global Privacy Control is honoured after the first render, so that
   * `cookie-consent-ready` still reports "no decision" first.
   */
  attach(store: ConsentStore) {
    if (this.store === store) return;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.sync?.stop();
    this.gates?.dispose();
    this.gates = null;
    this.store = store;
    this.lastRecord = store.record;
    const config = store.config;
    const consent = store.consent;
    const first = !this.started;
    this.started = true;
    const waits: Array<Promise<unknown>> = [];
    const wait = (result: unknown) => result instanceof Promise && waits.push(result);
    this.proof = null;
    const proof = config.proof;
    if (proof) wait(withProof((m) => this.store === store && (this.proof = new m.ProofSender(proof.endpoint, config))));
    const {gcm, matomo} = integrations(config);
    if (first && (gcm || matomo)) {
      wait(
        withIntegrations((m) => {
          if (gcm) {
            m.googleConsentDefault(window, config);
            if (consent) m.googleConsentUpdate(window, config, consent);
          }
          if (matomo) m.matomoStart(window, config, consent);
        })
      );
    }
    const optional = config.categories.filter((c) => !c.required).map((c) => c.id);
    if (declaresRemovable(config, optional)) {
      wait(withCleanup((m) => first && consent && m.cleanupCategories(config, refusedCategories(config, consent))));
    }
    this.sync = new ConsentSync(config.cookie.name, (message) => this.onSync(message));
    if (document.querySelector(GATED)) wait(this.openGates(store, waits));
    this.loading = null;
    if (waits.length) this.wait(Promise.all(waits));
    if (this.host.isConnected) this.start();
    if (!store.record && !this.host.ignoreGpc && hasGlobalPrivacyControl() && optional.length) {
      this.host.updateComplete.then(() => {
        if (this.store !== store || store.record) return;
        store.decide('gpc', uniformConsent(config, false), resolveLang(this.host));
      });
    }
  }

  /** Makes the element's `updateComplete` wait for chunks being loaded (and what follows them). */
  private wait(work: Promise<unknown>) {
    const loading: Promise<unknown> = Promise.all([this.loading, work])
      .catch((error: unknown) => console.error('cookie-consent: a part could not be loaded', error))
      .finally(() => this.loading === loading && (this.loading = null));
    this.loading = loading;
  }

  /** Builds the gates once their chunk is there and what must come first is done (GCM's default). */
  private openGates(store: ConsentStore, before: Array<Promise<unknown>>): unknown {
    const open = (m: typeof import('./gates.js')) => {
      if (this.store !== store || this.gates) return;
      this.watcher?.disconnect();
      this.watcher = null;
      this.gates = new m.PageGates(this.host, store);
      if (this.host.isConnected) this.gates.start();
    };
    return before.length ? Promise.all(before).then(() => withGates(open)) : withGates(open);
  }

  /** Until the page holds a gated element, waits for one to load the gates. */
  private watch() {
    if (this.gates || this.watcher) return;
    const store = this.store!;
    this.watcher = new MutationObserver((records) => {
      const gated = records.some((r) =>
        Array.from(r.addedNodes).some((n) => n instanceof Element && (n.matches(GATED) || !!n.querySelector(GATED)))
      );
      if (gated) this.openGates(store, this.loading ? [this.loading] : []);
    });
    this.watcher.observe(document.documentElement, {childList: true, subtree: true});
  }

  /** The notice telling the visitor that their browser's privacy signal was honoured (a chunk). */
  renderNotice() {
    return this.gpcNotice && this.notice
      ? this.notice.renderGpcNotice({
          showPreferences: (e: Event) => this.host.showPreferences(e.currentTarget as HTMLElement),
          dismiss: () => {
            this.gpcNotice = false;
            this.host.requestUpdate();
          },
        })
      : nothing;
  }

  private start() {
    if (!this.store) return;
    this.unsubscribe?.();
    this.unsubscribe = this.store.subscribe((change) => this.onChange(change));
    this.sync?.start();
    if (this.gates) this.gates.start();
    else this.watch();
  }

  /**
   * Another tab decided (`message`), or the page came back (`null`): read the cookie again. The
   * other tab's message may arrive before its cookie write reaches this tab's view of the cookies
   * (Chromium writes `document.cookie` asynchronously), so an announced change that is not there
   * yet is looked for again a few times.
   */
  private onSync(message: SyncMessage | null, tries = 3) {
    const store = this.store;
    if (!store) return;
    const before = store.record;
    this.remote = true;
    try {
      store.reload(message?.action ?? 'save');
    } finally {
      this.remote = false;
    }
    if (message && tries && store.record === before) {
      setTimeout(() => this.store === store && this.onSync(message, tries - 1), 50);
    }
  }

  private onChange(change: ConsentChange) {
    const store = this.store;
    if (!store) return;
    const config = store.config;
    const remote = this.remote;
    const consent = change.record ? normalizeConsent(config, change.record.consent) : null;
    const action: ConsentAction = change.action ?? 'withdraw';
    const last = this.lastRecord;
    this.lastRecord = change.record;

    this.gates?.update();
    const refused = refusedCategories(config, consent);
    if (declaresRemovable(config, refused)) withCleanup((m) => m.cleanupCategories(config, refused));
    const {gcm, matomo} = integrations(config);
    if (gcm || matomo) {
      withIntegrations((m) => {
        if (gcm) m.googleConsentUpdate(window, config, consent);
        if (matomo) m.matomoDecision(window, config, consent);
      });
    }

    let sent: Promise<unknown> = Promise.resolve();
    if (!remote) {
      this.sync?.announce({action: change.action});
      const record = change.record ?? last;
      const proof = config.proof;
      if (proof && record) {
        const decision = {
          id: record.id,
          timestamp: change.record ? change.record.timestamp : Date.now(),
          revision: config.revision,
          consent: consent ?? uniformConsent(config, false),
          lang: change.record ? change.record.lang : resolveLang(this.host),
          action,
        };
        sent = Promise.resolve(withProof((m) => (this.proof ??= new m.ProofSender(proof.endpoint, config)).send(decision)));
      }
    } else if (!change.record) {
      // Forgotten in another tab: ask again here too, and say so as reset() does.
      this.host.showBanner();
      const detail: CookieConsentChangeDetail = {
        consent: uniformConsent(config, false),
        action: 'withdraw',
        revision: config.revision,
        timestamp: Date.now(),
        id: last?.id ?? '',
        lang: resolveLang(this.host),
      };
      this.host.dispatchEvent(new CustomEvent('cookie-consent-change', {detail, bubbles: true, composed: true}));
    }

    const wasGpc = this.gpcNotice;
    this.gpcNotice = action === 'gpc' && !remote;
    if (wasGpc !== this.gpcNotice) this.host.requestUpdate();
    if (this.gpcNotice && !this.notice) {
      const showing = withNotice((m) => {
        adoptLate(this.host.renderRoot as ShadowRoot, m.noticeStyles);
        this.notice = m;
        this.host.requestUpdate();
      });
      if (showing instanceof Promise) this.wait(showing);
    }

    const previous = change.previous;
    const withdrawn = !!previous && config.categories.some((c) => !c.required && previous[c.id] && !consent?.[c.id]);
    if (withdrawn && this.host.reloadOnWithdraw) sent.then(() => this.reloadPage());
  }
}

/** The optional categories a consent map does not grant (all of them when there is no decision). */
function refusedCategories(config: ConsentConfig, consent: ConsentMap | null): string[] {
  return config.categories.filter((c) => !c.required && consent?.[c.id] !== true).map((c) => c.id);
}

/** Which integrations a configuration enables. */
function integrations(config: ConsentConfig) {
  return {gcm: !!config.integrations?.googleConsentMode?.enabled, matomo: !!config.integrations?.matomo?.enabled};
}

/** Whether the configuration declares cookies or storage keys to delete for one of these categories. */
function declaresRemovable(config: ConsentConfig, categoryIds: string[]): boolean {
  return [...config.cookies, ...(config.storage ?? [])].some((d) => categoryIds.includes(d.category));
}
