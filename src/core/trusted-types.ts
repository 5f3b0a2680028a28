/** The name of the Trusted Types policy the elements create (allow it in `trusted-types`). */
export const TRUSTED_TYPES_POLICY = 'cookie-consent';

/** The part of a Trusted Types policy the gates use. */
export interface ScriptPolicy {
  createScript(text: string): unknown;
  createScriptURL(url: string): unknown;
}

const KEY = Symbol.for('cookie-consent.trusted-types-policy');
type Holder = {[KEY]?: ScriptPolicy | null};

interface TrustedTypesFactory {
  createPolicy(
    name: string,
    rules: {createScript(s: string): string; createScriptURL(s: string): string}
  ): ScriptPolicy;
}

/**
 * The page's `cookie-consent` policy, created once per page, or `null` where the browser has no
 * Trusted Types (plain strings are then fine). The policy passes through the text and address
 * of scripts the page itself marked for gating: it adds no new source of script, it only lets
 * the page's own gated scripts through once consent is given. When the page's CSP does not
 * allow the name, creating it fails and is reported once; gated scripts then cannot run.
 */
export function scriptPolicy(): ScriptPolicy | null {
  const holder = globalThis as Holder;
  if (holder[KEY] !== undefined) return holder[KEY]!;
  const factory = (globalThis as {trustedTypes?: TrustedTypesFactory}).trustedTypes;
  let policy: ScriptPolicy | null = null;
  if (factory && typeof factory.createPolicy === 'function') {
    try {
      policy = factory.createPolicy(TRUSTED_TYPES_POLICY, {
        createScript: (s) => s,
        createScriptURL: (s) => s,
      });
    } catch (error) {
      console.error(
        `cookie-consent: could not create the Trusted Types policy "${TRUSTED_TYPES_POLICY}"; allow it in the page's CSP (trusted-types ${TRUSTED_TYPES_POLICY}).`,
        error
      );
    }
  }
  holder[KEY] = policy;
  return policy;
}
