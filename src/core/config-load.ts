// How the elements read a configuration given to them (a chunk of the browser bundle): as
// config-source.ts does, but the built-in configuration's texts and cookies, which a given
// configuration rarely needs (no category list of its own, or unusable), load only then.
import {checkConfig, describeIssues, type BuiltInConfigs} from './config-check.js';
import {configScript, type ConfigSource, type LoadedConfig} from './defaults.js';
import type {ConfigIssue} from './types.js';

let builtIn: typeof import('./built-in.js') | null = null;

/** Hands over the built-in configuration already loaded: every check then runs at once. */
export function provideBuiltIn(module: typeof import('./built-in.js')): void {
  builtIn = module;
}
/** Stands for the built-in configuration until it is loaded: what it is asked for, it throws itself. */
const needed = (): never => {
  throw needed;
};
const notLoaded: BuiltInConfigs = {defaultConfig: needed, fallbackConfig: needed};

/**
 * The configuration read from `source`: `input` checked, or, when an `issue` kept it from being
 * read, the fallback. When the check needs the built-in configuration in full, it is loaded
 * first and the check runs again.
 */
function load(source: ConfigSource, input: unknown, issue?: ConfigIssue): LoadedConfig | Promise<LoadedConfig> {
  const run = (full: BuiltInConfigs = builtIn ?? notLoaded): LoadedConfig => ({
    ...(issue ? {config: full.fallbackConfig(), issues: [issue], fallback: true} : checkConfig(input, full)),
    source,
  });
  try {
    return run();
  } catch (error) {
    if (error !== needed) throw error;
    return import('./built-in.js').then((m) => {
      builtIn = m;
      return run();
    });
  }
}

function parseJson(text: string, source: ConfigSource): LoadedConfig | Promise<LoadedConfig> {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return load(source, input, {path: '(root)', message: `not valid JSON (${(error as Error).message})`});
  }
  return load(source, input);
}

/**
 * The configuration that can be had without fetching: the `config` property, else the child
 * JSON script. Returns `null` when neither is given (the `src` attribute or the default decide).
 */
export function readInlineConfig(element: Element, property: unknown): LoadedConfig | Promise<LoadedConfig> | null {
  if (property !== undefined && property !== null) return load('property', property);
  const script = configScript(element);
  if (script) return parseJson(script.textContent ?? '', 'script');
  return null;
}

/** Fetches and checks the configuration file named by a `src` attribute. Never throws but when aborted. */
export async function fetchConfig(src: string, signal?: AbortSignal): Promise<LoadedConfig> {
  const failed = (reason: string) => load('src', null, {path: 'src', message: `could not fetch "${src}" (${reason})`});
  let response: Response;
  try {
    // Cookies go with same-origin requests only: fetch's default `credentials`.
    response = await fetch(src, {signal, headers: {Accept: 'application/json'}});
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    return failed((error as Error).message);
  }
  return response.ok ? parseJson(await response.text(), 'src') : failed(`HTTP ${response.status}`);
}

/**
 * Reads an element's own configuration and hands it to `use` once checked (`null` when the
 * element has none: no `config` property, child JSON script nor `src`), unless `signal` was
 * aborted meanwhile (a newer source). Its issues go to the console, named after the element.
 * Returns a promise while the check waits for a chunk, not while a `src` file is fetched.
 */
export function readConfig(
  element: Element,
  property: unknown,
  src: string | undefined,
  signal: AbortSignal,
  use: (loaded: LoadedConfig | null) => unknown
): unknown {
  const take = (loaded: LoadedConfig | null) => {
    if (signal.aborted) return;
    if (loaded?.issues.length) console.error(describeIssues(element.localName, loaded.source, loaded.issues));
    return use(loaded);
  };
  if (signal.aborted) return;
  const inline = readInlineConfig(element, property);
  if (inline instanceof Promise) return inline.then(take);
  if (inline || !src) return take(inline);
  fetchConfig(src, signal).then(take, () => undefined); // aborted: a newer source is loading
}
