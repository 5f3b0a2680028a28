import {nothing, type ReactiveController, type ReactiveControllerHost} from 'lit';
import {hasGlobalPrivacyControl} from '../core/gpc.js';
import {uniformConsent} from '../core/consent-record.js';
import {resolveLang} from '../core/locale.js';
import type {ConsentChange, ConsentStore} from '../core/store.js';
import {syncTabs, type SyncMessage, type TabSync} from '../core/sync.js';
import type {ConsentConfig, ConsentMap} from '../core/types.js';
import type * as Effects from './effects.js';
import {lazy} from '../lazy.js';
import {whenAdded} from '../when-added.js';

/**
 * What makes decisions real on the page (`effects.ts`): a chunk, loaded only once there is
 * something to do — a decision to apply, a gated element, an integration, a cleanup, a proof
 * endpoint, the Global Privacy Control signal. A first visit to a page without any of them
 * does not download it.
 */
const withEffects = lazy(() => import('./effects.js'));

/** Any element that a gate may hold (scripts and embeds gated on a category). */
export const GATED = '[data-cookie-category]';

/** What the controller needs from `<cookie-consent>`: its public API only. */
export interface EffectsHost extends ReactiveControllerHost, HTMLElement {
  readonly consent: ConsentMap | null;
  save(consent: Partial<ConsentMap>): void;
  showPreferences(opener?: HTMLElement): void;
  reloadOnWithdraw: boolean;
  ignoreGpc: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * Makes the decision real on the page: script and embed gates, cleanup of refused categories,
 * Google Consent Mode and Matomo, Global Privacy Control, other tabs, proof of consent.
 * The element hands it each store it creates (`attach`) and renders `renderNotice()`.
 *
 * This part, in the bundle's entry, only listens: to the store, to the other tabs (and the
 * page coming back, when the cookie is read again) and for gated elements on the page.
 * Everything else is `PageController` (effects.ts), loaded when one of them asks for it or
 * when the configuration needs it from the start.
 */
export class EffectsController implements ReactiveController {
  private readonly host: EffectsHost;
  private store: ConsentStore | null = null;
  /** Whether the current store is the page's first (Google Consent Mode's default is issued once). */
  private first = true;
  /** The effects in full, once their chunk is there. */
  private page: Effects.PageController | null = null;
  private unsubscribe?: () => void;
  private sync: TabSync | null = null;
  /** While a change read from another tab (or the cookie) is applied. */
  private remote = false;
  /** Stops watching for a first gated element. */
  private unwatch?: () => void;

  /**
   * While the effects' chunk, or chunks they need, are loading, `wait` is handed the work: the
   * element's `updateComplete` waits for it.
   */
  constructor(
    host: EffectsHost,
    private readonly wait: (work: Promise<unknown>) => void
  ) {
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
    this.sync = null;
    this.page?.stop();
    this.unwatch?.();
    this.unwatch = undefined;
  }

  hostUpdated() {
    this.page?.refresh();
  }

  /** The notice telling the visitor that their browser's privacy signal was honoured. */
  renderNotice() {
    return this.page?.renderNotice() ?? nothing;
  }

  /**
   * Takes over a new store (the configuration was loaded or changed), then the stored decision
   * (if any) is applied. Global Privacy Control is honoured after the first render, so that
   * `cookie-consent-ready` still reports "no decision" first.
   */
  attach(store: ConsentStore) {
    if (this.store === store) return;
    this.hostDisconnected();
    const config = store.config;
    this.store = store;
    const {gcm, matomo} = integrations(config);
    const refused = refusedCategories(config, {});
    if (this.page) this.page.attach(store, false);
    else if (config.proof || gcm || matomo || declaresRemovable(config, refused)) this.wake(() => undefined);
    this.first = false;
    if (this.host.isConnected) this.start();
    if (!store.record && !this.host.ignoreGpc && hasGlobalPrivacyControl() && refused.length) {
      this.host.updateComplete.then(() => {
        if (this.store !== store || store.record) return;
        // Applied but not stored: the visitor has not acted on this site yet.
        store.assume('gpc', uniformConsent(config, false), resolveLang(this.host));
      });
    }
  }

  /** Loads the effects (once), hands them the current store, then runs `then` on them. */
  private wake(then: (page: Effects.PageController) => unknown) {
    const store = this.store!;
    const first = this.first;
    this.wait(
      Promise.resolve(
        withEffects((m) => {
          if (this.store !== store) return;
          if (!this.page) {
            this.page = new m.PageController(this.host, this.wait);
            this.page.attach(store, first);
            if (this.host.isConnected) this.page.start();
          }
          return then(this.page);
        })
      )
    );
  }

  private start() {
    const store = this.store!;
    this.unsubscribe?.();
    this.unsubscribe = store.subscribe((change) => this.onChange(change));
    this.sync ??= syncTabs(store.config.cookie.name, (message) => this.onSync(message));
    this.page?.start();
    // The gates are built once the page holds a gated element (at once when it already does).
    this.unwatch ??= whenAdded(GATED, () => this.wake((page) => page.openGates()));
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

  /** A decision here or in another tab: the other tabs are told at once, the effects follow. */
  private onChange(change: ConsentChange) {
    const remote = this.remote;
    // An assumed decision (GPC) is not stored: the other tabs work it out themselves.
    if (!remote && !this.store?.isAssumed) this.sync?.announce({action: change.action});
    this.wake((page) => page.onChange(change, remote));
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
