import {configureLocalization} from '@lit/localize';
import {sourceLocale, targetLocales} from './generated/locale-codes.js';
import type {Lang} from './core/types.js';

/** One loader per target language: a language's texts are downloaded only when it is used. */
const loaders = {
  en: () => import('./generated/locales/en.js'),
  de: () => import('./generated/locales/de.js'),
  es: () => import('./generated/locales/es.js'),
  it: () => import('./generated/locales/it.js'),
  nl: () => import('./generated/locales/nl.js'),
};

type Localization = ReturnType<typeof configureLocalization>;
const KEY = Symbol.for('cookie-charter.localization');
type Holder = {[KEY]?: Localization | 'foreign'};

/**
 * Sets up @lit/localize for the elements: French built in, other languages loaded on demand.
 * `configureLocalization` may run only once per page, so this runs once per page whatever
 * the number of copies of the elements, and an application that already configured
 * @lit/localize itself keeps its setup (the elements then follow the application's locale).
 */
export function installLocalization(): void {
  const holder = globalThis as Holder;
  if (holder[KEY]) return;
  try {
    holder[KEY] = configureLocalization({
      sourceLocale,
      targetLocales,
      loadLocale: (locale) => loaders[locale as keyof typeof loaders](),
    });
  } catch {
    holder[KEY] = 'foreign';
  }
}

/** Asks for the language an element speaks, when the elements own the page's localization. */
export function requestLocale(lang: Lang): void {
  const localization = (globalThis as Holder)[KEY];
  if (!localization || localization === 'foreign') return;
  if (localization.getLocale() !== lang) {
    localization.setLocale(lang).catch((error: unknown) => {
      console.error(`cookie elements: could not load the "${lang}" texts`, error);
    });
  }
}
