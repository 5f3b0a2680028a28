import {html, nothing, type ReactiveController, type ReactiveControllerHost} from 'lit';
import {msg} from '@lit/localize';
import {cleanupCategories} from '../core/cleanup.js';
import {normalizeConsent, uniformConsent} from '../core/consent-record.js';
import {Gatekeeper} from '../core/gating.js';
import {hasGlobalPrivacyControl} from '../core/gpc.js';
import {googleConsentDefault, googleConsentUpdate} from '../core/integrations/google-consent-mode.js';
import {matomoDecision, matomoStart} from '../core/integrations/matomo.js';
import {resolveLang} from '../core/locale.js';
import {ProofSender} from '../core/proof.js';
import type {ConsentRecord} from '../core/consent-record.js';
import type {ConsentChange, ConsentStore} from '../core/store.js';
import {ConsentSync, type SyncMessage} from '../core/sync.js';
import {pickText} from '../core/text.js';
import type {ConsentAction, ConsentConfig, ConsentMap} from '../core/types.js';
import {adoptPlaceholderStyles, createPlaceholder, fillPlaceholder, type PlaceholderInfo} from './embed-placeholder.js';
import type {CookieConsentChangeDetail} from './events.js';

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
  private gates: Gatekeeper | null = null;
  private sync: ConsentSync | null = null;
  private proof: ProofSender | null = null;
  private started = false;
  /** While a change read from another tab (or the cookie) is applied. */
  private remote = false;
  private lastRecord: ConsentRecord | null = null;
  private gpcNotice = false;
  /** The embed whose placeholder button was pressed: it gets the focus once loaded. */
  private focusAfterRelease: HTMLElement | null = null;
  private readonly onLocaleStatus = (event: Event) => {
    if ((event as CustomEvent<{status: string}>).detail?.status === 'ready') this.refreshPlaceholders();
  };

  constructor(host: EffectsHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected() {
    window.addEventListener('lit-localize-status', this.onLocaleStatus);
    if (this.store) this.start();
  }

  hostDisconnected() {
    window.removeEventListener('lit-localize-status', this.onLocaleStatus);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.sync?.stop();
    this.gates?.stop();
  }

  hostUpdated() {
    this.refreshPlaceholders();
  }

  /**
   * Takes over a new store (the configuration was loaded or changed). On the first one, Google
   * Consent Mode's default and Matomo's `requireCookieConsent` are issued at once, then the
   * stored decision (if any) is applied; Global Privacy Control is honoured after the first
   * render, so that `cookie-consent-ready` still reports "no decision" first.
   */
  attach(store: ConsentStore) {
    if (this.store === store) return;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.sync?.stop();
    this.gates?.dispose();
    this.store = store;
    this.lastRecord = store.record;
    const config = store.config;
    const consent = store.consent;
    this.proof = config.proof ? new ProofSender(config.proof.endpoint, config) : null;
    if (!this.started) {
      this.started = true;
      if (config.integrations?.googleConsentMode?.enabled) {
        googleConsentDefault(window, config);
        if (consent) googleConsentUpdate(window, config, consent);
      }
      if (config.integrations?.matomo?.enabled) matomoStart(window, config, consent);
      if (consent) cleanupCategories(config, refusedCategories(config, consent));
    }
    this.sync = new ConsentSync(config.cookie.name, (message) => this.onSync(message));
    this.gates = new Gatekeeper(document, {
      isGranted: (id) => this.store?.hasConsent(id) ?? false,
      createPlaceholder: (embed) => {
        adoptPlaceholderStyles(document);
        return createPlaceholder(document, embed, this.placeholderInfo(embed), () => this.grantInPlace(embed));
      },
      embedReleased: (embed) => {
        if (embed !== this.focusAfterRelease) return;
        this.focusAfterRelease = null;
        if (!(embed instanceof HTMLIFrameElement) && !embed.hasAttribute('tabindex')) embed.tabIndex = -1;
        embed.focus();
      },
    });
    if (this.host.isConnected) this.start();
    if (!store.record && !this.host.ignoreGpc && hasGlobalPrivacyControl() && config.categories.some((c) => !c.required)) {
      this.host.updateComplete.then(() => {
        if (this.store !== store || store.record) return;
        store.decide('gpc', uniformConsent(config, false), resolveLang(this.host));
      });
    }
  }

  /** The notice telling the visitor that their browser's privacy signal was honoured. */
  renderNotice() {
    if (!this.gpcNotice) return nothing;
    return html`<div class="gpc-notice" part="gpc-notice">
      <div class="gpc-notice-inner">
        <p part="gpc-notice-text">
          ${msg(
            'Votre navigateur envoie le signal « Global Privacy Control » : nous l’avons respecté en refusant les cookies qui ne sont pas nécessaires. Vous pouvez changer d’avis à tout moment.',
            {id: 'consent.gpcNotice'}
          )}
        </p>
        <div class="gpc-actions">
          <button
            type="button"
            class="gpc-button"
            part="button gpc-preferences-button"
            aria-haspopup="dialog"
            @click=${(e: Event) => this.host.showPreferences(e.currentTarget as HTMLElement)}
          >
            ${msg('Personnaliser', {id: 'consent.customize'})}
          </button>
          <button type="button" class="link-button" part="gpc-dismiss-button" @click=${() => this.dismissNotice()}>
            ${msg('Fermer ce message', {id: 'consent.gpcDismiss'})}
          </button>
        </div>
      </div>
    </div>`;
  }

  private start() {
    if (!this.store) return;
    this.unsubscribe?.();
    this.unsubscribe = this.store.subscribe((change) => this.onChange(change));
    this.sync?.start();
    this.gates?.start();
  }

  private dismissNotice() {
    this.gpcNotice = false;
    this.host.requestUpdate();
    this.host.updateComplete.then(() => {
      this.host.renderRoot
        .querySelector<HTMLElement>('[part~="manage-button"]')
        ?.focus();
    });
  }

  private onSync(message: SyncMessage | null) {
    if (!this.store) return;
    this.remote = true;
    try {
      this.store.reload(message?.action ?? 'save');
    } finally {
      this.remote = false;
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
    cleanupCategories(config, refusedCategories(config, consent));
    if (config.integrations?.googleConsentMode?.enabled) googleConsentUpdate(window, config, consent);
    if (config.integrations?.matomo?.enabled) matomoDecision(window, config, consent);

    let sent: Promise<unknown> = Promise.resolve();
    if (!remote) {
      this.sync?.announce({action: change.action});
      const record = change.record ?? last;
      if (this.proof && record) {
        sent = this.proof.send({
          id: record.id,
          timestamp: change.record ? change.record.timestamp : Date.now(),
          revision: config.revision,
          consent: consent ?? uniformConsent(config, false),
          lang: change.record ? change.record.lang : resolveLang(this.host),
          action,
        });
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

    const previous = change.previous;
    const withdrawn = !!previous && config.categories.some((c) => !c.required && previous[c.id] && !consent?.[c.id]);
    if (withdrawn && this.host.reloadOnWithdraw) sent.then(() => this.reloadPage());
  }

  private placeholderInfo(embed: HTMLElement): PlaceholderInfo {
    const lang = resolveLang(this.host);
    const id = embed.getAttribute('data-cookie-category') ?? '';
    const category = this.store?.config.categories.find((c) => c.id === id);
    return {
      service: embed.getAttribute('data-cookie-service')?.trim() ?? '',
      category: category ? pickText(category.title, lang) : id,
      lang,
    };
  }

  /** The placeholder's button: the current choice plus this category, saved at once. */
  private grantInPlace(embed: HTMLElement) {
    const id = embed.getAttribute('data-cookie-category') ?? '';
    this.focusAfterRelease = embed;
    this.host.save({...(this.host.consent ?? {}), [id]: true});
  }

  private refreshPlaceholders() {
    for (const [embed, placeholder] of this.gates?.placeholders() ?? []) {
      fillPlaceholder(placeholder, this.placeholderInfo(embed));
    }
  }
}

/** The optional categories a consent map does not grant (all of them when there is no decision). */
function refusedCategories(config: ConsentConfig, consent: ConsentMap | null): string[] {
  return config.categories.filter((c) => !c.required && consent?.[c.id] !== true).map((c) => c.id);
}
