import type {ReactiveController} from 'lit';

/**
 * Keeps room for a banner (or a notice, or the manage button) fixed at the bottom of the page
 * while it shows, on any page: the page's bottom scroll padding (what scrolling to a focused
 * element leaves free) and bottom padding (so that the end of the page can scroll above it)
 * follow the space it takes from the bottom of the viewport.
 * Nothing focusable then hides behind it (WCAG 2.2, 2.4.11). The page's inline values for
 * both are cleared when the banner goes.
 */
export class BannerRoomController implements ReactiveController {
  readonly #find: () => Element | null;
  readonly #observer = new ResizeObserver(() => this.#reserve());
  #banner: Element | null = null;

  /** `find` returns the banner when it is rendered. Add it with the host's `addController`. */
  constructor(find: () => Element | null) {
    this.#find = find;
  }

  hostUpdated() {
    const banner = this.#find();
    // A removed element that renders again (a framework re-mounting it) leaves the page alone.
    this.#watch(banner?.isConnected ? banner : null);
  }

  hostDisconnected() {
    this.#watch(null);
  }

  #watch(banner: Element | null) {
    if (banner === this.#banner) return;
    this.#observer.disconnect();
    this.#banner = banner;
    if (banner) this.#observer.observe(banner);
    else this.#reserve();
  }

  /**
   * The space from the banner's top to the bottom of the viewport (its height, and the gap under
   * a button that floats above the bottom edge) as the page's bottom padding and scroll padding
   * (none without a banner).
   */
  #reserve() {
    const style = document.documentElement.style;
    style.scrollPaddingBottom = style.paddingBottom = this.#banner
      ? `${Math.ceil(innerHeight - this.#banner.getBoundingClientRect().top)}px`
      : '';
  }
}
