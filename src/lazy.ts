import type {CSSResult} from 'lit';

/**
 * A module loaded on its first use and shared by every element of the page (in the browser
 * bundle, a chunk). The returned function runs `use` at once when the module is already there,
 * else once it is loaded, in the order of the calls; it returns what `use` returns (or a
 * promise of it).
 */
export function lazy<T>(load: () => Promise<T>) {
  let module: T | undefined;
  let loading: Promise<T> | undefined;
  return <R>(use: (m: T) => R): R | Promise<R> =>
    module ? use(module) : (loading ??= load().then((m) => (module = m))).then(use);
}

/**
 * Adds the styles of a part loaded late (a dialog, a notice) to a shadow root, after the
 * element's own: as a constructed stylesheet (no `style-src 'unsafe-inline'` needed), else,
 * in a browser without them, as a `<style>` element.
 */
export function adoptLate(root: ShadowRoot, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  if (sheet) {
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } else {
    const style = document.createElement('style');
    style.textContent = styles.cssText;
    root.append(style);
  }
}
