// The built-in configuration (the seed's Opendatasoft charter) in full, texts included. In the
// browser bundle a chunk: the banner shows with its skeleton (presets/opendatasoft-core.ts).
import {loadOpendatasoftTexts, opendatasoftPreset} from '../presets/opendatasoft.js';
import type {LoadedConfig} from './defaults.js';
import type {ConsentConfig, Lang} from './types.js';

export {opendatasoftTextsLoading as builtInTextsLoading} from '../presets/opendatasoft.js';

/** A deep copy of the built-in configuration (the seed's Opendatasoft charter). */
export function defaultConfig(): ConsentConfig {
  return structuredClone(opendatasoftPreset);
}

/**
 * What stands in for a configuration that cannot be used: the seed's four categories, so that
 * the visitor is still asked and nothing is granted, but no cookie list (the built-in one
 * describes an Opendatasoft portal, not necessarily this site) and the current host as name.
 */
export function fallbackConfig(): ConsentConfig {
  const config = defaultConfig();
  config.cookies = [];
  config.site = {name: typeof location !== 'undefined' && location.hostname ? location.hostname : ''};
  return config;
}

/** The built-in configuration, used when nothing else is given. */
export function builtInConfig(): LoadedConfig {
  return {config: defaultConfig(), issues: [], fallback: false, source: 'default'};
}

/**
 * The built-in configuration (or, with `fallback`, what stands in for an unusable one), once
 * its texts in `lang` are there: what `<cookie-consent>` shows in its dialog and placeholders.
 */
export async function builtInFor(lang: Lang, fallback: boolean): Promise<ConsentConfig> {
  await loadOpendatasoftTexts(lang);
  return fallback ? fallbackConfig() : defaultConfig();
}
