/**
 * A declared name or key, exact or with `*` wildcards (`_ga*`, `_pk_id.*`), as a test.
 * Every other character is literal, so `_pk_id.*` does not match `_pk_idX`.
 */
export function namePattern(pattern: string): (name: string) => boolean {
  if (!pattern.includes('*')) return (name) => name === pattern;
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  const re = new RegExp(`^${source}$`);
  return (name) => re.test(name);
}
