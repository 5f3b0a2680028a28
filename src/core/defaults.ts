// The small helpers the elements need before any check. The built-in configuration is in
// built-in.ts (its texts are loaded only when shown); checking a site owner's configuration
// (config.ts) is heavier and loaded only when one is given.
import type {ConfigIssue, ConsentConfig} from './types.js';

export interface ConfigResult {
  /** A usable configuration: the given one where valid, harmless defaults elsewhere. */
  config: ConsentConfig;
  /** What was wrong, each with the path of the faulty field. Empty for a valid configuration. */
  issues: ConfigIssue[];
  /** `true` when the configuration was unusable as a whole and the built-in one stands in. */
  fallback: boolean;
  /** What a complete cookie policy holds but the configuration lacks (no `controller`): kept all the same. */
  warnings?: ConfigIssue[];
}

/** Where a configuration came from, strongest first. */
export type ConfigSource = 'property' | 'script' | 'src' | 'default';

export interface LoadedConfig extends ConfigResult {
  source: ConfigSource;
}

// The link checks live in links.ts (the checks and the charter use them, not the banner).
export {isHttpUrl, isSafeLink} from './links.js';

/** The child `<script type="application/json">` of an element, if any. */
export function configScript(element: Element): HTMLScriptElement | null {
  for (const child of Array.from(element.children)) {
    if (child instanceof HTMLScriptElement && child.type.trim().toLowerCase() === 'application/json') return child;
  }
  return null;
}
