// What makes a decision real beyond the element: script and embed gates, cleanup of refused
// categories, Google Consent Mode and Matomo, proof of consent, the Global Privacy Control
// notice, the manage button, the status message, the reload after a withdrawal. A chunk of
// the browser bundle, loaded by <cookie-consent> only once there is something to do; it then
// adds itself to the element as a controller and subscribes to the consent controller.
import {html, nothing, type ReactiveController} from 'lit';
import {msg} from '@lit/localize';
import {effectsStyles} from './effects.styles.js';
import {normalizeConsent, uniformConsent} from '../core/consent-record.js';
import {documentCookieJar} from '../core/cookie-jar.js';
import {hasGlobalPrivacyControl} from '../core/gpc.js';
import {lazy} from '../core/lazy.js';
import {resolveLang} from '../core/locale.js';
import type {PendingWork} from '../core/pending.js';
import type {ProofSender} from '../core/proof.js';
import type {ConsentChange, ConsentStore} from '../core/store.js';
import type {ConfigSkeleton, ConsentConfig, ConsentMap} from '../core/types.js';
import type {ConsentController, ConsentUpdate} from '../controllers/consent-controller.js';
import {adoptLate} from '../dom/adopt-late.js';
import {deepActiveElement} from '../dom/deep-active.js';
import type {PageGates} from './gates.js';
import {GATED, type EffectsHost} from './effects-needs.js';
import type * as GpcNotice from './gpc-notice.js';
import type * as Changes from './changes.js';
import {rememberForReload, restoreFocus, takeReloadMemo} from './reload-memo.js';

const loadGates = lazy(() => import('./gates.js'));
const loadIntegrations = lazy(() => import('./integrations.js'));
const loadCleanup = lazy(() => import('../core/cleanup.js'));
const loadProof = lazy(() => import('../core/proof.js'));
const loadNotice = lazy(() => import('./gpc-notice.js'));
const loadChanges = lazy(() => import('./changes.js'));

/** Reports a failure of an effect (a chunk that did not load, say) without stopping the others. */
const report = (error: unknown) => console.error('cookie-consent:', error);

/**
 * The effects of one `<cookie-consent>`: added as its controller once their chunk is there,
 * they take the updates published so far, then follow the consent controller while the element
 * is connected. Each configuration's store gets its own `PageEffects`.
 */
export class EffectsController implements ReactiveController {
  /**
   * What the element's status region announces after a decision: that it was saved, or, when
   * the browser's Global Privacy Control signal was honoured (applied, not stored), what the
   * browser asked and what was applied. Written in the language of each render.
   */
  get status(): string {
    const said = this.#said;
    return said === 'gpc'
      ? msg('Votre navigateur demande de ne pas être suivi : les cookies non nécessaires sont refusés.', {
          id: 'consent.gpcApplied',
        })
      : said
        ? msg('Vos choix concernant les cookies ont été enregistrés.', {id: 'consent.saved'})
        : '';
  }

  /** Which message the status region holds: none, a saved decision, or the honoured signal. */
  #said: '' | 'saved' | 'gpc' = '';

  readonly #host: EffectsHost;
  readonly #consent: ConsentController;
  readonly #work: PendingWork;
  #page: PageEffects | null = null;
  /** Whether Google Consent Mode's default and Matomo's requirement went out (once per element). */
  #started = false;
  #connected = false;
  #unsubscribe?: () => void;
  #gpcNotice = false;
  #notice: typeof GpcNotice | null = null;
  /** What changed since a returning visitor's last choice (a chunk, loaded only for them). */
  #changesView: typeof Changes | null = null;

  /** `work` is the element's: its `settled` waits for the effects under way. */
  constructor(host: EffectsHost, consent: ConsentController, work: PendingWork) {
    this.#host = host;
    this.#consent = consent;
    this.#work = work;
    adoptLate(host.renderRoot as ShadowRoot, effectsStyles);
    for (const update of consent.takeBacklog()) this.#onUpdate(update);
    host.addController(this);
  }

  hostConnected() {
    this.#connected = true;
    this.#unsubscribe = this.#consent.subscribe((update) => this.#onUpdate(update));
    this.#page?.start();
  }

  hostDisconnected() {
    this.#connected = false;
    this.#unsubscribe?.();
    this.#page?.stop();
  }

  hostUpdated() {
    // The language may have changed: the placeholders follow.
    this.#page?.refresh();
  }

  #onUpdate({store, change}: ConsentUpdate) {
    if (change) this.#onChange(store, change);
    else this.#attach(store);
  }

  /** A new store (a configuration was loaded): its effects, and the privacy signal honoured. */
  #attach(store: ConsentStore) {
    this.#page?.dispose();
    const first = !this.#started;
    this.#started = true;
    const page = (this.#page = new PageEffects(this.#host, store, this.#consent, this.#work, first));
    if (this.#connected) page.start();
    // Reloaded after a withdrawal made here: the choice was saved (the reload cut the message
    // short), and the focus goes back where it was.
    const memo = first && store.record ? takeReloadMemo(store.config.cookie.name) : null;
    if (memo) {
      this.#announce('saved');
      // Once the page keeps its room for the manage button (a frame after it renders), so that
      // scrolling to the focus leaves it clear.
      const focus = memo.focus;
      if (focus) {
        this.#host.updateComplete.then(() =>
          requestAnimationFrame(() => requestAnimationFrame(() => restoreFocus(focus)))
        );
      }
    }
    // A visitor without a decision in force who has a consent cookie may be asked again because
    // the configuration changed: the banner then says what changed, when the history tells.
    const history = this.#consent.fullConfig?.history;
    if (!store.record && history?.length && documentCookieJar.readAll(store.config.cookie.name).length) {
      this.#work.track(
        loadChanges().then((m) => {
          this.#changesView = m;
          this.#host.requestUpdate();
        }, report)
      );
    }
    if (!store.record && !this.#host.ignoreGpc && hasGlobalPrivacyControl()) {
      // After `cookie-consent-ready`, which reports "no decision" first.
      this.#consent.ready.then(() => this.#page === page && honourGpc(store, this.#host));
    }
  }

  /** Applies a decision, made here or read from the cookie (`change.external`). */
  #onChange(store: ConsentStore, change: ConsentChange) {
    const page = this.#page;
    if (!page || page.store !== store) return;
    const consent = change.record ? normalizeConsent(store.config, change.record.consent) : null;
    const sent = this.#work.track(page.onChange(change, consent));
    // A choice made here stands alone: the other copies of the consent cookie go.
    if (!change.external && !store.isAssumed) {
      this.#work.track(loadCleanup().then((m) => m.sweepConsentCopies(store.config.cookie), report));
    }
    // An assumed refusal (the GPC signal) is not a saved choice: nothing was stored. A decision
    // read from another tab is announced there, where the visitor made it.
    if (change.record && !change.external) this.#announce(change.action === 'gpc' && store.isAssumed ? 'gpc' : 'saved');

    const wasShown = this.#gpcNotice;
    this.#gpcNotice = change.action === 'gpc' && !change.external;
    if (wasShown !== this.#gpcNotice) this.#host.requestUpdate();
    if (this.#gpcNotice && !this.#notice) {
      this.#work.track(
        loadNotice().then((m) => {
          this.#notice = m;
          this.#host.requestUpdate();
        }, report)
      );
    }

    const previous = change.previous;
    const withdrawn = store.config.categories.some(
      (c) => !c.required && grants(previous, c.id) && !grants(consent, c.id)
    );
    // What the withdrawn categories started (scripts that ran, trackers in memory) stops with
    // the page: it reloads, once the cleanup and the integrations are done, unless the page
    // stops them itself (`no-reload-on-withdraw`). Also for a withdrawal read from another tab.
    // Another tab's withdrawal reloads this one too, unless the visitor has typed in one of its
    // form fields: a reload they did not ask for would lose it (the cookies still go).
    const reload =
      (this.#host.reloadOnWithdraw || !this.#host.noReloadOnWithdraw) && !(change.external && hasTypedInput());
    if (withdrawn && reload) {
      sent
        // The dialog's close gives the focus back first (its event, then a render): the memo
        // records where it went.
        .then(() => new Promise((next) => setTimeout(next)))
        .then(() => this.#host.updateComplete)
        .then(() => {
          // A choice made here: the reloaded page says it was saved, and gives back the focus.
          if (!change.external && change.record) rememberForReload(store.config.cookie.name);
          location.reload();
        });
    }
  }

  #announce(said: 'saved' | 'gpc') {
    // Cleared first, so that the same message is announced again after a second decision.
    this.#said = '';
    this.#host.requestUpdate();
    this.#host.updateComplete.then(() => {
      this.#said = said;
      this.#host.requestUpdate();
    });
  }

  /**
   * In the banner, for a returning visitor asked again because the configuration's version
   * changed: the history's entries newer than their last choice (nothing otherwise).
   */
  get changes() {
    const config = this.#consent.fullConfig;
    return this.#changesView && config ? this.#changesView.renderChanges(config, resolveLang(this.#host)) : nothing;
  }

  /**
   * What shows once the banner is closed: the persistent "Gérer les cookies" button (`manage`:
   * the `manage-button` attribute) and the notice telling the visitor that their browser's
   * privacy signal was honoured.
   */
  renderClosed(manage: boolean) {
    // While the notice shows, its own button opens the preferences: the manage button, fixed at
    // the same place, would only hide behind it.
    const notice = this.#renderNotice();
    return html`${
      manage && notice === nothing
        ? html`<button
          class="manage"
          part="manage-button"
          aria-haspopup="dialog"
          @click=${(e: Event) => this.#host.showPreferences(e.currentTarget as HTMLElement)}
        >
          ${msg('Gérer les cookies', {id: 'consent.manage'})}
        </button>`
        : nothing
    }${notice}`;
  }

  /**
   * Moves on the focus lost with the banner (after a decision taken in it, or in the dialog it
   * opened): to the manage button when there is one; else back where it was before it entered
   * the banner (`before`); else to the next element the Tab key would have reached from the
   * banner. The page does not scroll (a mouse user's place stays), and a focus that the visitor
   * already moved elsewhere stays where it is.
   */
  refocus(before: Element | null) {
    if (document.activeElement !== document.body) return;
    const manage = this.#host.renderRoot.querySelector('[part~="manage-button"]');
    for (const target of [manage, before, ...tabStopsFrom(this.#host)]) {
      (target as HTMLElement | null)?.focus?.({preventScroll: true});
      if (document.activeElement !== document.body) return;
    }
  }

  /** The notice telling the visitor that their browser's privacy signal was honoured (a chunk). */
  #renderNotice() {
    return this.#gpcNotice && this.#notice
      ? this.#notice.renderGpcNotice({
          showPreferences: (e: Event) => this.#host.showPreferences(e.currentTarget as HTMLElement),
          dismiss: () => {
            // Dismissing the notice is the visitor's act: the refusal is stored from now on.
            this.#page?.store.persist();
            this.#gpcNotice = false;
            this.#host.requestUpdate();
          },
        })
      : nothing;
  }
}

/**
 * Honours the browser's Global Privacy Control signal for a store without a decision: every
 * optional category refused, applied but not stored, since the visitor has not acted on this
 * site yet.
 */
function honourGpc(store: ConsentStore, host: EffectsHost) {
  if (!store.record && refusedCategories(store.config, {}).length) {
    store.assume('gpc', uniformConsent(store.config, false), resolveLang(host));
  }
}

const FIELDS = 'input, textarea, select';

/**
 * Whether the visitor has typed in a form field of the page, open shadow roots included (the
 * preferences' own switches aside): one is focused, or holds another value, check or selection
 * than the page gave it.
 */
function hasTypedInput(): boolean {
  if (deepActiveElement()?.matches(`${FIELDS}, [contenteditable]`)) return true;
  const fields: Element[] = [];
  const collect = (root: Document | ShadowRoot) => {
    fields.push(...root.querySelectorAll(FIELDS));
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot && element.localName !== 'cookie-consent') collect(element.shadowRoot);
    }
  };
  collect(document);
  return fields.some((field) =>
    field instanceof HTMLSelectElement
      ? [...field.options].some((option) => option.selected !== option.defaultSelected)
      : field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio')
        ? field.checked !== field.defaultChecked
        : (field as HTMLInputElement | HTMLTextAreaElement).value !== (field as HTMLInputElement).defaultValue
  );
}

/** What the Tab key may stop on in a page (elements in shadow roots aside). */
const TAB_STOPS = 'a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex]';

/**
 * The page's tab stops in the order the Tab key would reach them from `element`: those after it
 * first, then from the start of the page (positive `tabindex` orders aside). Elements that turn
 * out not to take the focus (disabled, hidden, inert) are for the caller to skip.
 */
function tabStopsFrom(element: Element): HTMLElement[] {
  const stops = [...document.querySelectorAll<HTMLElement>(TAB_STOPS)].filter((stop) => stop.tabIndex >= 0);
  const next = stops.findIndex((stop) => element.compareDocumentPosition(stop) & Node.DOCUMENT_POSITION_FOLLOWING);
  return next < 0 ? stops : [...stops.slice(next), ...stops.slice(0, next)];
}

/** The effects of one store (one configuration); replaced when the configuration changes. */
class PageEffects {
  readonly store: ConsentStore;
  /** Resolves once what must come first is done: Google Consent Mode's default, the first cleanup. */
  readonly #ready: Promise<unknown>;
  readonly #host: EffectsHost;
  readonly #consent: ConsentController;
  readonly #work: PendingWork;
  #gates: PageGates | null = null;
  /** While the gates are being built (or once they are). */
  #opening: Promise<unknown> | null = null;
  #proof: Promise<ProofSender> | null = null;
  #disposed = false;
  #running = false;

  /**
   * On the first store of the element, Google Consent Mode's default and Matomo's
   * `requireCookieConsent` are issued as soon as their chunk is there, and always before the
   * gates release any script; then the stored decision (if any) is applied.
   */
  constructor(host: EffectsHost, store: ConsentStore, consent: ConsentController, work: PendingWork, first: boolean) {
    this.#host = host;
    this.store = store;
    this.#consent = consent;
    this.#work = work;
    const config = this.#config;
    const decided = store.consent;
    const waits: Array<Promise<unknown>> = [];
    const {gcm, matomo} = integrations(config);
    if (config && first && (gcm || matomo)) {
      waits.push(
        loadIntegrations().then((m) => {
          if (gcm) {
            m.googleConsentDefault(window);
            if (decided) m.googleConsentUpdate(window, config, decided);
          }
          if (matomo) m.matomoStart(window, config, decided);
        })
      );
    }
    if (config && first && decided) {
      const refused = refusedCategories(config, decided);
      if (declaresRemovable(config, refused))
        waits.push(loadCleanup().then((m) => m.cleanupCategories(config, refused)));
    }
    this.#ready = work.track(Promise.all(waits).catch(report));
    if (document.querySelector(GATED)) this.openGates();
  }

  /** The configuration in full; `null` for the built-in skeleton (nothing to clean, integrate or prove). */
  get #config(): ConsentConfig | null {
    return this.#consent.store === this.store ? this.#consent.fullConfig : null;
  }

  /**
   * Builds the gates once their chunk is there and what must come first is done; the
   * placeholders name the categories, so the configuration in full is loaded first.
   */
  openGates(): Promise<unknown> {
    // Their chunk and the texts are asked for at once, not after what must come first.
    const parts = Promise.all([loadGates(), this.#consent.loadConfig()]);
    return (this.#opening ??= this.#work.track(
      this.#ready
        .then(() => parts)
        .then(([m, titled]) => {
          if (this.#disposed || this.#gates) return;
          this.#gates = new m.PageGates(this.#host, this.store, titled);
          if (this.#running) this.#gates.start();
        })
        .catch((error: unknown) => {
          // Tried again when the next gated element or decision asks for them.
          this.#opening = null;
          report(error);
        })
    ));
  }

  start() {
    this.#running = true;
    this.#gates?.start();
  }

  stop() {
    this.#running = false;
    this.#gates?.stop();
  }

  refresh() {
    this.#gates?.refresh();
  }

  dispose() {
    this.#disposed = true;
    this.#running = false;
    this.#gates?.dispose();
    this.#gates = null;
  }

  /** Applies a decision; resolves once its proof (if any) is sent. */
  onChange(change: ConsentChange, consent: ConsentMap | null): Promise<unknown> {
    if (this.#gates) this.#gates.update();
    else if (document.querySelector(GATED)) this.openGates();
    const config = this.#config;
    if (!config) return Promise.resolve();
    const refused = refusedCategories(config, consent);
    const work: Array<Promise<unknown>> = [];
    if (declaresRemovable(config, refused)) work.push(loadCleanup().then((m) => m.cleanupCategories(config, refused)));
    const {gcm, matomo} = integrations(config);
    if (gcm || matomo) {
      work.push(
        loadIntegrations().then((m) => {
          if (gcm) m.googleConsentUpdate(window, config, consent);
          if (matomo) m.matomoDecision(window, config, consent);
        })
      );
    }
    const record = change.record ?? change.before;
    const proof = config.proof;
    if (!change.external && proof && record) {
      const decision = {
        id: record.id,
        timestamp: change.record ? change.record.timestamp : Date.now(),
        revision: config.revision,
        consent: consent ?? uniformConsent(config, false),
        lang: change.record ? change.record.lang : resolveLang(this.#host),
        action: change.action ?? 'withdraw',
      };
      this.#proof ??= loadProof().then((m) => new m.ProofSender(proof.endpoint, config));
      work.push(this.#proof.then((sender) => sender.send(decision)));
    }
    return Promise.all(work.map((w) => w.catch(report)));
  }
}

/**
 * Whether a consent map grants a category: its own `true` only. A category may be named like a
 * member of every object (`constructor`, `toString`): the inherited member is never read.
 */
function grants(consent: ConsentMap | null, id: string): boolean {
  return !!consent && Object.hasOwn(consent, id) && consent[id] === true;
}

/** The optional categories a consent map does not grant (all of them when there is no decision). */
export function refusedCategories(config: ConfigSkeleton, consent: ConsentMap | null): string[] {
  return config.categories.filter((c) => !c.required && !grants(consent, c.id)).map((c) => c.id);
}

/** Which integrations a configuration enables. */
export function integrations(config: ConsentConfig | null) {
  return {gcm: !!config?.integrations?.googleConsentMode?.enabled, matomo: !!config?.integrations?.matomo?.enabled};
}

/** Whether the configuration declares cookies or storage keys to delete for one of these categories. */
export function declaresRemovable(config: ConsentConfig, categoryIds: string[]): boolean {
  return [...config.cookies, ...(config.storage ?? [])].some((d) => categoryIds.includes(d.category));
}
