import {LitElement, html, type PropertyValues} from 'lit';
import {configScript, type LoadedConfig} from '../core/defaults.js';
import {builtInConfig} from '../core/built-in.js';
import {ConsentStore} from '../core/store.js';
import type {ConsentConfig, ConsentMap} from '../core/types.js';
import {LangController} from '../controllers/lang-controller.js';
import type {CookieConsentChangeEvent, CookieConsentReadyEvent} from '../cookie-consent/events.js';
import {charterTemplate, clampHeadingLevel} from './charter-template.js';
import {styles} from './cookie-charter.styles.js';
import {lazy} from '../lazy.js';

/** Checking a given configuration (not needed for the one of <cookie-consent>): a chunk of the bundle. */
const withConfigSource = lazy(() => import('../core/config-load.js'));

/** What the charter needs of a `<cookie-consent>` (kept structural: no import of its class). */
interface ConsentElement extends HTMLElement {
  readonly activeConfig?: ConsentConfig | null;
  readonly updateComplete?: Promise<unknown>;
  readonly consent?: ConsentMap | null;
  showPreferences?(opener?: HTMLElement): void;
}

/**
 * The cookie policy: why the site uses cookies, what a cookie is, the cookie types, one table
 * per category listing its cookies, the visitor's current choice with a button that opens the
 * preferences of the `<cookie-consent>` on the page, and the policy's revision and date.
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
 * @csspart section - Each section (also `definition-section`, `uses-section`, `manage-section`).
 * @csspart heading - The heading of each section.
 * @csspart text - Every paragraph of running text.
 * @csspart category-list - The list of cookie types.
 * @csspart category - One cookie type.
 * @csspart subheading - A sub-heading (each cookie type's title, also part `category-title`).
 * @csspart category-title - The title of a cookie type.
 * @csspart category-description - The explanation of a cookie type.
 * @csspart site-link - The link to the site in the "What are cookies used for" heading.
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
 * @csspart revision - The revision and update date.
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
  private consentElement: ConsentElement | null = null;
  /** @internal that element's configuration, `null` while it loads */
  private linkedConfig: ConsentConfig | null = null;
  /** @internal the visitor's current choice */
  private consent: ConsentMap | null = null;

  private readonly langs = new LangController(this);
  private loadAbort?: AbortController;
  private loadedFrom: {config: unknown; src: string | undefined} | null = null;
  private builtIn: LoadedConfig | null = null;
  private consentKnown = false;
  /** While the `<cookie-consent>`'s configuration loads. */
  private linking: Promise<unknown> | null = null;
  /** While the configuration check (a chunk) loads. */
  private checking: Promise<unknown> | null = null;

  /** The checked configuration in use, or `null` while it loads. */
  get activeConfig(): ConsentConfig | null {
    return this.current()?.config ?? null;
  }

  override connectedCallback() {
    super.connectedCallback();
    document.addEventListener('cookie-consent-ready', this.onReady);
    document.addEventListener('cookie-consent-change', this.onChange);
    this.findConsentElement();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    document.removeEventListener('cookie-consent-ready', this.onReady);
    document.removeEventListener('cookie-consent-change', this.onChange);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (!this.loadedFrom || changed.has('config') || changed.has('src')) {
      if (!this.loadedFrom || this.loadedFrom.config !== this.config || this.loadedFrom.src !== this.src) {
        this.loadedFrom = {config: this.config, src: this.src};
        this.loadConfiguration();
      }
    }
  }

  /** The configuration to show with its origin, or `null` while waiting for one. */
  private current(): LoadedConfig | null {
    if (this.hasOwnSource) return this.own;
    if (this.consentElement) {
      return this.linkedConfig ? {config: this.linkedConfig, issues: [], fallback: false, source: 'default'} : null;
    }
    return (this.builtIn ??= builtInConfig());
  }

  private loadConfiguration() {
    this.loadAbort?.abort();
    this.own = null;
    this.hasOwnSource = this.config != null || !!this.src || !!configScript(this);
    if (!this.hasOwnSource) return this.readStoredConsent();
    const {signal} = (this.loadAbort = new AbortController());
    const checking = withConfigSource((source) =>
      // Never `null` here: the charter has a source of its own.
      source.readConfig(this, this.config, this.src, signal, (loaded) => this.applyOwn(loaded!))
    );
    if (checking instanceof Promise) {
      const pending: Promise<unknown> = checking.finally(() => this.checking === pending && (this.checking = null));
      this.checking = pending;
    }
  }

  /** Resolves once rendered, and once the configuration check (a chunk) is loaded. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let waiting; (waiting = this.checking ?? this.linking);) {
      await waiting.catch(() => undefined);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  private applyOwn(loaded: LoadedConfig) {
    this.hasOwnSource = true;
    this.own = loaded;
    this.readStoredConsent();
  }

  /** Finds the `<cookie-consent>` of the page and takes what it already knows. */
  private findConsentElement() {
    const element = document.querySelector<ConsentElement>('cookie-consent');
    this.linkTo(element);
    if (!element) this.readStoredConsent();
  }

  private linkTo(element: ConsentElement | null) {
    this.consentElement = element;
    this.linkedConfig = element?.activeConfig ?? null;
    if (element && this.linkedConfig) {
      this.consent = element.consent ?? null;
      this.consentKnown = true;
    } else if (element?.updateComplete) {
      // Its configuration may be loading (the built-in one's texts load on first use): look again
      // once the element is done; else its `cookie-consent-ready` brings it.
      const linking: Promise<unknown> = element.updateComplete
        .then(() => {
          if (this.consentElement === element && !this.linkedConfig && element.activeConfig) this.linkTo(element);
        })
        .finally(() => this.linking === linking && (this.linking = null));
      this.linking = linking;
    }
  }

  /** Without a `<cookie-consent>` (or before it speaks), the choice comes from the consent cookie. */
  private readStoredConsent() {
    if (this.consentElement && this.consentKnown) return;
    const config = this.current()?.config;
    if (config) this.consent = new ConsentStore(config).consent;
  }

  private onReady = (event: CookieConsentReadyEvent) => {
    const source = consentSource(event);
    if (source) this.linkTo(source);
    this.consent = event.detail.consent;
    this.consentKnown = true;
  };

  private onChange = (event: CookieConsentChangeEvent) => {
    const source = consentSource(event);
    if (source) this.linkTo(source);
    // A withdrawal forgets the decision: the visitor has no choice in force any more.
    this.consent = event.detail.action === 'withdraw' ? null : event.detail.consent;
    this.consentKnown = true;
  };

  private onManage = (event: Event) => {
    this.consentElement?.showPreferences?.(event.currentTarget as HTMLElement);
  };

  protected override render() {
    const loaded = this.current();
    if (!loaded) return html`<div part="charter" aria-busy="true"></div>`;
    const element = this.consentElement;
    return charterTemplate({
      config: loaded.config,
      lang: this.langs.lang,
      headingLevel: clampHeadingLevel(this.headingLevel),
      prefix: '',
      mode: this.static ? 'static' : 'live',
      consent: this.consent,
      onManage:
        !this.static && element?.isConnected && typeof element.showPreferences === 'function'
          ? this.onManage
          : undefined,
      faulty: loaded.issues.length > 0,
      withTitle: this.withTitle,
    });
  }
}

// The internal reactive state (the `@state()` fields), declared without decorators too.
for (const name of ['own', 'hasOwnSource', 'consentElement', 'linkedConfig', 'consent']) {
  CookieCharter.createProperty(name, {state: true});
}

/** The `<cookie-consent>` an event comes from, if it comes from one. */
function consentSource(event: Event): ConsentElement | null {
  const origin = event.composedPath()[0];
  return origin instanceof HTMLElement && origin.localName === 'cookie-consent' ? (origin as ConsentElement) : null;
}
