// Reading a configuration given to an element, for code outside the elements (the npm core
// entry): the same reading as the elements' config-load.ts, completed at once with the
// built-in configuration and the problems' texts, which this entry carries.
import * as builtIn from './built-in.js';
import {completeConfig} from './config-check.js';
import {describeProblems} from './config-issues.js';
import {inspectInline, inspectSrc, type InspectedSource} from './config-load.js';
import type {LoadedConfig} from './defaults.js';

export {configScript, type ConfigSource, type LoadedConfig} from './defaults.js';
export {builtInConfig} from './built-in.js';

const complete = ({inspected, source}: InspectedSource): LoadedConfig => ({
  ...completeConfig(inspected, builtIn),
  issues: describeProblems(inspected.problems),
  source,
});

/**
 * The configuration that can be had without waiting: the `config` property, else the child
 * JSON script. Returns `null` when neither is given (the `src` attribute or the default decide).
 */
export function readInlineConfig(element: Element, property: unknown): LoadedConfig | null {
  const read = inspectInline(element, property);
  return read && complete(read);
}

/** Fetches and checks the configuration file named by a `src` attribute. Never throws but when aborted. */
export async function fetchConfig(src: string, signal?: AbortSignal): Promise<LoadedConfig> {
  return complete(await inspectSrc(src, signal));
}
