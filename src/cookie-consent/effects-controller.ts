import {nothing, type ReactiveController, type ReactiveControllerHost} from 'lit';
import {normalizeConsent, uniformConsent} from '../core/consent-record.js';
import {hasGlobalPrivacyControl} from '../core/gpc.js';
import {resolveLang} from '../core/locale.js';
import type {ConsentRecord} from '../core/consent-record.js';
import type {ConsentChange, ConsentStore} from '../core/store.js';
import {ConsentSync, type SyncMessage} from '../core/sync.js';
import type {ConsentConfig, ConsentMap} from '../core/types.js';
import type {CookieConsentChangeDetail} from './events.js';
import type {PageEffects} from './effects.js';
import {adoptLate, lazy} from '../lazy.js';
import type * as GpcNotice from './gpc-notice.js';

/** Gates, cleanup, integrations and proof: a chunk, loaded only when the page or configuration needs one. */
const withEffects = lazy(() => import('./effects.js'));
const withNotice = lazy(() => import('./gpc-notice.js'));

/** Any element that a gate may hold (scripts and embeds gated on a category). */
export const GATED = '[data-cookie-category]';

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
 * Global Privacy Control, other tabs and the notice are handled here; the rest (`PageEffects`)
 * is loaded only when the configuration enables it or the page holds a gated element.
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
  /** The effects of the current store, once their chunk is there. */
  private page: PageEffects | null = null;
  /** Whether the current store's effects are loaded or loading. */
  private wanted = false;
  private first = true;
  /** Watches for a first gated element, while the gates are not loaded. */
  private watcher: MutationObserver | null = null;
  private sync: ConsentSync | null = null;
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
    this.page?.stop();
    this.watcher?.disconnect();
    this.watcher = null;
  }

  hostUpdated() {
    this.page?.refresh();
  }

  /**
   * Takes over a new store (the configuration was loaded or changed), then the stored decision
   * (if any) is applied. Global Privacy Control is honoured after the first render, so that
   * `cookie-consent-ready` still reports "no decision" first.
   */
  attach(store: ConsentStore) {
    if (this.store === store) return;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.sync?.stop();
    this.page?.dispose();
    this.page = null;
    this.wanted = false;
    this.store = store;
    this.lastRecord = store.record;
    const config = store.config;
    const first = this.first;
    this.first = false;
    this.loading = null;
    const {gcm, matomo} = integrations(config);
    if (config.proof || gcm || matomo || declaresRemovable(config, refusedCategories(config, {})) || document.querySelector(GATED)) {
      this.load(store, first);
    }
    this.sync = new ConsentSync(config.cookie.name, (message) => this.onSync(message));
    if (this.host.isConnected) this.start();
    if (!store.record && !this.host.ignoreGpc && hasGlobalPrivacyControl() && refusedCategories(config, {}).length) {
      this.host.updateComplete.then(() => {
        if (this.store !== store || store.record) return;
        // Applied but not stored: the visitor has not acted on this site yet.
        store.assume('gpc', uniformConsent(config, false), resolveLang(this.host));
      });
    }
  }

  /** Loads the effects of a store (once); `then` runs on them. */
  private load(store: ConsentStore, first: boolean, then?: (page: PageEffects) => unknown) {
    this.wanted = true;
    if (document.querySelector(GATED)) import('./gates.js').catch(() => undefined); // at once, not after the effects
    this.wait(
      Promise.resolve(
        withEffects((m) => {
          if (this.store !== store) return;
          if (!this.page) {
            this.page = new m.PageEffects(this.host, store, first);
            if (this.host.isConnected) this.page.start();
          }
          return Promise.all([this.page.ready, then?.(this.page), this.page.opened]);
        })
      )
    );
  }

  /** Makes the element's `updateComplete` wait for chunks being loaded (and what follows them). */
  private wait(work: Promise<unknown>) {
    const loading: Promise<unknown> = Promise.all([this.loading, work])
      .catch((error: unknown) => console.error('cookie-consent: a part could not be loaded', error))
      .finally(() => this.loading === loading && (this.loading = null));
    this.loading = loading;
  }

  /** Until the page holds a gated element, waits for one to load the gates. */
  private watch() {
    if (this.watcher) return;
    const store = this.store!;
    this.watcher = new MutationObserver((records) => {
      const gated = records.some((r) =>
        Array.from(r.addedNodes).some((n) => n instanceof Element && (n.matches(GATED) || !!n.querySelector(GATED)))
      );
      if (!gated) return;
      this.watcher?.disconnect();
      this.watcher = null;
      this.load(store, false, (page) => page.openGates());
    });
    this.watcher.observe(document.documentElement, {childList: true, subtree: true});
  }

  /** The notice telling the visitor that their browser's privacy signal was honoured (a chunk). */
  renderNotice() {
    return this.gpcNotice && this.notice
      ? this.notice.renderGpcNotice({
          showPreferences: (e: Event) => this.host.showPreferences(e.currentTarget as HTMLElement),
          dismiss: () => {
            // Dismissing the notice is the visitor's act: the refusal is stored from now on.
            this.store?.persist();
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
    this.page?.start();
    // No need to watch when the gates are there or about to be built.
    if (this.page ? !this.page.gated : !(this.wanted && document.querySelector(GATED))) this.watch();
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
    const last = this.lastRecord;
    this.lastRecord = change.record;

    const sent = Promise.resolve(this.wanted && withEffects(() => this.page?.onChange(change, consent, remote, last)));
    // An assumed decision (GPC) is not stored: the other tabs work it out themselves.
    if (!remote && !this.store?.isAssumed) this.sync?.announce({action: change.action});
    else if (!change.record) {
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
    this.gpcNotice = change.action === 'gpc' && !remote;
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
export function refusedCategories(config: ConsentConfig, consent: ConsentMap | null): string[] {
  return config.categories.filter((c) => !c.required && consent?.[c.id] !== true).map((c) => c.id);
}

/** Which integrations a configuration enables. */
export function integrations(config: ConsentConfig) {
  return {gcm: !!config.integrations?.googleConsentMode?.enabled, matomo: !!config.integrations?.matomo?.enabled};
}

/** Whether the configuration declares cookies or storage keys to delete for one of these categories. */
export function declaresRemovable(config: ConsentConfig, categoryIds: string[]): boolean {
  return [...config.cookies, ...(config.storage ?? [])].some((d) => categoryIds.includes(d.category));
}
