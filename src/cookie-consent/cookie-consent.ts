import {LitElement, html, nothing} from 'lit';
import {msg, str} from '@lit/localize';
import {uniformConsent} from '../core/consent-record.js';
import {hasGlobalPrivacyControl} from '../core/gpc.js';
import {lazy} from '../core/lazy.js';
import {PendingWork, settle} from '../core/pending.js';
import type {ConsentStore} from '../core/store.js';
import {pickText} from '../core/text.js';
import type {ConfigSkeleton, ConsentAction, ConsentConfig, ConsentMap, LocalizedText} from '../core/types.js';
import {BannerRoomController} from '../controllers/banner-room.js';
import {ConsentController, type ConsentUpdate} from '../controllers/consent-controller.js';
import {LangController} from '../controllers/lang-controller.js';
import {whenAdded} from '../dom/when-added.js';
import type {CookieConsentReadyDetail} from './events.js';
import {styles} from './cookie-consent.styles.js';
import {GATED, reloadedAfterWithdrawal} from './effects-needs.js';
import type * as Effects from './effects.js';
import type * as Preferences from './preferences.js';

/** The preferences dialog: a chunk, loaded on the first `showPreferences()` (or ahead, on "Personnaliser"). */
const loadPreferences = lazy(() => import('./preferences.js'));
/**
 * What makes decisions real on the page (effects.ts): a chunk, loaded only once there is
 * something to do — a decision to apply, a gated element, an integration, a cleanup, a proof
 * endpoint, the privacy signal, the manage button. A first visit to a page without any of them
 * does not download it.
 */
const loadEffects = lazy(() => import('./effects.js'));

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
 * @fires cookie-consent-ready - Once per page load (for the first element of the document), when
 *   the stored state is known. `detail`: `{consent, revision, timestamp, id, lang}`; `consent` is
 *   `null` before any decision. Each element's `ready` promise resolves with the same detail.
 *
 * @slot - A `<script type="application/json">` holding the configuration. Nothing else is shown.
 *
 * @csspart banner - The banner region.
 * @csspart banner-body - The banner's heading, "continue without accepting" and explanation: the
 *   region that scrolls, above the buttons, when the banner is short (a phone).
 * @csspart banner-title - The banner's heading.
 * @csspart banner-text - The banner's explanation.
 * @csspart banner-actions - The row of the banner's three buttons.
 * @csspart policy-link - The banner's link to the cookie policy (`site.policyUrl`, else the
 *   `<cookie-charter>` of the page), or, without either, its button that opens the preferences.
 * @csspart banner-changes - For a returning visitor asked again: what changed since their last choice.
 * @csspart banner-changes-title - Its heading.
 * @csspart banner-changes-list - Its list of changes, newest first.
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
 * @csspart category-providers - Under a category, who sets its cookies ("Prestataires : …").
 * @csspart category-cookies - The disclosure (`<details>`) of a category's cookies.
 * @csspart category-cookies-summary - Its `<summary>`, "Voir les cookies (n)".
 * @csspart cookie - One cookie in that list: its name, provider, service, purpose and duration.
 * @csspart cookie-name - The cookie's name.
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
 * @cssprop [--cookie-consent-z-index=2147480000] - Stacking level of the banner.
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
    noReloadOnWithdraw: {type: Boolean, attribute: 'no-reload-on-withdraw'},
    ignoreGpc: {type: Boolean, attribute: 'ignore-gpc'},
  };

  /**
   * The configuration as an object: the strongest source. Setting it again re-reads it.
   * Read the checked configuration in use with `activeConfig` or `loadConfig()`.
   */
  config?: unknown;

  /** Address of a JSON configuration file, used when no `config` property or child script is given. */
  src?: string;

  /** Shows a persistent "Manage cookies" button once the banner is closed. */
  manageButton = false;

  /**
   * Reloads the page after a withdrawal (a category granted before is now refused). The page
   * reloads by default now; this attribute keeps working and wins over `no-reload-on-withdraw`.
   */
  reloadOnWithdraw = false;

  /**
   * Does not reload the page after a withdrawal (a category granted before is now refused, here
   * or in another tab), for an application that stops what the withdrawn categories started on
   * `cookie-consent-change`. By default the page reloads, so that scripts that already ran stop.
   * Their declared cookies are deleted either way.
   */
  noReloadOnWithdraw = false;

  /**
   * Ignores the browser's Global Privacy Control signal. By default, a visitor whose browser
   * sends it and who has not decided yet is recorded as refusing every optional category.
   */
  ignoreGpc = false;

  /** @internal */
  private bannerOpen = false;
  /** @internal the preferences dialog, once its chunk is loaded */
  private dialog: Preferences.PreferencesDialog | null = null;

  readonly #work = new PendingWork();
  readonly #langs = new LangController(this);
  readonly #consentState = new ConsentController(this, {
    lang: () => this.#langs.lang,
    view: (update) => this.#onUpdate(update),
    work: this.#work,
  });
  /** The effects, once their chunk is there (they add themselves as a controller). */
  #effects: Effects.EffectsController | null = null;
  #effectsLoading: Promise<unknown> | null = null;
  /** The dialog asked for last; a decision meanwhile cancels it. */
  #dialogRequest = 0;
  /**
   * Where the focus came from when it entered the banner: an element of the page, or `null`
   * (from nowhere); `undefined` before it enters, and once moved on after the banner.
   */
  #focusFrom?: Element | null;
  #stopWatching?: () => void;

  constructor() {
    super();
    // Room for what is fixed at the bottom: the banner, the privacy signal's notice, or the
    // manage button (never two at once).
    this.addController(
      new BannerRoomController(() =>
        this.renderRoot.querySelector('[part~="banner"], [part~="gpc-notice"], [part~="manage-button"]')
      )
    );
  }

  /**
   * The checked configuration in use, or `null` while it loads. With the built-in
   * configuration, `null` until its texts are loaded (by the dialog, or `loadConfig()`).
   */
  get activeConfig(): ConsentConfig | null {
    return this.#consentState.fullConfig;
  }

  /** Resolves with the checked configuration in use, loading the built-in configuration's texts when needed. */
  loadConfig(): Promise<ConsentConfig> {
    return this.#consentState.loadConfig();
  }

  /**
   * Resolves with `{consent, revision, timestamp, id, lang}` once this element's stored state is
   * known and rendered: what `cookie-consent-ready` carries. The event fires once per page load,
   * for the first element; an element mounted again (a framework re-rendering) fires none, but
   * its `ready` resolves.
   */
  get ready(): Promise<CookieConsentReadyDetail> {
    return this.#consentState.ready;
  }

  /** The state of every category, or `null` before the visitor decides. Read-only. */
  get consent(): ConsentMap | null {
    return this.#consentState.store?.consent ?? null;
  }

  /**
   * Resolves once nothing is under way: the configuration read, the chunks a decision or the
   * page needs loaded, the effects applied (gates opened, integrations told), and rendered.
   */
  get settled(): Promise<void> {
    return settle(this, this.#work);
  }

  override connectedCallback() {
    super.connectedCallback();
    // The gates are built once the page holds a gated element (at once when it already does).
    this.#stopWatching = whenAdded(GATED, () => this.#loadEffects());
    // One listener for the page, whatever the number of elements (the same function is added once).
    document.addEventListener('click', openFromPage);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#stopWatching?.();
  }

  /** Whether a category may run: `true` for a required category, else only once granted. */
  hasConsent(categoryId: string): boolean {
    return this.#consentState.store?.hasConsent(categoryId) ?? false;
  }

  /** Grants every category, as the "Accept all" button does. Resolves once stored and announced. */
  acceptAll(): Promise<void> {
    return this.#decide('accept-all', (config) => uniformConsent(config, true));
  }

  /** Refuses every category that is not required, as the "Reject all" button does. Resolves once stored and announced. */
  rejectAll(): Promise<void> {
    return this.#decide('reject-all', (config) => uniformConsent(config, false));
  }

  /**
   * Records a choice per category; categories left out, and anything but `true`, are refused.
   * Resolves once stored and announced.
   */
  save(consent: Partial<ConsentMap>): Promise<void> {
    return this.#decide('save', () => consent);
  }

  /**
   * Forgets the decision: the cookie is deleted, `consent` becomes `null` and the banner shows.
   * Fires `cookie-consent-change` with action `withdraw` and every optional category refused.
   * Without a decision there is nothing to forget: it only shows the banner.
   */
  reset(): Promise<void> {
    return this.#consentState.whenReady((store) => (store.record ? store.forget() : this.#openBanner(store)));
  }

  /** Shows the banner, also after a decision. */
  showBanner(): Promise<void> {
    return this.#consentState.whenReady((store) => this.#openBanner(store));
  }

  /**
   * Opens the preferences dialog; focus returns to `opener` (default: the focused element) when
   * it closes. Resolves once the dialog is open and focused (its chunk and, with the built-in
   * configuration, its texts load first), or at once when a decision meanwhile made it moot.
   */
  showPreferences(opener?: HTMLElement): Promise<void> {
    const request = ++this.#dialogRequest;
    return this.#work.track(
      // The configuration in full waits for the stored state to be known.
      Promise.all([this.#loadDialog(), this.#consentState.loadConfig()]).then(async ([dialog]) => {
        if (request !== this.#dialogRequest) return;
        dialog.show(opener);
        await this.updateComplete;
        dialog.reveal();
      })
    );
  }

  #decide(action: ConsentAction, consent: (config: ConfigSkeleton) => Partial<ConsentMap> | null) {
    return this.#consentState.whenReady((store) => {
      store.decide(action, consent(store.config), this.#langs.lang);
    });
  }

  #openBanner(store: ConsentStore) {
    this.bannerOpen = hasOptionalCategory(store.config);
  }

  /** The dialog (its chunk loaded once for the page, the dialog once for this element). */
  #loadDialog() {
    return this.#work.track(loadPreferences().then((m) => (this.dialog ??= new m.PreferencesDialog(this))));
  }

  #customize = (e: Event) => this.showPreferences(e.currentTarget as HTMLElement);

  /** Loads the dialog and the texts ahead, when "Personnaliser" is about to be pressed. */
  #prefetch = () => {
    this.#loadDialog().catch(() => undefined);
    this.#consentState.loadConfig().catch(() => undefined);
  };

  /** Loads the effects (once; again after a failed load); they subscribe to the consent controller. */
  #loadEffects() {
    if (this.#effectsLoading) return;
    this.#effectsLoading = this.#work.track(
      loadEffects().then(
        (m) => {
          this.#effects ??= new m.EffectsController(this, this.#consentState, this.#work);
          this.requestUpdate();
        },
        async (error: unknown) => {
          this.#effectsLoading = null;
          console.error(`<${this.localName}>:`, error);
          // Without the effects (a network failure), no manage button will come.
          await this.updateComplete;
          this.#focusBack();
        }
      )
    );
  }

  /** The view's part of an update: the banner, the dialog, and whether the effects are needed. */
  #onUpdate({store, change}: ConsentUpdate) {
    this.bannerOpen = !store.record && hasOptionalCategory(store.config);
    if (change?.record) {
      this.#dialogRequest++;
      this.dialog?.close();
    }
    const gpc = !store.record && !this.ignoreGpc && hasGlobalPrivacyControl();
    if (change || gpc || this.#consentState.asksForEffects || reloadedAfterWithdrawal()) this.#loadEffects();
  }

  /**
   * The first render waits for a task of its own: loading the bundle and showing the banner
   * then make two short tasks rather than one long one.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) await new Promise((next) => setTimeout(next));
    super.scheduleUpdate();
  }

  protected override updated() {
    // The manage button is part of the effects: they load once it is to show.
    if (this.manageButton && !this.bannerOpen && this.#consentState.store) this.#loadEffects();
    // The banner went after the focus entered it: once the effects (and the manage button) are
    // there, they move on the focus if it was lost with the banner. Without a manage button to
    // wait for, it goes back where it came from at once: a slow network leaves it on no <body>.
    if (!this.bannerOpen && this.#focusFrom !== undefined) {
      if (this.#effects) {
        this.#effects.refocus(this.#focusFrom);
        this.#focusFrom = undefined;
      } else if (!this.manageButton) this.#focusBack();
    }
  }

  /** The focus lost with the banner, back where it came from (the page does not scroll). */
  #focusBack() {
    if (!this.bannerOpen && document.activeElement === document.body) {
      (this.#focusFrom as HTMLElement | null | undefined)?.focus?.({preventScroll: true});
    }
  }

  protected override render() {
    const config = this.#consentState.config;
    if (!config) return nothing;
    const lang = this.#langs.lang;
    // The dialog's content, once its chunk and the configuration in full are there.
    const full = this.#consentState.fullConfig;
    const dialog = full && this.dialog;
    return html`<div lang=${lang}>
      ${this.bannerOpen ? this.#renderBanner(config, pickText(config.site.name, lang)) : nothing}
      <dialog part="dialog" aria-labelledby=${dialog ? 'dialog-title' : nothing} @close=${dialog ? dialog.onClose : nothing}>
        ${dialog ? dialog.render(full, lang) : nothing}
      </dialog>
      ${this.#effects?.renderClosed(this.manageButton && !this.bannerOpen)}
      <div class="visually-hidden" role="status" part="status">${this.#effects?.status}</div>
    </div>`;
  }

  #renderBanner(config: ConfigSkeleton, site: string) {
    // Every configuration shown went through the check (or is the built-in one), which keeps
    // only addresses that the URL parser resolves to http(s) (absolute, or relative on this
    // site): no `javascript:`, however disguised, reaches this `href`.
    // The shadow root's buttons belong to no form (a page's form does not reach into it): they
    // need no `type="button"`.
    // The policy: its page, else the charter on this page, else the dialog.
    const charter = document.querySelector('cookie-charter');
    // The charter's address is this page's own: a bare `#id` would follow a `<base href>` away.
    const policy =
      config.site.policyUrl ?? (charter && new URL(`#${(charter.id ||= 'cookie-charter')}`, location.href).href);
    const lang = this.#langs.lang;
    const purposes = config.categories
      .filter((c) => !c.required)
      .map((c) => ('title' in c ? pickText(c.title as LocalizedText, lang) : builtInPurpose(c.id)))
      .join(', ');
    return html`<section class="banner" part="banner" aria-labelledby="banner-title"
      @focusin=${({relatedTarget}: FocusEvent) => {
        // From the page (not from within: the banner, or the dialog giving the focus back).
        if (!this.shadowRoot!.contains(relatedTarget as Node | null)) this.#focusFrom = relatedTarget as Element | null;
      }}
    >
      <div class="banner-body" part="banner-body">
        <h2 id="banner-title" class="title" part="banner-title">
          ${
            site
              ? msg(str`Les cookies sur ${site}`, {id: 'consent.bannerTitle'})
              : msg('Les cookies sur ce site', {id: 'consent.bannerTitleNoSite'})
          }
        </h2>
        <button class="link-button" part="close-button" @click=${() => this.#decide('close', () => null)}>
          ${msg('Continuer sans accepter', {id: 'consent.continueWithout'})}
        </button>
        <p part="banner-text">
          ${msg(
            str`Avec votre accord, nous utilisons des cookies pour\u00a0: ${purposes}. Vous pouvez changer d’avis à tout moment.`,
            {id: 'consent.bannerPurposes'}
          )}
          ${
            policy
              ? html`<a part="policy-link" href=${policy}>${msg('Lire la charte des cookies', {id: 'consent.policyLink'})}</a>`
              : html`<button class="link-button" part="policy-link" aria-haspopup="dialog" @click=${this.#customize}>
                  ${msg('Voir les cookies et leurs prestataires', {id: 'consent.detailsLink'})}
                </button>`
          }
        </p>
        ${this.#effects?.changes}
      </div>
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
          @click=${this.#customize}
          @pointerenter=${this.#prefetch}
          @focus=${this.#prefetch}
        >
          ${msg('Personnaliser', {id: 'consent.customize'})}
        </button>
      </div>
    </section>`;
  }
}

// The internal reactive state (the `@state()` fields), declared without decorators too.
for (const name of ['bannerOpen', 'dialog']) {
  CookieConsent.createProperty(name, {state: true});
}

/**
 * The title of a built-in category, for the banner: the built-in configuration's texts load
 * with the dialog, so its purposes are named here (in lower case, inside the banner's sentence).
 */
function builtInPurpose(id: string): string {
  return id === 'statistics'
    ? msg('mesure d’audience', {id: 'consent.purposeStatistics'})
    : msg('contenus et services tiers', {id: 'consent.purposeThirdParty'});
}

/**
 * A click on an element of the page marked `data-cookie-preferences` (a footer link "Gestion des
 * cookies"), or inside one, opens the preferences of the page's first `<cookie-consent>`; focus
 * returns to that element when they close. A link's Enter key clicks it too; a click with Ctrl,
 * Cmd or Shift is left to the browser.
 */
function openFromPage(event: MouseEvent) {
  // With a modifier key, a link opens where the visitor asked (a new tab or window).
  if (event.ctrlKey || event.metaKey || event.shiftKey) return;
  const opener = event
    .composedPath()
    .find((node): node is HTMLElement => !!(node as Element).hasAttribute?.('data-cookie-preferences'));
  const consent = opener && document.querySelector('cookie-consent');
  if (consent instanceof CookieConsent) {
    event.preventDefault();
    consent.showPreferences(opener);
  }
}

/** Whether the configuration has a category to ask about (else there is no banner). */
function hasOptionalCategory(config: ConfigSkeleton): boolean {
  return config.categories.some((c) => !c.required);
}
