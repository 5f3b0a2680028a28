// The notice shown when the browser's Global Privacy Control signal was honoured: a chunk of
// the browser bundle, loaded only when that happens.
import {html, type ReactiveElement} from 'lit';
import {msg} from '@lit/localize';

export interface NoticeActions {
  showPreferences(event: Event): void;
  dismiss(): void;
}

export function renderGpcNotice(actions: NoticeActions) {
  // A region named by its heading, so that it can be found among the page's landmarks.
  return html`<section class="gpc-notice" part="gpc-notice" aria-labelledby="gpc-notice-title">
    <div class="gpc-notice-inner">
      <h2 id="gpc-notice-title" class="gpc-notice-title">
        ${msg('Signal de confidentialité respecté', {id: 'consent.gpcTitle'})}
      </h2>
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
  </section>`;
}
