// What the element and its effects (effects.ts) both need to know about a configuration and the
// page: which effects it asks for. In the bundle's entry; the effects themselves are a chunk.
import type {ReactiveControllerHost} from 'lit';
import type {ConsentConfig, ConsentMap} from '../core/types.js';

/** Any element that a gate may hold (scripts and embeds gated on a category). */
export const GATED = '[data-cookie-category]';

/** What the effects need from `<cookie-consent>`: its public API only. */
export interface EffectsHost extends ReactiveControllerHost, HTMLElement {
  readonly consent: ConsentMap | null;
  save(consent: Partial<ConsentMap>): void;
  showPreferences(opener?: HTMLElement): void;
  reloadOnWithdraw: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** The optional categories a consent map does not grant (all of them when there is no decision). */
export function refusedCategories(config: ConsentConfig, consent: ConsentMap | null): string[] {
  return config.categories.filter((c) => !c.required && consent?.[c.id] !== true).map((c) => c.id);
}

/** Which integrations a configuration enables. */
export function integrations(config: ConsentConfig) {
  return {gcm: !!config.integrations?.googleConsentMode?.enabled, matomo: !!config.integrations?.matomo?.enabled};
}

/** Whether the configuration declares cookies or storage keys to delete for one of these categories. */
export function declaresRemovable(config: ConsentConfig, categoryIds: string[]): boolean {
  return [...config.cookies, ...(config.storage ?? [])].some((d) => categoryIds.includes(d.category));
}

/**
 * Whether the configuration asks for effects from the start: an integration's default, a
 * cleanup of what the optional categories may have left, a proof endpoint.
 */
export function needsEffects(config: ConsentConfig): boolean {
  const {gcm, matomo} = integrations(config);
  return !!config.proof || gcm || matomo || declaresRemovable(config, refusedCategories(config, {}));
}
