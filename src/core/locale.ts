import {LANGS, SOURCE_LANG} from './text.js';
import type {Lang} from './types.js';

/**
 * Normalises a BCP 47 tag to a language the elements have texts for: `fr-FR` → `fr`,
 * `EN_gb` → `en`. Returns `null` for an empty tag or a language without translation.
 */
export function normalizeLang(tag: string | null | undefined): Lang | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] as Lang;
  return LANGS.includes(primary) ? primary : null;
}

/** The `lang` of the element or of its nearest ancestor, crossing shadow roots. */
export function declaredLang(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}

/**
 * The language an element speaks: its `lang`, else its nearest ancestor's (up to `<html>`),
 * else the browser's; a language without translation, or none at all, gives French.
 */
export function resolveLang(element: Element): Lang {
  const declared = declaredLang(element)?.trim();
  const browser = typeof navigator !== 'undefined' ? (navigator.languages?.[0] ?? navigator.language) : null;
  return normalizeLang(declared || browser) ?? SOURCE_LANG;
}

type LangListener = () => void;
const langListeners = new Set<LangListener>();
let observing = false;

/**
 * Calls `listener` whenever a `lang` attribute changes anywhere in the document; returns what
 * stops it. One observer serves every element for the page's life (`lang` rarely changes: it
 * costs nothing while no element listens).
 */
export function onLangChange(listener: LangListener): () => void {
  langListeners.add(listener);
  // Outside a browser (server-side rendering), there is nothing to observe.
  if (!observing && globalThis.MutationObserver && globalThis.document) {
    observing = true;
    new MutationObserver(() => langListeners.forEach((l) => l())).observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }
  return () => langListeners.delete(listener);
}
