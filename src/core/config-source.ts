// Reading a configuration given to an element, for code outside the elements (the npm core
// entry): the same reading as the elements' config-load.ts, completed at once with what this
// entry carries: the catalogue of services, the built-in configuration and the problems' texts.
import * as builtIn from './built-in.js';
import {catalogue} from '../catalogue/catalogue.js';
import {completeConfig} from './config-check.js';
import {describeProblems} from './config-issues.js';
import {finishConfig} from './digest.js';
import {inlineInput, inspectSource, srcInput, type SourceInput} from './config-load.js';
import type {LoadedConfig} from './defaults.js';
import {expandServices} from './services.js';

export {configScript, type ConfigSource, type LoadedConfig} from './defaults.js';
export {builtInConfig} from './built-in.js';

function complete(read: SourceInput): LoadedConfig {
  const expanded = expandServices(read.input, catalogue, () => builtIn.defaultConfig().cookies);
  const inspected = inspectSource({...read, input: expanded.config});
  const completed = completeConfig(inspected, builtIn);
  finishConfig(completed.config, expanded.services);
  return {
    ...completed,
    issues: [...expanded.issues, ...describeProblems(inspected.problems)],
    source: read.source,
  };
}

/**
 * The configuration that can be had without waiting: the `config` property, else the child
 * JSON script. Returns `null` when neither is given (the `src` attribute or the default decide).
 */
export function readInlineConfig(element: Element, property: unknown): LoadedConfig | null {
  const read = inlineInput(element, property);
  return read && complete(read);
}

/** Fetches and checks the configuration file named by a `src` attribute. Never throws but when aborted. */
export async function fetchConfig(src: string, signal?: AbortSignal): Promise<LoadedConfig> {
  return complete(await srcInput(src, signal));
}
