import {defaultConfig, fallbackConfig, validateConfig, type ConfigResult} from './config.js';

/** Where a configuration came from, strongest first. */
export type ConfigSource = 'property' | 'script' | 'src' | 'default';

export interface LoadedConfig extends ConfigResult {
  source: ConfigSource;
}

/** The child `<script type="application/json">` of an element, if any. */
export function configScript(element: Element): HTMLScriptElement | null {
  for (const child of Array.from(element.children)) {
    if (child instanceof HTMLScriptElement && child.type.trim().toLowerCase() === 'application/json') return child;
  }
  return null;
}

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

/** The built-in configuration, used when nothing else is given. */
export function builtInConfig(): LoadedConfig {
  return {config: defaultConfig(), issues: [], fallback: false, source: 'default'};
}
