import {checkConfig} from './config-check.js';
import {defaultConfig, fallbackConfig} from './built-in.js';
import type {ConfigResult} from './defaults.js';

export {
  checkConfig,
  describeIssues,
  DEFAULT_MAX_AGE_DAYS,
  MAX_MAX_AGE_DAYS,
  type BuiltInConfigs,
} from './config-check.js';
export {isSafeLink, type ConfigResult} from './defaults.js';
export {defaultConfig, fallbackConfig} from './built-in.js';

/**
 * Checks a configuration given by a site owner and returns a usable one. Nothing throws:
 * a faulty optional field is dropped or replaced by its default, a faulty cookie or category
 * entry is left out, and a configuration without a usable category list is replaced by the
 * built-in one. Every problem is reported with the path of its field.
 */
export function validateConfig(input: unknown): ConfigResult {
  return checkConfig(input, {defaultConfig, fallbackConfig});
}
