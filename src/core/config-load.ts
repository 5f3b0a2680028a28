// How the elements read a configuration given to them (a chunk of the browser bundle): as
// config-source.ts does, but the built-in configuration's texts and cookies, which a given
// configuration rarely needs (no category list of its own, or unusable), load only then.
import {checkConfig, type BuiltInConfigs} from './config-check.js';
import {configScript, type ConfigSource, type LoadedConfig} from './defaults.js';

let builtIn: typeof import('./built-in.js') | null = null;

/** Hands over the built-in configuration already loaded: every check then runs at once. */
export function provideBuiltIn(module: typeof import('./built-in.js')): void {
  builtIn = module;
}
/** Thrown while checking when the built-in configuration in full is needed and not loaded yet. */
const NEEDED = new Error('the built-in configuration is needed');

/** Runs a check; when it needs the built-in configuration in full, loads it first and runs it again. */
function check(run: (full: BuiltInConfigs) => LoadedConfig): LoadedConfig | Promise<LoadedConfig> {
  const loaded = () => {
    if (!builtIn) throw NEEDED;
    return builtIn;
  };
  const full: BuiltInConfigs = {
    defaultConfig: () => loaded().defaultConfig(),
    fallbackConfig: () => loaded().fallbackConfig(),
  };
  try {
    return run(full);
  } catch (error) {
    if (error !== NEEDED) throw error;
    return import('./built-in.js').then((m) => {
      builtIn = m;
      return run(full);
    });
  }
}

function parseJson(text: string, source: ConfigSource): LoadedConfig | Promise<LoadedConfig> {
  return check((full) => {
    let input: unknown;
    try {
      input = JSON.parse(text);
    } catch (error) {
      return {
        config: full.fallbackConfig(),
        issues: [{path: '(root)', message: `not valid JSON (${(error as Error).message})`}],
        fallback: true,
        source,
      };
    }
    return {...checkConfig(input, full), source};
  });
}

/**
 * The configuration that can be had without fetching: the `config` property, else the child
 * JSON script. Returns `null` when neither is given (the `src` attribute or the default decide).
 */
export function readInlineConfig(element: Element, property: unknown): LoadedConfig | Promise<LoadedConfig> | null {
  if (property !== undefined && property !== null) return check((full) => ({...checkConfig(property, full), source: 'property'}));
  const script = configScript(element);
  if (script) return parseJson(script.textContent ?? '', 'script');
  return null;
}

/** Fetches and checks the configuration file named by a `src` attribute. Never throws but when aborted. */
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

function failed(message: string): LoadedConfig | Promise<LoadedConfig> {
  return check((full) => ({config: full.fallbackConfig(), issues: [{path: 'src', message}], fallback: true, source: 'src'}));
}
