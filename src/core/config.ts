// Checking a configuration, for code outside the elements (the npm core entry): the check,
// completed at once with the built-in configuration and the problems' texts.
import {completeConfig, inspectConfig, type BuiltInConfigs} from './config-check.js';
import {describeProblems} from './config-issues.js';
import {defaultConfig, fallbackConfig} from './built-in.js';
import type {ConfigResult} from './defaults.js';
import {finishConfig} from './digest.js';
import {expandServices} from './services.js';
import type {CatalogueService} from '../catalogue/types.js';
import type {Lang, ResolvedService} from './types.js';
import {addOpendatasoftTexts} from '../presets/opendatasoft.js';
import {texts as en} from '../presets/opendatasoft.en.js';
import {texts as de} from '../presets/opendatasoft.de.js';
import {texts as es} from '../presets/opendatasoft.es.js';
import {texts as it} from '../presets/opendatasoft.it.js';
import {texts as nl} from '../presets/opendatasoft.nl.js';

// Code that reads configurations outside the elements (the npm core entry, the static export)
// loads no language on demand: it has the built-in configuration's texts in every language.
// (The elements and the browser bundle never import this module: they load a language's
// texts when they first speak it.)
for (const [lang, texts] of Object.entries({en, de, es, it, nl})) addOpendatasoftTexts(lang as Lang, texts);

export {
  completeConfig,
  configWarnings,
  describeWarnings,
  inspectConfig,
  DEFAULT_MAX_AGE_DAYS,
  MAX_MAX_AGE_DAYS,
  type BuiltInConfigs,
  type CompletedConfig,
  type InspectedConfig,
} from './config-check.js';
export {describeIssues, describeProblems, type ConfigProblem, type ProblemCode} from './config-issues.js';
export {isSafeLink, type ConfigResult} from './defaults.js';
export {defaultConfig, fallbackConfig} from './built-in.js';

/**
 * Checks a configuration with the built-in configuration in full given by `builtIn`:
 * `inspectConfig`, then `completeConfig`, the problems described, what it lacks in `warnings`.
 * `services` are those `expandServices` applied to the input (kept as the configuration's
 * `services`); with `"revision": "auto"`, the revision is then made from the declaration's digest.
 */
export function checkConfig(input: unknown, builtIn: BuiltInConfigs, services: ResolvedService[] = []): ConfigResult {
  const inspected = inspectConfig(input);
  const completed = completeConfig(inspected, builtIn);
  finishConfig(completed.config, services);
  return {...completed, issues: describeProblems(inspected.problems), warnings: inspected.warnings};
}

/**
 * Checks a configuration as the elements read it: the services it names become their
 * declarations (`expandServices`, with `catalogue`), then `validateConfig`. The static export
 * and `cookie-charter digest` read configurations this way.
 */
export function validateConfigWithServices(input: unknown, catalogue: readonly CatalogueService[]): ConfigResult {
  const expanded = expandServices(input, catalogue, () => defaultConfig().cookies);
  const checked = checkConfig(expanded.config, {defaultConfig, fallbackConfig}, expanded.services);
  checked.issues.unshift(...expanded.issues);
  return checked;
}

/**
 * Checks a configuration given by a site owner and returns a usable one. Nothing throws:
 * a faulty optional field is dropped or replaced by its default, a faulty cookie or category
 * entry is left out, and a configuration without a usable category list is replaced by the
 * built-in one. Every problem is reported with the path of its field.
 */
export function validateConfig(input: unknown): ConfigResult {
  return checkConfig(input, {defaultConfig, fallbackConfig});
}
