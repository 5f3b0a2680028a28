/**
 * Whether the browser sends the Global Privacy Control signal
 * (`navigator.globalPrivacyControl === true`; anything else, or no such property, is no signal).
 */
export function hasGlobalPrivacyControl(
  nav: unknown = typeof navigator !== 'undefined' ? navigator : undefined
): boolean {
  return (nav as {globalPrivacyControl?: unknown} | undefined)?.globalPrivacyControl === true;
}
