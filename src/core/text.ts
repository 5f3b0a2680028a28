import type {Lang, LocalizedText} from './types.js';

/** The languages the elements have texts for, source language first. */
export const LANGS: readonly Lang[] = ['fr', 'en', 'de', 'es', 'it', 'nl'];
export const SOURCE_LANG: Lang = 'fr';

/**
 * Picks the text for `lang` from a configuration text: a plain string is returned as it is;
 * a map falls back to French, then to its first non-empty entry.
 */
export function pickText(text: LocalizedText | undefined, lang: Lang): string {
  if (text === undefined || text === null) return '';
  if (typeof text === 'string') return text;
  return text[lang] || text[SOURCE_LANG] || Object.values(text).find((v) => !!v) || '';
}
