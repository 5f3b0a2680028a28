// What makes a decision real beyond the element: script and embed gates, cleanup of refused
// categories, Google Consent Mode and Matomo, proof of consent. A chunk of the browser bundle,
// loaded by the effects controller only when the configuration or the page needs one of them.
import {uniformConsent} from '../core/consent-record.js';
import {resolveLang} from '../core/locale.js';
import type {ConsentRecord} from '../core/consent-record.js';
import type {ProofSender} from '../core/proof.js';
import type {ConsentChange, ConsentStore} from '../core/store.js';
import type {ConsentConfig, ConsentMap} from '../core/types.js';
import type {PageGates, GatesHost} from './gates.js';
import {lazy} from '../lazy.js';
import {declaresRemovable, GATED, integrations, refusedCategories} from './effects-controller.js';

const withGates = lazy(() => import('./gates.js'));
const withIntegrations = lazy(() => import('./integrations.js'));
const withCleanup = lazy(() => import('../core/cleanup.js'));
const withProof = lazy(() => import('../core/proof.js'));

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

  /** Whether the gates are built or being built. */
  get gated(): boolean {
    return !!this.opened;
  }

  /** Builds the gates once their chunk is there and what must come first is done. */
  openGates(): Promise<unknown> {
    return (this.opened ??= this.ready.then(() =>
      withGates((m) => {
        if (this.disposed || this.gates) return;
        this.gates = new m.PageGates(this.host, this.store);
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
  onChange(change: ConsentChange, consent: ConsentMap | null, remote: boolean, last: ConsentRecord | null): unknown {
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
    const record = change.record ?? last;
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
