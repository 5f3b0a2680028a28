// The browser bundle's localization (in place of src/localization.ts): its @lit/localize
// stand-in (./localize.ts) holds the texts, so there is nothing to configure; a language's
// texts are loaded when an element first speaks it, then announced with @lit/localize's
// `lit-localize-status` "ready" event, which makes the elements render again. (Nothing in the
// bundle listens for "loading" or "error": a failure goes to the console.)
import type {Lang} from '../core/types.js';
import {status, useTemplates} from './localize.js';

/** One loader per target language: a language's texts are downloaded only when it is used. */
const loaders: Partial<Record<Lang, () => Promise<{templates: Parameters<typeof useTemplates>[0]}>>> = {
  en: () => import('../generated/locales/en.js'),
  de: () => import('../generated/locales/de.js'),
  es: () => import('../generated/locales/es.js'),
  it: () => import('../generated/locales/it.js'),
  nl: () => import('../generated/locales/nl.js'),
};

/** The language asked for last (the page speaks French until an element asks for another). */
let wanted: Lang = 'fr';

/** Nothing to set up in the bundle (src/localization.ts configures @lit/localize). */
export function installLocalization(): void {}

/** Asks for the language an element speaks; the last language asked for wins. */
export function requestLocale(lang: Lang): void {
  if (lang === wanted) return;
  wanted = lang;
  // French, the source language, has no loader: its texts are the messages themselves.
  Promise.resolve(loaders[lang]?.()).then(
    (module) => {
      if (wanted !== lang) return;
      useTemplates(module?.templates);
      status({status: 'ready', readyLocale: lang});
    },
    (error: unknown) => console.error('cookie-consent:', error)
  );
}
