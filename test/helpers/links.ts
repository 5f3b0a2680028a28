// Addresses written to slip past a check by pattern: each must be refused, or be a link that the
// browser parses to http(s). `SCRIPT_LINKS` are the ones that would run or show something
// else: all of them must be refused.

/** `javascript:`, `data:` and `vbscript:` addresses in the disguises the URL parser undoes. */
export const SCRIPT_LINKS: readonly string[] = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  '\tjavascript:alert(1)',
  '\njavascript:alert(1)',
  'java\nscript:alert(1)',
  'java\tscript:alert(1)',
  'java\rscript:alert(1)',
  'j\ta\nv\ra\tscript:alert(1)',
  'javascript\n:alert(1)',
  'javascript:alert(1)\n',
  '\u0000javascript:alert(1)',
  '\u0001javascript:alert(1)',
  '\u0008javascript:alert(1)',
  '\u001fjavascript:alert(1)',
  '\u0001\u0002\u0003 \t\njava\tscript:alert(1)',
  'javascript://%0aalert(1)',
  'javascript:/\\evil.test/%0aalert(1)',
  'javascript://evil.test/%0aalert(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  ' d\na\tta:text/html,x',
  '\u0000data:text/html,x',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'vb\tscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://site.invalid/1',
  'about:blank',
  'mailto:dpo@example.fr',
  'ftp://example.fr/',
  'ws://example.fr/',
  '\u0001',
  ' \t\n',
  '',
];

/**
 * The whole corpus: the above, and texts that are harmless once parsed (relative paths that
 * look like schemes, other hosts, http(s) without slashes).
 */
export const LINK_CORPUS: readonly string[] = [
  ...SCRIPT_LINKS,
  '&#106;avascript:alert(1)',
  'javascript&colon;alert(1)',
  '&#x6A;avascript&#x3A;alert(1)',
  'jav&#x09;ascript:alert(1)',
  '%6Aavascript:alert(1)',
  'javascript%3Aalert(1)',
  '\u00a0javascript:alert(1)',
  '\u2028javascript:alert(1)',
  'ｊavascript:alert(1)',
  './javascript:alert(1)',
  '/javascript:alert(1)',
  '//evil.test/',
  '/\\evil.test/',
  '\\\\evil.test/',
  '\\/evil.test/',
  '/\t/evil.test/',
  '\u0001//evil.test/',
  'https:evil.test',
  'https:/evil.test',
  'http:\\\\evil.test',
  'HTTPS://example.fr/cookies',
  ' https://example.fr/cookies ',
  'https://example.fr/\njavascript:alert(1)',
  '/cookies',
  'cookies.html',
];

/** The protocol an `<a href>` of this page gets from `href`. */
export function parsedProtocol(href: string): string {
  const a = document.createElement('a');
  a.setAttribute('href', href);
  return a.protocol;
}
