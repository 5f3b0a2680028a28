import {html, nothing} from 'lit';
import {msg} from '@lit/localize';
import {pickText} from '../core/text.js';
import type {ConsentConfig, ConsentMap, Lang} from '../core/types.js';

export {dialogStyles} from './preferences.styles.js';

/** What the dialog's content needs from `<cookie-consent>`. */
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

/**
 * The content of the preferences `<dialog>` (the element renders the `<dialog>` itself, so that
 * it exists before this module is loaded, on the first `showPreferences()`).
 */
export function renderPreferences(view: PreferencesView) {
  const {config, lang, draft} = view;
  return html`<div class="dialog-header" part="dialog-header">
      <h2 id="dialog-title" class="title" part="dialog-title">
        ${msg('Vos préférences en matière de cookies', {id: 'consent.dialogTitle'})}
      </h2>
      <button type="button" class="link-button" part="close-button" @click=${view.close}>
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
          const checked = category.required ? true : draft[category.id] === true;
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
                  ${checked ? msg('Accepté', {id: 'consent.on'}) : msg('Refusé', {id: 'consent.off'})}
                </span>
              </span>
            </div>
            <div id="description-${i}" part="category-description" class="category-description">
              ${category.required
                ? html`<p class="required-note">
                    ${msg('Toujours actifs : ces cookies ne demandent pas votre accord.', {id: 'consent.required'})}
                  </p>`
                : nothing}
              ${description ? html`<p>${description}</p>` : nothing}
            </div>
          </li>`;
        })}
      </ul>
    </div>
    <div class="actions" part="dialog-actions">
      <button type="button" part="button accept-button" @click=${view.acceptAll}>
        ${msg('Tout accepter', {id: 'consent.acceptAll'})}
      </button>
      <button type="button" part="button reject-button" @click=${view.rejectAll}>
        ${msg('Tout refuser', {id: 'consent.rejectAll'})}
      </button>
      <button type="button" part="button save-button" @click=${view.save}>
        ${msg('Enregistrer mes choix', {id: 'consent.save'})}
      </button>
    </div>`;
}
