// The Trusted Types policy through which the gates hand the page's gated scripts over to the
// browser. It is closed: it lives in this module only (nothing exports it, nothing puts it on
// the page's globals), and it converts nothing but the text or the address of the one gated
// script being handed over, once, at the gate's call. Even a script of the page that got hold
// of the policy object (by wrapping `trustedTypes.createPolicy` before it was created, say)
// could not turn a string of its own into a trusted script with it.

/** The name of the Trusted Types policy the elements create (allow it in `trusted-types`). */
export const TRUSTED_TYPES_POLICY = 'cookie-consent';

interface ScriptPolicy {
  createScript(text: string): unknown;
  createScriptURL(url: string): unknown;
}

interface TrustedTypesFactory {
  createPolicy(
    name: string,
    rules: {createScript(s: string): string; createScriptURL(s: string): string}
  ): ScriptPolicy;
}

/** The policy: `undefined` until first needed, `null` where there is none (no Trusted Types, or refused). */
let policy: ScriptPolicy | null | undefined;

/**
 * What the policy may convert now: the text or the address of the gated script being handed
 * over, read before the conversion; `null` the rest of the time. Used once.
 */
let handing: {kind: 'text' | 'url'; value: string} | null = null;

function allow(kind: 'text' | 'url', value: string): string {
  const expected = handing;
  handing = null;
  if (expected?.kind === kind && expected.value === value) return value;
  throw new TypeError(
    `${TRUSTED_TYPES_POLICY}: this Trusted Types policy only passes the page's gated scripts, as the gate hands them over`
  );
}

/**
 * The page's `cookie-consent` policy, created on first use, or `null` where the browser has no
 * Trusted Types (plain strings are then fine). When the page's CSP does not allow the name
 * (or another script took it first), creating it fails and is reported once; gated scripts
 * then cannot run.
 */
function scriptPolicy(): ScriptPolicy | null {
  if (policy !== undefined) return policy;
  policy = null;
  const factory = (globalThis as {trustedTypes?: TrustedTypesFactory}).trustedTypes;
  if (factory && typeof factory.createPolicy === 'function') {
    try {
      policy = factory.createPolicy(TRUSTED_TYPES_POLICY, {
        createScript: (s) => allow('text', s),
        createScriptURL: (s) => allow('url', s),
      });
    } catch (error) {
      console.error(
        `cookie-consent: could not create the Trusted Types policy "${TRUSTED_TYPES_POLICY}"; allow it in the page's CSP (trusted-types ${TRUSTED_TYPES_POLICY}).`,
        error
      );
    }
  }
  return policy;
}

/** Whether a script carries the page's marks of a gated script: `type="text/plain"` and a category. */
function isMarked(script: HTMLScriptElement): boolean {
  return script.getAttribute('type')?.toLowerCase() === 'text/plain' && script.hasAttribute('data-cookie-category');
}

/**
 * Gives `script`, the real script that takes the place of `gated`, its source: the gated
 * script's address (`data-src`, else `src`) when it has one, else its text; through the policy
 * where the browser enforces Trusted Types. Throws when `gated` is not a script the page marked
 * for gating (or when the page's policies refuse it). `script` runs once inserted.
 */
export function releaseScript(gated: HTMLScriptElement, script: HTMLScriptElement): void {
  if (!isMarked(gated)) throw new TypeError(`${TRUSTED_TYPES_POLICY}: not a gated script`);
  const src = gated.getAttribute('data-src') ?? gated.getAttribute('src');
  const trusted = scriptPolicy();
  try {
    if (src) {
      handing = {kind: 'url', value: src};
      (script as {src: unknown}).src = trusted ? trusted.createScriptURL(src) : src;
    } else {
      const text = gated.text;
      handing = {kind: 'text', value: text};
      (script as {text: unknown}).text = trusted ? trusted.createScript(text) : text;
    }
  } finally {
    handing = null;
  }
}
