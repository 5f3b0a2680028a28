// Used by chunks only (the dialog, the GPC notice): a module of its own, so that the bundle's
// entry does not carry it.
import type {CSSResult} from 'lit';

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
