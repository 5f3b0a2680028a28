// What makes a decision real beyond the element: script and embed gates, cleanup of refused
// categories, Google Consent Mode and Matomo, proof of consent, the Global Privacy Control
// notice, the reload after a withdrawal. A chunk of the browser bundle, loaded by
// <cookie-consent> (which listens to its store, the other tabs and the page) only once there
// is something to do.
import {html, nothing} from 'lit';
import {msg} from '@lit/localize';
import {effectsStyles} from './effects.styles.js';
import {normalizeConsent, uniformConsent} from '../core/consent-record.js';
import {resolveLang} from '../core/locale.js';
import type {ProofSender} from '../core/proof.js';
import type {ConsentChange, ConsentStore} from '../core/store.js';
import type {ConsentConfig, ConsentMap} from '../core/types.js';
import type {PageGates, GatesHost} from './gates.js';
import {adoptLate} from '../adopt-late.js';
import {lazy} from '../lazy.js';
import {GATED, needsEffects, type EffectsHost} from './effects-needs.js';
import type * as GpcNotice from './gpc-notice.js';

const withGates = lazy(() => import('./gates.js'));
const withIntegrations = lazy(() => import('./integrations.js'));
const withCleanup = lazy(() => import('../core/cleanup.js'));
const withProof = lazy(() => import('../core/proof.js'));
const withBuiltIn = lazy(() => import('../core/built-in.js'));
const withNotice = lazy(() => import('./gpc-notice.js'));

/**
 * The effects of the element's successive stores (one per configuration), handed each change
 * by the element.
 */
export class PageController {
  private store: ConsentStore | null = null;
  private first = false;
  /** The current store's gates, cleanup, integrations and proof, once something needs them. */
  private page: PageEffects | null = null;
  private running = false;
  private gpcNotice = false;
  private notice: typeof GpcNotice | null = null;

  /** The message of the element's status region, announced after a decision. */
  status = '';

  /** `wait` makes the element's `updateComplete` wait for work (chunks loading). */
  constructor(
    private readonly host: EffectsHost,
    private readonly wait: (work: Promise<unknown>) => void
  ) {
    adoptLate(host.renderRoot as ShadowRoot, effectsStyles);
  }

  private announce(text: string) {
    // Cleared first, so that the same message is announced again after a second decision.
    this.status = '';
    this.host.requestUpdate();
    this.host.updateComplete.then(() => {
      this.status = text;
      this.host.requestUpdate();
    });
  }

  /**
   * What shows once the banner is closed: the persistent "Gérer les cookies" button (`manage`:
   * the `manage-button` attribute) and the notice telling the visitor that their browser's
   * privacy signal was honoured.
   */
  renderClosed(manage: boolean) {
    return html`${
      manage
        ? html`<button
          class="manage"
          part="manage-button"
          aria-haspopup="dialog"
          @click=${(e: Event) => this.host.showPreferences(e.currentTarget as HTMLElement)}
        >
          ${msg('Gérer les cookies', {id: 'consent.manage'})}
        </button>`
        : nothing
    }${this.renderNotice()}`;
  }

  /** Takes over a store; builds its effects at once when the configuration or the page needs them. */
  attach(store: ConsentStore) {
    this.page?.dispose();
    this.page = null;
    // Google Consent Mode's default and Matomo's requirement go out once, with the first store.
    this.first = !this.store;
    this.store = store;
    if (needsEffects(store.config) || document.querySelector(GATED)) this.effects();
  }

  /**
   * Honours the browser's Global Privacy Control signal for a store without a decision (the
   * element calls it after `cookie-consent-ready`, which reports "no decision" first): every
   * optional category refused, applied but not stored, since the visitor has not acted on this
   * site yet.
   */
  honourGpc(store: ConsentStore) {
    const config = store.config;
    if (this.store === store && !store.record && refusedCategories(config, {}).length) {
      store.assume('gpc', uniformConsent(config, false), resolveLang(this.host));
    }
  }

  /** The current store's effects (built once). */
  private effects(): PageEffects {
    if (!this.page) {
      if (document.querySelector(GATED)) import('./gates.js').catch(() => undefined); // at once, not after the rest
      const page = (this.page = new PageEffects(this.host, this.store!, this.first));
      if (this.running) page.start();
      this.wait(Promise.all([page.ready, page.opened]));
    }
    return this.page;
  }

  /** A gated element came on the page: builds the gates. */
  openGates(): Promise<unknown> {
    return this.effects().openGates();
  }

  start() {
    this.running = true;
    this.page?.start();
  }

  stop() {
    this.running = false;
    this.page?.stop();
  }

  refresh() {
    this.page?.refresh();
  }

  /** The notice telling the visitor that their browser's privacy signal was honoured (a chunk). */
  private renderNotice() {
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

  /** Applies a decision, made here or read from another tab (`remote`). */
  onChange(change: ConsentChange, remote: boolean) {
    const store = this.store;
    if (!store) return;
    const config = store.config;
    const consent = change.record ? normalizeConsent(config, change.record.consent) : null;
    const sent = Promise.resolve(this.page?.onChange(change, consent, remote));
    if (change.record)
      this.announce(msg('Vos choix concernant les cookies ont été enregistrés.', {id: 'consent.saved'}));

    const wasGpc = this.gpcNotice;
    this.gpcNotice = change.action === 'gpc' && !remote;
    if (wasGpc !== this.gpcNotice) this.host.requestUpdate();
    if (this.gpcNotice && !this.notice) {
      const showing = withNotice((m) => {
        this.notice = m;
        this.host.requestUpdate();
      });
      if (showing instanceof Promise) this.wait(showing);
    }

    const previous = change.previous;
    const withdrawn = !!previous && config.categories.some((c) => !c.required && previous[c.id] && !consent?.[c.id]);
    if (withdrawn && this.host.reloadOnWithdraw) sent.then(() => location.reload());
  }
}

/** The effects of one store (one configuration); replaced when the configuration changes. */
export class PageEffects {
  /** Resolves once what must come first is done: Google Consent Mode's default, the first cleanup. */
  readonly ready: Promise<unknown>;
  private gates: PageGates | null = null;
  /** While the gates are being built (or once they are). */
  opened: Promise<unknown> | null = null;
  private proof: ProofSender | null = null;
  private disposed = false;
  private running = false;

  /**
   * On the first store of the page, Google Consent Mode's default and Matomo's
   * `requireCookieConsent` are issued as soon as their chunk is there, and always before the
   * gates release any script; then the stored decision (if any) is applied.
   */
  constructor(
    private readonly host: GatesHost,
    private readonly store: ConsentStore,
    first: boolean
  ) {
    const config = store.config;
    const consent = store.consent;
    const waits: Array<Promise<unknown>> = [];
    const wait = (result: unknown) => result instanceof Promise && waits.push(result);
    const proof = config.proof;
    if (proof) wait(withProof((m) => this.disposed || (this.proof ??= new m.ProofSender(proof.endpoint, config))));
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
    if (declaresRemovable(config, refusedCategories(config, {}))) {
      wait(withCleanup((m) => first && consent && m.cleanupCategories(config, refusedCategories(config, consent))));
    }
    this.ready = Promise.all(waits);
    if (document.querySelector(GATED)) this.openGates();
  }

  /**
   * The configuration whose category titles the placeholders show: the store's, unless it is the
   * built-in configuration's skeleton, which has none (its texts are then loaded).
   */
  private titled(): ConsentConfig | Promise<ConsentConfig> {
    const config = this.store.config;
    return config.categories.every((c) => c.title) ? config : withBuiltIn((m) => m.defaultConfig());
  }

  /** Whether the gates are built or being built. */
  get gated(): boolean {
    return !!this.opened;
  }

  /** Builds the gates once their chunk is there and what must come first is done. */
  openGates(): Promise<unknown> {
    return (this.opened ??= this.ready.then(() =>
      Promise.all([withGates((m) => m), this.titled()]).then(([m, titled]) => {
        if (this.disposed || this.gates) return;
        this.gates = new m.PageGates(this.host, this.store, titled);
        if (this.running) this.gates.start();
      })
    ));
  }

  start() {
    this.running = true;
    this.gates?.start();
  }

  stop() {
    this.running = false;
    this.gates?.stop();
  }

  refresh() {
    this.gates?.refresh();
  }

  dispose() {
    this.disposed = true;
    this.running = false;
    this.gates?.dispose();
    this.gates = null;
  }

  /** Applies a decision; resolves once its proof (if any) is sent. */
  onChange(change: ConsentChange, consent: ConsentMap | null, remote: boolean): unknown {
    const config: ConsentConfig = this.store.config;
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
    const record = change.record ?? change.before;
    const proof = config.proof;
    if (remote || !proof || !record) return;
    const decision = {
      id: record.id,
      timestamp: change.record ? change.record.timestamp : Date.now(),
      revision: config.revision,
      consent: consent ?? uniformConsent(config, false),
      lang: change.record ? change.record.lang : resolveLang(this.host),
      action: change.action ?? 'withdraw',
    };
    return withProof((m) => (this.proof ??= new m.ProofSender(proof.endpoint, config)).send(decision));
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
