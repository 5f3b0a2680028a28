// The page's script and embed gates with their placeholders: a chunk of the browser bundle,
// loaded only when the page holds (or gets) an element with `data-cookie-category`.
import {Gatekeeper} from '../core/gating.js';
import {resolveLang} from '../core/locale.js';
import type {ConsentStore} from '../core/store.js';
import {pickText} from '../core/text.js';
import type {ConsentConfig, ConsentMap} from '../core/types.js';
import {adoptPlaceholderStyles, createPlaceholder, fillPlaceholder, type PlaceholderInfo} from './embed-placeholder.js';

/** What the gates need from `<cookie-consent>`: its public API only. */
export interface GatesHost extends HTMLElement {
  readonly consent: ConsentMap | null;
  save(consent: Partial<ConsentMap>): Promise<void>;
}

export class PageGates extends Gatekeeper {
  readonly #host: GatesHost;
  /** Names the categories in the placeholders. */
  readonly #titled: ConsentConfig;
  /** The embed whose placeholder button was pressed: it gets the focus once loaded. */
  #focusAfterRelease: HTMLElement | null = null;

  /** `titled` is the configuration in full, whose titles name the categories. */
  constructor(host: GatesHost, store: ConsentStore, titled: ConsentConfig) {
    super(document, {
      isGranted: (id) => store.hasConsent(id),
      createPlaceholder: (embed) => {
        adoptPlaceholderStyles(document);
        return createPlaceholder(document, embed, this.#info(embed), () => this.#grantInPlace(embed));
      },
      embedReleased: (embed) => {
        if (embed !== this.#focusAfterRelease) return;
        this.#focusAfterRelease = null;
        if (!(embed instanceof HTMLIFrameElement) && !embed.hasAttribute('tabindex')) embed.tabIndex = -1;
        embed.focus();
      },
    });
    this.#host = host;
    this.#titled = titled;
  }

  readonly #onLocaleStatus = (event: Event) => {
    if ((event as CustomEvent<{status: string}>).detail?.status === 'ready') this.refresh();
  };

  override start(): void {
    window.addEventListener('lit-localize-status', this.#onLocaleStatus);
    super.start();
  }

  override stop(): void {
    window.removeEventListener('lit-localize-status', this.#onLocaleStatus);
    super.stop();
  }

  /** Writes the placeholders' texts again (the language changed). */
  refresh(): void {
    for (const [embed, placeholder] of this.placeholders()) fillPlaceholder(placeholder, this.#info(embed));
  }

  #info(embed: HTMLElement): PlaceholderInfo {
    const lang = resolveLang(this.#host);
    const id = embed.getAttribute('data-cookie-category') ?? '';
    const category = this.#titled.categories.find((c) => c.id === id);
    return {
      service: embed.getAttribute('data-cookie-service')?.trim() ?? '',
      category: category ? pickText(category.title, lang) : id,
      lang,
    };
  }

  /** The placeholder's button: the current choice plus this category, saved at once. */
  #grantInPlace(embed: HTMLElement) {
    const id = embed.getAttribute('data-cookie-category') ?? '';
    this.#focusAfterRelease = embed;
    this.#host.save({...(this.#host.consent ?? {}), [id]: true});
  }
}
