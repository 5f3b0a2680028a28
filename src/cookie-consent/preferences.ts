import {html, nothing, type ReactiveElement} from 'lit';
import {msg, str} from '@lit/localize';
import {uniformConsent} from '../core/consent-record.js';
import {pickText} from '../core/text.js';
import type {CategoryConfig, ConsentConfig, ConsentMap, Lang} from '../core/types.js';
import {adoptLate} from '../dom/adopt-late.js';
import {deepActiveElement} from '../dom/deep-active.js';
import {dialogStyles} from './preferences.styles.js';

/** What the dialog needs from `<cookie-consent>`: its public API only. */
export interface PreferencesHost extends ReactiveElement {
  readonly consent: ConsentMap | null;
  readonly activeConfig: ConsentConfig | null;
  acceptAll(): void;
  rejectAll(): void;
  save(consent: Partial<ConsentMap>): void;
}

/**
 * The preferences dialog of one `<cookie-consent>`: a chunk of the browser bundle, loaded on the
 * first `showPreferences()` (or ahead, when "Personnaliser" is about to be pressed). The element
 * renders an empty `<dialog>` until then.
 */
export class PreferencesDialog {
  /** The switches' state while the dialog is open. */
  #draft: ConsentMap = {};
  #opener: HTMLElement | null = null;
  /** The opener's document or shadow root, which outlives an opener that a decision removes. */
  #openerRoot: Node | null = null;
  #open = false;
  readonly #host: PreferencesHost;

  constructor(host: PreferencesHost) {
    this.#host = host;
    adoptLate(host.renderRoot as ShadowRoot, dialogStyles);
  }

  #dialog() {
    return this.#host.renderRoot.querySelector('dialog');
  }

  /** Fills the dialog (the switches as decided, or all off); `reveal()` opens it once rendered. */
  show(opener: HTMLElement | undefined) {
    const config = this.#host.activeConfig;
    if (!config) return;
    this.#opener = opener ?? deepActiveElement();
    this.#openerRoot = this.#opener?.getRootNode() ?? null;
    this.#draft = this.#host.consent ?? uniformConsent(config, false);
    this.#open = true;
    this.#host.requestUpdate();
  }

  /** Opens the rendered dialog as a modal, focusing it; focus returns to the opener on close. */
  reveal() {
    const dialog = this.#dialog();
    if (this.#open && dialog && !dialog.open) dialog.showModal();
  }

  /** Closes the dialog (a decision was made). */
  close() {
    if (!this.#open) return;
    this.#open = false;
    const dialog = this.#dialog();
    if (dialog?.open) dialog.close();
  }

  /**
   * The dialog closed (a decision, Escape, the close button): focus goes back where it came from;
   * when the decision removed that (a charter's "Retirer mon consentement" once nothing is left
   * to withdraw), to the manage button beside it ("Modifier mes choix"), else to this element's.
   */
  onClose = () => {
    this.#open = false;
    this.#host.updateComplete.then(() => {
      const beside = this.#openerRoot instanceof ShadowRoot ? this.#openerRoot : null;
      const target = this.#opener?.isConnected
        ? this.#opener
        : (beside?.querySelector<HTMLElement>('[part~="manage-button"]') ??
          this.#host.renderRoot.querySelector<HTMLElement>('[part~="manage-button"], [part~="customize-button"]'));
      this.#opener = this.#openerRoot = null;
      target?.focus();
    });
  };

  /** The content of the element's `<dialog>` (which exists before this chunk is loaded). */
  render(config: ConsentConfig, lang: Lang) {
    return renderPreferences({
      config,
      lang,
      draft: this.#draft,
      toggle: (id, granted) => {
        this.#draft = {...this.#draft, [id]: granted};
        this.#host.requestUpdate();
      },
      close: () => this.close(),
      acceptAll: () => this.#host.acceptAll(),
      rejectAll: () => this.#host.rejectAll(),
      save: () => this.#host.save(this.#draft),
    });
  }
}

/** What the dialog's content needs. */
export interface PreferencesView {
  config: ConsentConfig;
  lang: Lang;
  /** The switches' state while the dialog is open. */
  draft: ConsentMap;
  toggle(id: string, granted: boolean): void;
  close(): void;
  acceptAll(): void;
  rejectAll(): void;
  save(): void;
}

/** The content of the preferences `<dialog>`. */
export function renderPreferences(view: PreferencesView) {
  const {config, lang, draft} = view;
  return html`<div class="dialog-header" part="dialog-header">
      <h2 id="dialog-title" class="title" part="dialog-title">
        ${msg('Vos préférences en matière de cookies', {id: 'consent.dialogTitle'})}
      </h2>
      <button class="link-button" part="close-button" @click=${view.close}>
        ${msg('Fermer', {id: 'consent.close'})}
      </button>
    </div>
    <div class="dialog-body" part="dialog-body">
      <p>
        ${msg(
          'Choisissez, catégorie par catégorie, les cookies que vous acceptez. Sans votre accord, seuls les cookies nécessaires sont utilisés. Vous pourrez changer d’avis à tout moment.',
          {id: 'consent.dialogIntro'}
        )}
      </p>
      <ul class="categories" role="list">
        ${config.categories.map((category, i) => {
          const checked = category.required || (Object.hasOwn(draft, category.id) && draft[category.id] === true);
          const description = pickText(category.description, lang);
          return html`<li class="category" part="category">
            <div class="category-head">
              <h3 class="category-title">
                <label part="category-title" for="switch-${i}">${pickText(category.title, lang)}</label>
              </h3>
              <span class="switch-wrap">
                <input
                  id="switch-${i}"
                  part="switch"
                  type="checkbox"
                  role="switch"
                  .checked=${checked}
                  ?disabled=${category.required}
                  aria-describedby=${description || category.required ? `description-${i}` : nothing}
                  @change=${(e: Event) => view.toggle(category.id, (e.target as HTMLInputElement).checked)}
                />
                <span class="switch-state" aria-hidden="true">
                  ${
                    category.required
                      ? msg('Toujours actif', {id: 'consent.alwaysOn'})
                      : checked
                        ? msg('Accepté', {id: 'consent.on'})
                        : msg('Refusé', {id: 'consent.off'})
                  }
                </span>
              </span>
            </div>
            <div id="description-${i}" part="category-description" class="category-description">
              ${
                category.required
                  ? html`<p class="required-note">
                    ${msg('Toujours actifs : ces cookies ne demandent pas votre accord.', {id: 'consent.required'})}
                  </p>`
                  : nothing
              }
              ${description ? html`<p>${description}</p>` : nothing}
            </div>
            ${renderCookies(config, category, lang)}
          </li>`;
        })}
      </ul>
    </div>
    <div class="actions" part="dialog-actions">
      <button part="button accept-button" @click=${view.acceptAll}>
        ${msg('Tout accepter', {id: 'consent.acceptAll'})}
      </button>
      <button part="button reject-button" @click=${view.rejectAll}>
        ${msg('Tout refuser', {id: 'consent.rejectAll'})}
      </button>
      <button part="button save-button" @click=${view.save}>
        ${msg('Enregistrer mes choix', {id: 'consent.save'})}
      </button>
    </div>`;
}

/**
 * Under a category, who sets its cookies (its `cookies[]` entries, the catalogue's services
 * among them) and, on demand, each cookie with its purpose and retention period: the CNIL
 * expects those who use the trackers to be known when consent is asked. Nothing when the
 * category declares no cookie.
 */
function renderCookies(config: ConsentConfig, category: CategoryConfig, lang: Lang) {
  const cookies = config.cookies.filter((c) => c.category === category.id);
  if (!cookies.length) return nothing;
  const providers = [...new Set(cookies.map((c) => pickText(c.provider, lang)))].join(', ');
  const count = cookies.length;
  return html`<p class="providers" part="category-providers">
      ${msg(str`Prestataires\u00a0: ${providers}`, {id: 'consent.providers'})}
    </p>
    <details class="cookies" part="category-cookies">
      <summary part="category-cookies-summary">${msg(str`Voir les cookies (${count})`, {id: 'consent.showCookies'})}</summary>
      <ul class="cookie-list" role="list">
        ${cookies.map(
          (cookie) => html`<li class="cookie" part="cookie">
            <code class="cookie-name" part="cookie-name">${cookie.name}</code>
            <dl>
              ${detail(msg('Nom du prestataire', {id: 'charter.colProvider'}), pickText(cookie.provider, lang))}
              ${detail(msg('Service et emplacement', {id: 'charter.colService'}), pickText(cookie.service, lang))}
              ${detail(msg('Finalités', {id: 'charter.colPurpose'}), pickText(cookie.purpose, lang))}
              ${detail(msg('Durée de conservation', {id: 'charter.colDuration'}), pickText(cookie.duration, lang))}
            </dl>
          </li>`
        )}
      </ul>
    </details>`;
}

/** One line of a cookie's description; none when the configuration leaves the value out. */
function detail(label: string, value: string) {
  return value ? html`<dt>${label}</dt><dd>${value}</dd>` : nothing;
}
