import {validateConfig} from './config.js';
import {fallbackConfig} from './built-in.js';
import {configScript, type ConfigSource, type LoadedConfig} from './defaults.js';

export {configScript, type ConfigSource, type LoadedConfig} from './defaults.js';
export {builtInConfig} from './built-in.js';

function parseJson(text: string, source: ConfigSource): LoadedConfig {
  try {
    return {...validateConfig(JSON.parse(text)), source};
  } catch (error) {
    return {
      config: fallbackConfig(),
      issues: [{path: '(root)', message: `not valid JSON (${(error as Error).message})`}],
      fallback: true,
      source,
    };
  }
}

/**
 * The configuration that can be had without waiting: the `config` property, else the child
 * JSON script. Returns `null` when neither is given (the `src` attribute or the default decide).
 */
export function readInlineConfig(element: Element, property: unknown): LoadedConfig | null {
  if (property !== undefined && property !== null) return {...validateConfig(property), source: 'property'};
  const script = configScript(element);
  if (script) return parseJson(script.textContent ?? '', 'script');
  return null;
}

/** Fetches and checks the configuration file named by a `src` attribute. Never throws. */
export async function fetchConfig(src: string, signal?: AbortSignal): Promise<LoadedConfig> {
  let response: Response;
  try {
    response = await fetch(src, {credentials: 'same-origin', signal, headers: {Accept: 'application/json'}});
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    return failed(`could not fetch "${src}" (${(error as Error).message})`);
  }
  if (!response.ok) return failed(`could not fetch "${src}" (HTTP ${response.status})`);
  return parseJson(await response.text(), 'src');
}

function failed(message: string): LoadedConfig {
  return {config: fallbackConfig(), issues: [{path: 'src', message}], fallback: true, source: 'src'};
}
