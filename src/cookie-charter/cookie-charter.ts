import {LitElement, html, type PropertyValues} from 'lit';
import {configScript, type LoadedConfig} from '../core/defaults.js';
import {builtInConfig, builtInTextsLoading} from '../core/built-in.js';
import {ConsentStore} from '../core/store.js';
import type {ConsentConfig, ConsentMap} from '../core/types.js';
import {LangController} from '../controllers/lang-controller.js';
import type {CookieConsentChangeEvent, CookieConsentReadyEvent} from '../cookie-consent/events.js';
import type {ConsentProvider} from '../cookie-consent/api.js';
import type * as Versions from './charter-history.js';
import {charterTemplate, clampHeadingLevel} from './charter-template.js';
import {styles} from './cookie-charter.styles.js';
import {lazy} from '../core/lazy.js';
import {PendingWork, settle} from '../core/pending.js';
import {whenAdded} from '../dom/when-added.js';

/** Reading a given configuration (not needed for the one of <cookie-consent>): a chunk of the bundle. */
const loadConfigReader = lazy(() => import('../core/config-load.js'));
/** The versions section: a chunk, for a configuration with a history or an automatic revision. */
const loadVersions = lazy(() => import('./charter-history.js'));

/**
 * The cookie policy: why the site uses cookies, what a cookie is, the cookie types, one table
 * per category listing its cookies, the visitor's current choice with a button that opens the
 * preferences of the `<cookie-consent>` on the page, the visitor's rights (the controller and
 * its DPO, withdrawal, what refusing changes, the recipients, the CNIL), the versions of the
 * policy (with a history or an automatic revision: the digest of its declaration, then its
 * changes, newest first) and the policy's revision and date.
 *
 * The configuration comes from the `config` property, else a child
 * `<script type="application/json">`, else the JSON file named by `src`; without any of them
 * the charter uses the configuration of the `<cookie-consent>` on the page (waiting for it
 * while it loads), and without one the built-in Opendatasoft charter.
 *
 * @slot - A `<script type="application/json">` holding the configuration. Nothing else is shown.
 *
 * @csspart charter - The charter's root.
 * @csspart title - The charter's own title (`with-title`).
 * @csspart notice - The notice shown when the configuration has errors.
 * @csspart intro - The introduction.
 * @csspart section - Each section (also `definition-section`, `uses-section`, `manage-section`, `rights-section`).
 * @csspart heading - The heading of each section.
 * @csspart text - Every paragraph of running text.
 * @csspart category-list - The list of cookie types.
 * @csspart category - One cookie type.
 * @csspart subheading - A sub-heading (each cookie type's title, also part `category-title`; each part of the rights section).
 * @csspart category-title - The title of a cookie type.
 * @csspart category-description - The explanation of a cookie type.
 * @csspart site-link - The link to the site in the "What are cookies used for" heading.
 * @csspart purpose-list - The purposes (categories) and their explanations, in that section, when
 *   the cookie types section explains kinds of cookies (`cookieTypes`, as the built-in one does).
 * @csspart purpose - One purpose (also parts `purpose-title`, `purpose-description` of its texts).
 * @csspart purpose-title - The purpose's title.
 * @csspart purpose-description - The purpose's explanation.
 * @csspart table-region - The focusable scrolling region around each table.
 * @csspart table - Each cookie table.
 * @csspart caption - The caption of a table (the category's title).
 * @csspart header-cell - A column header.
 * @csspart row - A table row (one cookie).
 * @csspart cell - A table cell.
 * @csspart cookie-name - The cookie's name in its cell.
 * @csspart status-list - The visitor's current choice, one item per category.
 * @csspart status-item - One category of the current choice.
 * @csspart status-category - The category's title in the current choice.
 * @csspart status-state - The category's state (accepted, refused, always on).
 * @csspart manage-button - "Change my choices" (shown when a `<cookie-consent>` is on the page).
 * @csspart controller - The controller's name, address and contact (also part `text`).
 * @csspart address - The controller's postal address.
 * @csspart contact-link - The link to the controller's or the DPO's contact (`mailto:` or http(s)).
 * @csspart dpo - The DPO's contact (also part `text`).
 * @csspart withdraw-button - "Withdraw my consent": opens the preferences (shown when a `<cookie-consent>` is on the page).
 * @csspart recipient-list - The recipients of the data, one item per optional category with cookies.
 * @csspart recipient - One category and its providers.
 * @csspart recipient-category - The category's title among the recipients.
 * @csspart recipient-providers - The category's providers.
 * @csspart cnil-address - The CNIL's postal address (also part `text`).
 * @csspart cnil-link - The link to the CNIL's website.
 * @csspart revision - The revision and update date.
 * @csspart versions-section - The versions of the policy (a `section` too), with a history or an automatic revision.
 * @csspart fingerprint - The version in force, its date and its declaration's digest.
 * @csspart version-list - The history, newest first.
 * @csspart version - One version of the history.
 * @csspart version-title - Its number (or digest) and date.
 *
 * @cssprop [--cookie-charter-accent=#000091] - Button, links and the notice's border.
 * @cssprop [--cookie-charter-accent-contrast=#ffffff] - Text on the accent colour.
 * @cssprop [--cookie-charter-color=#161616] - Text colour.
 * @cssprop [--cookie-charter-muted-color=#3a3a3a] - Colour of the revision line.
 * @cssprop [--cookie-charter-border-color=#929292] - Table borders.
 * @cssprop [--cookie-charter-header-background=#eeeeee] - Background of the column headers.
 * @cssprop [--cookie-charter-stripe-background=#f6f6f6] - Background of every other row and of the notice.
 * @cssprop [--cookie-charter-focus-color=#0a76f6] - Focus outline.
 * @cssprop [--cookie-charter-font-family=inherit] - Font of every text.
 * @cssprop [--cookie-charter-radius=0.25rem] - Corner radius of the button.
 * @cssprop [--cookie-charter-max-width=none] - Width of the charter.
 */
export class CookieCharter extends LitElement {
  static override styles = styles;

  // Declared without decorators, as <cookie-consent> does (no decorator code in the bundle).
  static override properties = {
    config: {attribute: false},
    src: {reflect: true},
    headingLevel: {type: Number, attribute: 'heading-level'},
    withTitle: {type: Boolean, attribute: 'with-title'},
    static: {type: Boolean, reflect: true},
  };

  /** The configuration as an object: the strongest source. Read the checked one with `activeConfig`. */
  config?: unknown;

  /** Address of a JSON configuration file, used when no `config` property or child script is given. */
  src?: string;

  /** Level of the charter's top headings, 1 to 5 (default 2); sub-headings are one level below. */
  headingLevel = 2;

  /** Shows the charter's own title ("Charte cookies") at `heading-level`, the sections one level below. */
  withTitle = false;

  /**
   * Shows the charter without the visitor's current choice and without button, as the static
   * export does: for a page that cannot know the choice (such as the standalone page in an
   * `<iframe>` of another site, whose consent cookie it cannot read).
   */
  static = false;

  /** @internal the charter's own configuration, when it has one */
  private own: LoadedConfig | null = null;
  /** @internal whether the charter has a source of its own (property, script or src) */
  private hasOwnSource = false;
  /** @internal the `<cookie-consent>` on the page */
  private provider: ConsentProvider | null = null;
  /** @internal its configuration, `null` while it loads */
  private linkedConfig: ConsentConfig | null = null;
  /** @internal the visitor's current choice */
  private consent: ConsentMap | null = null;

  readonly #langs = new LangController(this);
  readonly #work = new PendingWork();
  #loadAbort?: AbortController;
  #loadedFrom: {config: unknown; src: string | undefined} | null = null;
  #builtIn: LoadedConfig | null = null;
  /** While (or once) the configuration of the `<cookie-consent>` is asked for. */
  #linking: Promise<unknown> | null = null;
  /** Whether the `<cookie-consent>` told the current choice (its events), which the cookie then no longer decides. */
  #consentKnown = false;
  #stopWatching?: () => void;
  /** The versions section, once its chunk is there. */
  #versions: typeof Versions | null = null;

  /** The checked configuration in use, or `null` while it loads. */
  get activeConfig(): ConsentConfig | null {
    return this.#current()?.config ?? null;
  }

  /** Resolves once the configuration in use is known (read, or told by the `<cookie-consent>`) and rendered. */
  get settled(): Promise<void> {
    return settle(this, this.#work);
  }

  override connectedCallback() {
    super.connectedCallback();
    document.addEventListener('cookie-consent-ready', this.#onReady);
    document.addEventListener('cookie-consent-change', this.#onChange);
    const provider = document.querySelector<ConsentProvider>('cookie-consent');
    if (provider) this.#linkTo(provider);
    else {
      this.#readStoredConsent();
      // One added later: its `cookie-consent-ready` fires only when it is the page's first.
      this.#stopWatching = whenAdded('cookie-consent', () =>
        this.#linkTo(document.querySelector<ConsentProvider>('cookie-consent')!)
      );
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    document.removeEventListener('cookie-consent-ready', this.#onReady);
    document.removeEventListener('cookie-consent-change', this.#onChange);
    this.#stopWatching?.();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (!this.#loadedFrom || changed.has('config') || changed.has('src')) {
      if (!this.#loadedFrom || this.#loadedFrom.config !== this.config || this.#loadedFrom.src !== this.src) {
        this.#loadedFrom = {config: this.config, src: this.src};
        this.#loadConfiguration();
      }
    }
  }

  /** The configuration to show with its origin, or `null` while waiting for one. */
  #current(): LoadedConfig | null {
    if (this.hasOwnSource) return this.own;
    if (this.provider) {
      return this.linkedConfig ? {config: this.linkedConfig, issues: [], fallback: false, source: 'default'} : null;
    }
    return (this.#builtIn ??= builtInConfig());
  }

  #loadConfiguration() {
    this.#loadAbort?.abort();
    this.own = null;
    this.hasOwnSource = this.config != null || !!this.src || !!configScript(this);
    if (!this.hasOwnSource) return this.#readStoredConsent();
    const {signal} = (this.#loadAbort = new AbortController());
    this.#work.track(
      loadConfigReader()
        .then((reader) => reader.readConfig(this, this.config, this.src, signal))
        .then(
          (loaded) => {
            // Never `null` here: the charter has a source of its own.
            this.own = loaded;
            this.#readStoredConsent();
          },
          (error: unknown) => signal.aborted || console.error(`<${this.localName}>:`, error)
        )
    );
  }

  /** Takes the configuration of the `<cookie-consent>` of the page (once it knows it) and its current choice. */
  #linkTo(provider: ConsentProvider) {
    if (this.provider !== provider) {
      this.provider = provider;
      this.linkedConfig = null;
      this.#linking = null;
    }
    // Linked already: its current choice (the charter may have missed events while disconnected).
    if (this.linkedConfig) this.consent = provider.consent;
    // Not defined yet (its class loads later): no element of its class has announced anything
    // yet, so its `cookie-consent-ready`, the page's first, links it again.
    if (this.#linking || typeof provider.loadConfig !== 'function') return;
    this.#linking = this.#work.track(
      provider.loadConfig().then(
        (config) => {
          if (this.provider !== provider) return;
          this.linkedConfig = config;
          if (!this.#consentKnown) {
            this.consent = provider.consent;
            this.#consentKnown = true;
          }
        },
        (error: unknown) => console.error(`<${this.localName}>:`, error)
      )
    );
  }

  /** Without a `<cookie-consent>` (or before it speaks), the choice comes from the consent cookie. */
  #readStoredConsent() {
    if (this.provider && this.#consentKnown) return;
    const config = this.#current()?.config;
    if (config) this.consent = new ConsentStore(config).consent;
  }

  #onReady = (event: CookieConsentReadyEvent) => {
    const source = consentSource(event);
    if (source) this.#linkTo(source);
    this.consent = event.detail.consent;
    this.#consentKnown = true;
  };

  #onChange = (event: CookieConsentChangeEvent) => {
    const source = consentSource(event);
    if (source) this.#linkTo(source);
    // A withdrawal forgets the decision: the visitor has no choice in force any more.
    this.consent = event.detail.action === 'withdraw' ? null : event.detail.consent;
    this.#consentKnown = true;
  };

  #onManage = (event: Event) => {
    this.provider?.showPreferences(event.currentTarget as HTMLElement);
  };

  protected override updated() {
    // The built-in texts of another language, when rendering asked for them: `settled` waits.
    this.#work.track(builtInTextsLoading(this.#langs.lang));
    // The versions section, for a configuration with a history or an automatic revision.
    const config = this.activeConfig;
    if ((config?.history || config?.digest) && !this.#versions) {
      this.#work.track(
        loadVersions().then((m) => {
          this.#versions = m;
          this.requestUpdate();
        })
      );
    }
  }

  protected override render() {
    const loaded = this.#current();
    if (!loaded) return html`<div part="charter" aria-busy="true"></div>`;
    const provider = this.provider;
    return charterTemplate({
      config: loaded.config,
      lang: this.#langs.lang,
      headingLevel: clampHeadingLevel(this.headingLevel),
      prefix: '',
      mode: this.static ? 'static' : 'live',
      consent: this.consent,
      onManage:
        !this.static && provider?.isConnected && typeof provider.showPreferences === 'function'
          ? this.#onManage
          : undefined,
      faulty: loaded.issues.length > 0,
      withTitle: this.withTitle,
      versions: this.#versions?.versionsSection,
    });
  }
}

// The internal reactive state (the `@state()` fields), declared without decorators too.
for (const name of ['own', 'hasOwnSource', 'provider', 'linkedConfig', 'consent']) {
  CookieCharter.createProperty(name, {state: true});
}

/** The `<cookie-consent>` an event comes from, if it comes from one. */
function consentSource(event: Event): ConsentProvider | null {
  const origin = event.composedPath()[0];
  return origin instanceof HTMLElement && origin.localName === 'cookie-consent' ? (origin as ConsentProvider) : null;
}
