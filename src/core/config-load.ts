// How the elements read a configuration given to them (a chunk of the browser bundle): the
// `config` property, else the child JSON script, else the `src` file, checked by
// config-check.ts. What only some configurations need loads only for them: the built-in
// configuration in full (for one without a category list of its own, or an unusable one) and
// the texts of the problems found (for one that has some).
import {completeConfig, inspectConfig, type InspectedConfig} from './config-check.js';
import type {ProblemCode} from './config-issues.js';
import {configScript, type ConfigSource, type LoadedConfig} from './defaults.js';
import {lazy} from './lazy.js';

const loadBuiltIn = lazy(() => import('./built-in.js'));
const loadIssueTexts = lazy(() => import('./config-issues.js'));

/** What was read from one source, before it is completed. */
export interface InspectedSource {
  inspected: InspectedConfig;
  source: ConfigSource;
}

/** An input that could not be read at all: the fallback stands in, with the reason. */
function unreadable(path: string, code: ProblemCode, detail: string): InspectedConfig {
  return {...inspectConfig(null), problems: [{path, code, detail}]};
}

/** Reads a JSON text as a configuration. */
export function inspectJson(text: string): InspectedConfig {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return unreadable('(root)', 'json', (error as Error).message);
  }
  return inspectConfig(input);
}

/**
 * What can be read without fetching: the `config` property, else the child JSON script.
 * `null` when neither is given (the `src` attribute or the built-in configuration decide).
 */
export function inspectInline(element: Element, property: unknown): InspectedSource | null {
  if (property !== undefined && property !== null) return {inspected: inspectConfig(property), source: 'property'};
  const script = configScript(element);
  return script ? {inspected: inspectJson(script.textContent ?? ''), source: 'script'} : null;
}

/** Fetches and reads the configuration file named by a `src` attribute. Never throws but when aborted. */
export async function inspectSrc(src: string, signal?: AbortSignal): Promise<InspectedSource> {
  const failed = (reason: string): InspectedSource => ({
    inspected: unreadable('src', 'fetch', `"${src}" (${reason})`),
    source: 'src',
  });
  let response: Response;
  try {
    // Cookies go with same-origin requests only: fetch's default `credentials`.
    response = await fetch(src, {signal, headers: {Accept: 'application/json'}});
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    return failed((error as Error).message);
  }
  if (!response.ok) return failed(`HTTP ${response.status}`);
  return {inspected: inspectJson(await response.text()), source: 'src'};
}

/**
 * Reads an element's own configuration: `null` when it has none (no `config` property, child
 * JSON script nor `src`). Its problems go to the console, named after the element. Rejects with
 * an `AbortError` when `signal` is aborted (a newer source).
 */
export async function readConfig(
  element: Element,
  property: unknown,
  src: string | undefined,
  signal: AbortSignal
): Promise<LoadedConfig | null> {
  const read = inspectInline(element, property) ?? (src ? await inspectSrc(src, signal) : null);
  if (!read) return null;
  const {inspected, source} = read;
  const [builtIn, texts] = await Promise.all([
    inspected.needs === 'nothing' ? null : loadBuiltIn(),
    inspected.problems.length ? loadIssueTexts() : null,
  ]);
  signal.throwIfAborted();
  const issues = texts ? texts.describeProblems(inspected.problems) : [];
  if (texts) console.error(texts.describeIssues(element.localName, source, issues));
  return {...completeConfig(inspected, builtIn), issues, source};
}
