/**
 * The strictest Content-Security-Policy the elements run under, as the standalone page
 * `pages/strict-csp.html` declares it. Each directive is the least the page needs:
 * - `script-src 'self'`: the bundle and the chunk of English texts it imports on demand;
 *   no inline script, no `eval`.
 * - `style-src 'self'`: the page's own stylesheet. The elements' styles are constructable
 *   stylesheets (`adoptedStyleSheets`), which CSP does not block; no `style` attribute.
 * - `connect-src 'self'`: only for a configuration given with the `src` attribute.
 * - `require-trusted-types-for 'script'; trusted-types lit-html`: Lit creates one Trusted
 *   Types policy, named `lit-html`, and no other sink is written.
 */
export const strictPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');
