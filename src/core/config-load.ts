// How the elements read a configuration given to them (a chunk of the browser bundle): the
// `config` property, else the child JSON script, else the `src` file, checked by
// config-check.ts. What only some configurations need loads only for them: the catalogue of
// services (for one that names services), the built-in configuration in full (for one without
// a category list of its own, or an unusable one) and the texts of the problems found (for one
// that has some).
import {completeConfig, describeWarnings, inspectConfig, namesServices, type InspectedConfig} from './config-check.js';
import type {ConfigProblem} from './config-issues.js';
import {documentCookieJar} from './cookie-jar.js';
import {configScript, type ConfigSource, type LoadedConfig} from './defaults.js';
import {lazy} from './lazy.js';
import type {ConfigIssue, ConsentConfig, ResolvedService} from './types.js';

const loadBuiltIn = lazy(() => import('./built-in.js'));
const loadIssueTexts = lazy(() => import('./config-issues.js'));
const loadServices = lazy(() => Promise.all([import('./services.js'), import('../catalogue/catalogue.js')]));
/** The declaration's digest: for a configuration that names services or asks for `"revision": "auto"`. */
const loadDigest = lazy(() => import('./digest.js'));

/** What one source gave: its input, or the problem that kept it from being read. */
export interface SourceInput {
  source: ConfigSource;
  input?: unknown;
  /** The source could not be read (invalid JSON, a failed fetch): the fallback stands in. */
  unreadable?: ConfigProblem;
}

/** Reads a JSON text. */
function parse(text: string, source: ConfigSource): SourceInput {
  try {
    return {source, input: JSON.parse(text)};
  } catch (error) {
    return {source, unreadable: {path: '(root)', code: 'json', detail: (error as Error).message}};
  }
}

/**
 * What can be read without fetching: the `config` property, else the child JSON script.
 * `null` when neither is given (the `src` attribute or the built-in configuration decide).
 */
export function inlineInput(element: Element, property: unknown): SourceInput | null {
  if (property !== undefined && property !== null) return {source: 'property', input: property};
  const script = configScript(element);
  return script ? parse(script.textContent ?? '', 'script') : null;
}

/** How long a `src` server may take to answer before the fallback configuration stands, in ms. */
export const SRC_TIMEOUT_MS = 8000;

/**
 * Fetches the configuration file named by a `src` attribute. Never throws but when `signal` is
 * aborted (a newer source). A server that does not answer within `timeout` ms (tests pass a
 * shorter one) gives a fetch problem, so that the banner shows with the fallback configuration.
 */
export async function srcInput(src: string, signal?: AbortSignal, timeout = SRC_TIMEOUT_MS): Promise<SourceInput> {
  const failed = (reason: string): SourceInput => ({
    source: 'src',
    unreadable: {path: 'src', code: 'fetch', detail: `"${src}" (${reason})`},
  });
  // One controller for both: `AbortSignal.any` is missing from older browsers (Safari < 17.4).
  const both = new AbortController();
  const timer = setTimeout(() => both.abort(new DOMException('timeout', 'TimeoutError')), timeout);
  const stop = () => both.abort(signal!.reason);
  signal?.addEventListener('abort', stop);
  if (signal?.aborted) stop();
  try {
    // Cookies go with same-origin requests only: fetch's default `credentials`.
    const response = await fetch(src, {signal: both.signal, headers: {Accept: 'application/json'}});
    return response.ok ? parse(await response.text(), 'src') : failed(`HTTP ${response.status}`);
  } catch (error) {
    if (signal?.aborted) throw error;
    return failed(both.signal.aborted ? `no answer within ${timeout / 1000} s` : (error as Error).message);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', stop);
  }
}

/** Inspects what a source gave; an unreadable source gives the fallback, with its problem. */
export function inspectSource({input, unreadable}: SourceInput): InspectedConfig {
  return unreadable ? {...inspectConfig(null), problems: [unreadable]} : inspectConfig(input);
}

/**
 * Reads an element's own configuration: `null` when it has none (no `config` property, child
 * JSON script nor `src`). Its problems go to the console as an error, what it lacks as a
 * warning, named after the element. Rejects with
 * an `AbortError` when `signal` is aborted (a newer source).
 */
export async function readConfig(
  element: Element,
  property: unknown,
  src: string | undefined,
  signal: AbortSignal,
  timeout?: number
): Promise<LoadedConfig | null> {
  const read = inlineInput(element, property) ?? (src ? await srcInput(src, signal, timeout) : null);
  if (!read) return null;
  // Services named by the configuration become its declarations first.
  let serviceIssues: ConfigIssue[] = [];
  let services: ResolvedService[] = [];
  if (namesServices(read.input)) {
    const [[{expandServices}, {catalogue}], builtIn] = await Promise.all([loadServices(), loadBuiltIn()]);
    const expanded = expandServices(read.input, catalogue, () => builtIn.defaultConfig().cookies);
    read.input = expanded.config;
    serviceIssues = expanded.issues;
    services = expanded.services;
  }
  const inspected = inspectSource(read);
  const [builtIn, texts, digest] = await Promise.all([
    inspected.needs === 'nothing' ? null : loadBuiltIn(),
    inspected.problems.length || serviceIssues.length ? loadIssueTexts() : null,
    // The services kept and an automatic revision made (`finishConfig`).
    services.length || `${inspected.config.revision}` == 'auto' ? loadDigest() : null,
  ]);
  signal.throwIfAborted();
  const issues = texts ? [...serviceIssues, ...texts.describeProblems(inspected.problems)] : [];
  if (texts) console.error(texts.describeIssues(element.localName, read.source, issues));
  const {warnings} = inspected;
  if (warnings.length) console.warn(describeWarnings(element.localName, read.source, warnings));
  const completed = completeConfig(inspected, builtIn);
  digest?.finishConfig(completed.config, services);
  return {...completed, issues, warnings, source: read.source};
}

/**
 * Whether a configuration asks for effects from the start: an integration's default, a cleanup
 * of what the optional categories may have left (cookies or storage keys declared for one), a
 * proof endpoint, the changes a returning visitor asked again is shown (a history, and a
 * decision stored for another version). (The built-in configuration asks for none.)
 */
export function needsEffects({
  proof,
  integrations,
  cookies,
  storage = [],
  categories,
  history,
  cookie,
}: ConsentConfig): boolean {
  return (
    !!(proof || integrations?.googleConsentMode?.enabled || integrations?.matomo?.enabled) ||
    [...cookies, ...storage].some((d) => categories.some((c) => c.id === d.category && !c.required)) ||
    !!(history && documentCookieJar.readAll(cookie.name)[0])
  );
}
