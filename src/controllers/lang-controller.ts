import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {onLangChange, resolveLang} from '../core/locale.js';
import type {Lang} from '../core/types.js';
import {requestLocale} from '../localization.js';

/**
 * Keeps a host's language in step with its `lang` attribute, its ancestors' and `<html lang>`:
 * the host re-renders in place whenever the resolved language changes, and whenever a
 * language's texts are ready (@lit/localize's `lit-localize-status` event, which is what its
 * `@localized()` decorator listens to; the elements need no decorator).
 */
export class LangController implements ReactiveController {
  /** The language the host speaks now. */
  lang: Lang = 'fr';
  readonly #owner: ReactiveControllerHost & HTMLElement;
  #stopListening?: () => void;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#owner = host;
    host.addController(this);
  }

  hostConnected() {
    this.refresh();
    const stop = onLangChange(() => this.refresh());
    const onStatus = (event: Event) =>
      (event as CustomEvent<{status?: string}>).detail?.status === 'ready' && this.#owner.requestUpdate();
    addEventListener('lit-localize-status', onStatus);
    this.#stopListening = () => {
      stop();
      removeEventListener('lit-localize-status', onStatus);
    };
  }

  hostDisconnected() {
    this.#stopListening?.();
    this.#stopListening = undefined;
  }

  /** Resolves the language again; re-renders the host when it changed. */
  refresh() {
    const lang = resolveLang(this.#owner);
    requestLocale(lang);
    if (lang !== this.lang) {
      this.lang = lang;
      this.#owner.requestUpdate();
    }
  }
}
