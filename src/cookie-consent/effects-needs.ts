// What the element and its effects (effects.ts) both need to know about a configuration and the
// page: which effects it asks for. In the bundle's entry; the effects themselves are a chunk.
import type {ReactiveControllerHost} from 'lit';
import type {ConsentConfig, ConsentMap} from '../core/types.js';

/** Any element that a gate may hold (scripts and embeds gated on a category). */
export const GATED = '[data-cookie-category]';

/** What the effects need from `<cookie-consent>`: its public API only. */
export interface EffectsHost extends ReactiveControllerHost, HTMLElement {
  readonly consent: ConsentMap | null;
  save(consent: Partial<ConsentMap>): Promise<void>;
  showPreferences(opener?: HTMLElement): Promise<void>;
  readonly reloadOnWithdraw: boolean;
  readonly ignoreGpc: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * Whether the configuration asks for effects from the start: an integration's default, a
 * cleanup of what the optional categories may have left (cookies or storage keys declared for
 * one), a proof endpoint. `null` (the built-in configuration's skeleton) asks for none.
 */
export function needsEffects(config: ConsentConfig | null): boolean {
  if (!config) return false;
  const {proof, integrations, cookies, storage = [], categories} = config;
  return (
    !!(proof || integrations?.googleConsentMode?.enabled || integrations?.matomo?.enabled) ||
    [...cookies, ...storage].some((d) => categories.some((c) => c.id === d.category && !c.required))
  );
}
