import type {Lang, LocalizedText} from './types.js';

/** The languages the elements have texts for, source language first. */
export const LANGS: readonly Lang[] = ['fr', 'en', 'de', 'es', 'it', 'nl'];
export const SOURCE_LANG: Lang = 'fr';

/**
 * Picks the text for `lang` from a configuration text. A plain string is returned as it is. A
 * map gives, in this order: its text in `lang`; for a text of the built-in configuration, its
 * translation (`pickText.translate`); its first language, the first key written in the JSON
 * (object keys keep their order, numeric keys aside, and no language code is numeric); French.
 */
export function pickText(text: LocalizedText | undefined, lang: Lang): string {
  if (text === undefined || text === null) return '';
  if (typeof text === 'string') return text;
  return text[lang] || pickText.translate?.(text, lang) || Object.values(text)[0] || text[SOURCE_LANG] || '';
}

/**
 * @internal Translates a text of the built-in configuration, a map whose French text is one of
 * its texts: the built-in configuration is written in French, and its texts in the other
 * languages are translations, like the elements' fixed texts (presets/opendatasoft.*.ts). Set by
 * the built-in configuration when it loads; `undefined` for any other text, or while the
 * language's translations load (a `lit-localize-status` "ready" event follows). So a page
 * downloads the languages it shows only, and the configuration, what a proof of consent
 * digests, is the same in every language.
 */
pickText.translate = undefined as ((text: {[lang: string]: string}, lang: Lang) => string | undefined) | undefined;
