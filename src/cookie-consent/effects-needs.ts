// What the element and its effects (effects.ts) share: what a gated element is, and what the
// effects may use of the element. In the bundle's entry; the effects themselves are a chunk.
import type {ReactiveControllerHost} from 'lit';
import type {ConsentMap} from '../core/types.js';

/** Any element that a gate may hold (scripts and embeds gated on a category). */
export const GATED = '[data-cookie-category]';

/** The sessionStorage entry a page reloaded after a withdrawal reads (reload-memo.ts). */
export const RELOAD_MEMO_KEY = 'cookie-consent:reloaded';

/** Whether this page was reloaded after a withdrawal: the effects then say so and restore the focus. */
export function reloadedAfterWithdrawal(): boolean {
  try {
    return sessionStorage.getItem(RELOAD_MEMO_KEY) !== null;
  } catch {
    return false;
  }
}

/** What the effects need from `<cookie-consent>`: its public API only. */
export interface EffectsHost extends ReactiveControllerHost, HTMLElement {
  readonly consent: ConsentMap | null;
  save(consent: Partial<ConsentMap>): Promise<void>;
  showPreferences(opener?: HTMLElement): Promise<void>;
  readonly reloadOnWithdraw: boolean;
  readonly noReloadOnWithdraw: boolean;
  readonly ignoreGpc: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
}
