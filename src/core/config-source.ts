// Reading a configuration given to an element, for code outside the elements (the npm core
// entry): the same checks as the elements' config-load.ts, with the built-in configuration
// loaded up front so that an inline configuration is read at once.
import * as builtIn from './built-in.js';
import * as load from './config-load.js';
import type {LoadedConfig} from './defaults.js';

load.provideBuiltIn(builtIn);

export {configScript, type ConfigSource, type LoadedConfig} from './defaults.js';
export {builtInConfig} from './built-in.js';

/**
 * The configuration that can be had without waiting: the `config` property, else the child
 * JSON script. Returns `null` when neither is given (the `src` attribute or the default decide).
 */
export function readInlineConfig(element: Element, property: unknown): LoadedConfig | null {
  // With the built-in configuration provided, the check never waits.
  return load.readInlineConfig(element, property) as LoadedConfig | null;
}

/** Fetches and checks the configuration file named by a `src` attribute. Never throws but when aborted. */
export async function fetchConfig(src: string, signal?: AbortSignal): Promise<LoadedConfig> {
  return load.fetchConfig(src, signal);
}
