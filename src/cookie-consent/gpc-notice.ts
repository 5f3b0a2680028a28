// The notice shown when the browser's Global Privacy Control signal was honoured: a chunk of
// the browser bundle, loaded only when that happens.
import {html, type ReactiveElement} from 'lit';
import {msg} from '@lit/localize';

export interface NoticeActions {
  showPreferences(event: Event): void;
  dismiss(): void;
}

export function renderGpcNotice(actions: NoticeActions) {
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
          class="gpc-button"
          part="button gpc-preferences-button"
          aria-haspopup="dialog"
          @click=${actions.showPreferences}
        >
          ${msg('Personnaliser', {id: 'consent.customize'})}
        </button>
        <button
          class="link-button"
          part="gpc-dismiss-button"
          @click=${(e: Event) => {
            // The notice goes away: the focus goes to the manage button (when there is one).
            const root = (e.currentTarget as Element).getRootNode() as ShadowRoot;
            actions.dismiss();
            (root.host as ReactiveElement).updateComplete.then(() =>
              root.querySelector<HTMLElement>('[part~="manage-button"]')?.focus()
            );
          }}
        >
          ${msg('Fermer ce message', {id: 'consent.gpcDismiss'})}
        </button>
      </div>
    </div>
  </div>`;
}
