import {LitElement, html, nothing} from 'lit';
import {msg, str} from '@lit/localize';
import {configScript} from '../core/defaults.js';
import {opendatasoftCore} from '../presets/opendatasoft-core.js';
import {encodeRecord, normalizeConsent, uniformConsent} from '../core/consent-record.js';
import {ConsentStore, type ConsentChange} from '../core/store.js';
import {pickText} from '../core/text.js';
import type {ConsentAction, ConsentConfig, ConsentMap} from '../core/types.js';
import {LangController} from '../controllers/lang-controller.js';
import type {CookieConsentChangeDetail, CookieConsentReadyDetail} from './events.js';
import {styles} from './cookie-consent.styles.js';
import type * as Preferences from './preferences.js';
import {lazy} from '../lazy.js';
import {GATED, needsEffects} from './effects-needs.js';
import type * as Effects from './effects.js';
import {hasGlobalPrivacyControl} from '../core/gpc.js';
import {syncTabs, type SyncMessage, type TabSync} from '../core/sync.js';
import {whenAdded} from '../when-added.js';

/** Checking a given configuration (not needed for the built-in one): a chunk of the bundle. */
const withConfigSource = lazy(() => import('../core/config-load.js'));
/** The built-in configuration in full (texts and cookies): a chunk, loaded for the dialog or `activeConfig`. */
const withBuiltIn = lazy(() => import('../core/built-in.js'));
/**
 * What makes decisions real on the page (effects.ts): a chunk, loaded only once there is
 * something to do — a decision to apply, a gated element, an integration, a cleanup, a proof
 * endpoint. A first visit to a page without any of them does not download it.
 */
const withEffects = lazy(() => import('./effects.js'));

/**
 * The consent banner and preferences dialog. On a first visit it shows a non-modal banner
 * (accept all, reject all, customise, and "continue without accepting", which refuses); the
 * preferences open in a modal dialog with one switch per category. The decision is stored in
 * a first-party cookie and announced with DOM events.
 *
 * The configuration comes from the `config` property, else a child
 * `<script type="application/json">`, else the JSON file named by `src`, else the built-in
 * Opendatasoft charter.
 *
 * @fires cookie-consent-change - Every decision of the visitor (or of the methods). `detail`:
 *   `{consent, action, revision, timestamp, id, lang}`.
 * @fires cookie-consent-ready - Once per page load, when the stored state is known. `detail`:
 *   `{consent, revision, timestamp, id, lang}`; `consent` is `null` before any decision.
 *
 * @slot - A `<script type="application/json">` holding the configuration. Nothing else is shown.
 *
 * @csspart banner - The banner region.
 * @csspart banner-title - The banner's heading.
 * @csspart banner-text - The banner's explanation.
 * @csspart banner-actions - The row of the banner's three buttons.
 * @csspart policy-link - The link to the cookie policy (when `site.policyUrl` is set).
 * @csspart button - Every action button (accept, reject, customise, save).
 * @csspart accept-button - "Accept all", in the banner and the dialog.
 * @csspart reject-button - "Reject all", in the banner and the dialog.
 * @csspart customize-button - "Customise", in the banner.
 * @csspart save-button - "Save my choices", in the dialog.
 * @csspart close-button - "Continue without accepting" in the banner, "Close" in the dialog.
 * @csspart dialog - The preferences `<dialog>`.
 * @csspart dialog-header - The dialog's title row.
 * @csspart dialog-title - The dialog's heading.
 * @csspart dialog-body - The scrolling content of the dialog.
 * @csspart category - One category of the dialog.
 * @csspart category-title - The category's title (the switch's label).
 * @csspart category-description - The category's explanation.
 * @csspart switch - The switch of one category.
 * @csspart dialog-actions - The row of the dialog's buttons.
 * @csspart manage-button - The persistent "Manage cookies" button (`manage-button` attribute).
 * @csspart status - The message announced after a decision.
 * @csspart gpc-notice - The notice shown when the browser's Global Privacy Control signal was honoured.
 * @csspart gpc-notice-text - The notice's explanation.
 * @csspart gpc-preferences-button - The notice's button that opens the preferences.
 * @csspart gpc-dismiss-button - The notice's button that closes it.
 *
 * @cssprop [--cookie-consent-accent=#000091] - Buttons, switches and the banner's top border.
 * @cssprop [--cookie-consent-accent-contrast=#ffffff] - Text on the accent colour.
 * @cssprop [--cookie-consent-background=#ffffff] - Background of the banner and the dialog.
 * @cssprop [--cookie-consent-color=#161616] - Text colour.
 * @cssprop [--cookie-consent-muted-color=#3a3a3a] - Secondary text colour.
 * @cssprop [--cookie-consent-border-color=#929292] - Borders and separators.
 * @cssprop [--cookie-consent-focus-color=#0a76f6] - Focus outline.
 * @cssprop [--cookie-consent-font-family=inherit] - Font of every text.
 * @cssprop [--cookie-consent-radius=0.25rem] - Corner radius of buttons and dialog.
 * @cssprop [--cookie-consent-max-width=60rem] - Width of the banner's content and the dialog.
 * @cssprop [--cookie-consent-z-index=2147483000] - Stacking level of the banner.
 * @cssprop [--cookie-consent-placeholder-background=#f6f6f6] - Background of the placeholders of
 *   embeds waiting for consent (in the page, outside the shadow root: set it on an ancestor).
 */
export class CookieConsent extends LitElement {
  static override styles = styles;

  // Declared without decorators: the bundle then carries no decorator code for the banner.
  static override properties = {
    config: {attribute: false},
    src: {},
    manageButton: {type: Boolean, reflect: true, attribute: 'manage-button'},
    reloadOnWithdraw: {type: Boolean, attribute: 'reload-on-withdraw'},
    ignoreGpc: {type: Boolean, attribute: 'ignore-gpc'},
  };

  /**
   * The configuration as an object: the strongest source. Setting it again re-reads it.
   * Read the checked configuration in use with `activeConfig`.
   */
  config?: unknown;

  /** Address of a JSON configuration file, used when no `config` property or child script is given. */
  src?: string;

  /** Shows a persistent "Manage cookies" button once the banner is closed. */
  manageButton = false;

  /**
   * Reloads the page after a withdrawal (a category granted before is now refused), so that
   * scripts that already ran stop. Their declared cookies are deleted either way.
   */
  reloadOnWithdraw = false;

  /**
   * Ignores the browser's Global Privacy Control signal. By default, a visitor whose browser
   * sends it and who has not decided yet is recorded as refusing every optional category.
   */
  ignoreGpc = false;

  /**
   * @internal the configuration in use; for the built-in one, its skeleton (`partial`) until
   * its texts are loaded
   */
  private loaded: Shown | null = null;
  /** @internal */
  private bannerOpen = false;

  /** @internal the dialog, loaded on the first `showPreferences()` (or ahead, on "Personnaliser") */
  private preferences: Preferences.PreferencesDialog | null = null;
  /** @internal whether the dialog should open once loaded (a decision meanwhile cancels it) */
  private wantDialog = false;

  private readonly langs = new LangController(this);
  private consentStore: ConsentStore | null = null;
  private stopListening?: () => void;
  private loadAbort?: AbortController;
  /** Whether `cookie-consent-ready` was fired (methods called before wait for it). */
  private ready = false;
  private queued: Array<() => void> = [];
  private loadedFrom: {config: unknown; src: string | undefined} | null = null;
  /** Chunks being loaded (the configuration check, the dialog, effects): `updateComplete` waits for them. */
  private loadingParts = new Set<Promise<unknown>>();

  /** @internal the effects, once their chunk is there */
  private effectsPage: Effects.PageController | null = null;
  private tabSync: TabSync | null = null;
  /** While a change read from another tab (or the cookie) is applied. */
  private fromOtherTab = false;
  /** Stops watching for a first gated element. */
  private stopWatching?: () => void;

  /**
   * The checked configuration in use, or `null` while it loads. The built-in configuration's
   * texts load on first use (reading this, or opening the preferences): `updateComplete`
   * resolves once they are there.
   */
  get activeConfig(): ConsentConfig | null {
    if (this.loaded?.partial) {
      this.hold(this.loadTexts());
      return null;
    }
    return this.loaded?.config ?? null;
  }

  /** The state of every category, or `null` before the visitor decides. Read-only. */
  get consent(): ConsentMap | null {
    return this.consentStore?.consent ?? null;
  }

  override connectedCallback() {
    super.connectedCallback();
    if (this.consentStore) {
      // Re-connected (a framework moved the element): pick up what changed meanwhile.
      this.listen();
      this.consentStore.reload();
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.quiet();
  }

  protected override updated() {
    this.effectsPage?.refresh();
    // The manage button is part of the effects: they load once it is to show.
    if (!this.effectsPage && this.consentStore && this.manageButton && !this.bannerOpen)
      this.wakeEffects(() => undefined);
  }

  protected override willUpdate() {
    // A new source (setting `config` again to the same object does not count).
    const from = this.loadedFrom;
    if (!from || from.config !== this.config || from.src !== this.src) {
      this.loadedFrom = {config: this.config, src: this.src};
      this.loadConfiguration();
    }
  }

  /** Whether a category may run: `true` for a required category, else only once granted. */
  hasConsent(categoryId: string): boolean {
    return this.consentStore?.hasConsent(categoryId) ?? false;
  }

  /** Grants every category, as the "Accept all" button does. */
  acceptAll(): void {
    this.act((store) => this.decide('accept-all', uniformConsent(store.config, true)));
  }

  /** Refuses every category that is not required, as the "Reject all" button does. */
  rejectAll(): void {
    this.act((store) => this.decide('reject-all', uniformConsent(store.config, false)));
  }

  /** Records a choice per category; categories left out, and anything but `true`, are refused. */
  save(consent: Partial<ConsentMap>): void {
    this.act(() => this.decide('save', consent));
  }

  /**
   * Runs what a method does, at once or, when it is called before the configuration is known
   * (a `src` file still loading), right after `cookie-consent-ready`.
   */
  private act(work: (store: ConsentStore) => void) {
    const run = () => work(this.consentStore!);
    if (this.ready) run();
    else this.queued.push(run);
  }

  private runQueued() {
    for (const call of this.queued.splice(0)) call();
  }

  /**
   * Opens the preferences dialog, focusing it; focus returns to `opener` (or the focused element).
   * The first time, the dialog's content is loaded first: `updateComplete` resolves once it is open.
   */
  showPreferences(opener?: HTMLElement): void {
    const from = opener ?? deepActiveElement() ?? undefined;
    this.act(() => {
      this.wantDialog = true;
      this.hold(
        this.loadDialog()
          .then(() => this.wantDialog && this.preferences!.show(from))
          .then(() => super.getUpdateComplete())
          .then(() => this.preferences!.reveal())
      );
    });
  }

  /** Makes `updateComplete` wait for a chunk being loaded and what follows it (when `work` is a promise). */
  private hold(work: unknown) {
    const pending: Promise<unknown> = Promise.resolve(work)
      .catch((error: unknown) => console.error('cookie-consent:', error))
      .finally(() => this.loadingParts.delete(pending));
    this.loadingParts.add(pending);
  }

  /**
   * Loads the dialog and, with the built-in configuration, its texts (each once); also ahead,
   * when "Personnaliser" is about to be pressed (`prefetch`).
   */
  private loadDialog = () =>
    Promise.all([
      (preferences ??= import('./preferences.js')).then((m) => (this.preferences ??= new m.PreferencesDialog(this))),
      this.loadTexts(),
    ]);

  private prefetch = () => this.hold(this.loadDialog());

  /** The built-in configuration's skeleton is in use: loads its texts (once) and uses them. */
  private loadTexts() {
    const partial = this.loaded;
    return (
      partial?.partial &&
      withBuiltIn((m) => {
        if (this.loaded === partial) this.loaded = m.builtInConfig();
      })
    );
  }

  /**
   * The first render waits for a task of its own: loading the bundle and showing the banner
   * then make two short tasks rather than one long one.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) await new Promise((next) => setTimeout(next));
    super.scheduleUpdate();
  }

  /** Resolves once rendered, and also once chunks being loaded (the dialog, effects) are there. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let pending; (pending = [...this.loadingParts][0]);) {
      await pending;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** Shows the banner, also after a decision. */
  showBanner(): void {
    this.act((store) => hasOptionalCategory(store.config) && (this.bannerOpen = true));
  }

  /**
   * Forgets the decision: the cookie is deleted, `consent` becomes `null` and the banner shows.
   * Fires `cookie-consent-change` with action `withdraw` and every optional category refused.
   * Without a decision there is nothing to forget: it only shows the banner.
   */
  reset(): void {
    // The store's change then fires the event and shows the banner (as a reset in another tab).
    this.act((store) => (store.record ? store.forget() : this.showBanner()));
  }

  private decide(action: ConsentAction, consent: Partial<ConsentMap> | null) {
    this.consentStore!.decide(action, consent, this.langs.lang);
  }

  /** Listens to the store, to the other tabs (and the page coming back) and for gated elements. */
  private listen() {
    const store = this.consentStore!;
    this.stopListening?.();
    this.stopListening = store.subscribe((change) => this.onStoreChange(change));
    this.tabSync ??= syncTabs(store.config.cookie.name, (message) => this.onSync(message));
    this.effectsPage?.start();
    // The gates are built once the page holds a gated element (at once when it already does).
    this.stopWatching ??= whenAdded(GATED, () => this.wakeEffects((page) => page.openGates()));
  }

  private quiet() {
    this.stopListening?.();
    this.stopListening = undefined;
    this.tabSync?.stop();
    this.tabSync = null;
    this.effectsPage?.stop();
    this.stopWatching?.();
    this.stopWatching = undefined;
  }

  /** Loads the effects (once), hands them the current store, then runs `then` on them. */
  private wakeEffects(then: (page: Effects.PageController) => unknown) {
    const store = this.consentStore!;
    this.hold(
      withEffects((m) => {
        if (this.consentStore !== store) return;
        if (!this.effectsPage) {
          this.effectsPage = new m.PageController(this, (work) => this.hold(work));
          this.effectsPage.attach(store);
          if (this.isConnected) this.effectsPage.start();
          this.requestUpdate(); // what it shows (the manage button, the status)
        }
        return then(this.effectsPage);
      })
    );
  }

  /**
   * Another tab decided (`message`, with the cookie value it wrote: Chromium writes
   * `document.cookie` asynchronously, so this tab may not see it yet), or the page came back
   * (`null`: the cookie is read again).
   */
  private onSync(message: SyncMessage | null) {
    this.fromOtherTab = true;
    try {
      this.consentStore!.reload(message?.action ?? 'save', message?.value);
    } finally {
      this.fromOtherTab = false;
    }
  }

  /**
   * A decision (here, in another tab, or assumed from the privacy signal), or its withdrawal
   * (`reset()` here or in another tab): the event and the banner; the effects then announce it.
   */
  private onStoreChange(change: ConsentChange) {
    const {record, action, before} = change;
    const store = this.consentStore!;
    const config = store.config;
    // A decision as recorded; a withdrawal (no record, no action) as of now, with the id of
    // the decision it withdraws.
    const detail: CookieConsentChangeDetail = {
      consent: record ? normalizeConsent(config, record.consent) : uniformConsent(config, false),
      action: action ?? 'withdraw',
      revision: record?.revision ?? config.revision,
      timestamp: record?.timestamp ?? Date.now(),
      id: (record ?? before)?.id ?? '',
      lang: record?.lang ?? this.langs.lang,
    };
    this.bannerOpen = !record && hasOptionalCategory(config);
    if (record) {
      this.wantDialog = false;
      this.preferences?.close();
    }
    this.dispatchEvent(new CustomEvent('cookie-consent-change', {detail, bubbles: true, composed: true}));
    // The other tabs are told at once (an assumed decision, GPC, is not stored: they work it out
    // themselves); the effects follow.
    const remote = this.fromOtherTab;
    if (!remote && !store.isAssumed) this.tabSync?.announce({action, value: record ? encodeRecord(record) : ''});
    this.wakeEffects((page) => page.onChange(change, remote));
  }

  private loadConfiguration() {
    this.loadAbort?.abort();
    if (this.config == null && !this.src && !configScript(this)) return this.applyBuiltIn();
    const {signal} = (this.loadAbort = new AbortController());
    this.hold(
      withConfigSource((source) =>
        source.readConfig(this, this.config, this.src, signal, (loaded) =>
          loaded ? this.applyConfig(loaded) : this.applyBuiltIn()
        )
      )
    );
  }

  /**
   * The built-in configuration, shown with its skeleton: the same revision, site, cookie and
   * categories, without the texts (only the dialog, the charter and `activeConfig` need them).
   */
  private applyBuiltIn() {
    // Not copied: nothing changes a configuration in use, and the skeleton is never handed out
    // (`activeConfig` waits for the texts).
    this.applyConfig({config: opendatasoftCore as unknown as ConsentConfig, partial: true});
  }

  private applyConfig(loaded: Shown) {
    const first = !this.consentStore;
    const config = loaded.config;
    this.quiet();
    this.loaded = loaded;
    const store = (this.consentStore = new ConsentStore(config));
    const record = store.record;
    this.bannerOpen = !record && hasOptionalCategory(config);
    if (first) {
      const detail: CookieConsentReadyDetail = {
        consent: store.consent,
        revision: config.revision,
        timestamp: record?.timestamp ?? null,
        id: record?.id ?? null,
        lang: this.langs.lang,
      };
      // After the first render, so that listeners added right after the element are called;
      // then the methods called before the configuration was known.
      this.updateComplete.then(() => {
        this.dispatchEvent(new CustomEvent('cookie-consent-ready', {detail, bubbles: true, composed: true}));
        this.ready = true;
        this.runQueued();
      });
    }
    // The effects at once when the configuration needs them from the start, or to honour the
    // browser's Global Privacy Control signal.
    const gpc = !record && !this.ignoreGpc && hasGlobalPrivacyControl();
    this.effectsPage?.attach(store);
    // The signal is honoured after `cookie-consent-ready` (which reports "no decision" first).
    if (this.effectsPage || gpc || needsEffects(config))
      this.wakeEffects((page) => gpc && this.act(() => page.honourGpc(store)));
    if (this.isConnected) this.listen();
  }

  protected override render() {
    if (!this.loaded) return nothing;
    const config = this.loaded.config;
    const lang = this.langs.lang;
    const site = pickText(config.site.name, lang);
    // The dialog's content, once its chunk and (for the built-in configuration) the texts are there.
    const dialog = this.loaded.partial ? null : this.preferences;
    return html`<div lang=${lang}>
      ${this.bannerOpen ? this.renderBanner(config, site) : nothing}
      <dialog part="dialog" aria-labelledby=${dialog ? 'dialog-title' : nothing} @close=${dialog?.onClose}>
        ${dialog?.render(config, lang)}
      </dialog>
      ${this.effectsPage?.renderClosed(this.manageButton && !this.bannerOpen)}
      <div class="visually-hidden" role="status" part="status">${this.effectsPage?.status}</div>
    </div>`;
  }

  private renderBanner(config: ConsentConfig, site: string) {
    // Every configuration shown went through the check (or is the built-in one), which keeps
    // only http(s) and relative addresses: no `javascript:` reaches this `href`.
    // The shadow root's buttons belong to no form (a page's form does not reach into it): they
    // need no `type="button"`.
    const policyUrl = config.site.policyUrl;
    return html`<section class="banner" part="banner" aria-labelledby="banner-title">
      <div class="banner-head">
        <h2 id="banner-title" class="title" part="banner-title">
          ${
            site
              ? msg(str`Les cookies sur ${site}`, {id: 'consent.bannerTitle'})
              : msg('Les cookies sur ce site', {id: 'consent.bannerTitleNoSite'})
          }
        </h2>
        <button class="link-button" part="close-button" @click=${() => this.decide('close', null)}>
          ${msg('Continuer sans accepter', {id: 'consent.continueWithout'})}
        </button>
      </div>
      <p part="banner-text">
        ${msg(
          'Les cookies nécessaires au fonctionnement du site ne demandent pas votre accord. Avec votre accord, nous en utilisons d’autres, décrits dans « Personnaliser ». Vous pouvez changer d’avis à tout moment.',
          {id: 'consent.bannerText'}
        )}
        ${
          policyUrl
            ? html`<a part="policy-link" href=${policyUrl}>${msg('Lire la charte des cookies', {id: 'consent.policyLink'})}</a>`
            : nothing
        }
      </p>
      <div class="actions" part="banner-actions">
        <button part="button accept-button" @click=${() => this.acceptAll()}>
          ${msg('Tout accepter', {id: 'consent.acceptAll'})}
        </button>
        <button part="button reject-button" @click=${() => this.rejectAll()}>
          ${msg('Tout refuser', {id: 'consent.rejectAll'})}
        </button>
        <button
          part="button customize-button"
          aria-haspopup="dialog"
          @click=${(e: Event) => this.showPreferences(e.currentTarget as HTMLElement)}
          @pointerenter=${this.prefetch}
          @focus=${this.prefetch}
        >
          ${msg('Personnaliser', {id: 'consent.customize'})}
        </button>
      </div>
    </section>`;
  }
}

// The internal reactive state (the `@state()` fields), declared without decorators too.
for (const name of ['loaded', 'bannerOpen', 'preferences']) {
  CookieConsent.createProperty(name, {state: true});
}

/** A configuration the element shows; for the built-in one, its skeleton (`partial`) until its texts are there. */
interface Shown {
  config: ConsentConfig;
  partial?: boolean;
}

/** The preferences dialog's chunk, shared by every element of the page. */
let preferences: Promise<typeof Preferences> | undefined;

function hasOptionalCategory(config: ConsentConfig): boolean {
  return config.categories.some((c) => !c.required);
}

/** The focused element, looking inside open shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}
