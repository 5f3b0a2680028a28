// A small stand-in for the @lit/localize runtime, used by the browser bundle only (rollup
// aliases `@lit/localize` to it): the same API and `lit-localize-status` events for what the
// elements use, without what they do not need (ids generated from message hashes, lit-html
// templates as messages). Every message of the elements has an explicit id.
import type {ReactiveControllerHost} from 'lit';

export interface StrResult {
  strings: TemplateStringsArray | string[];
  values: unknown[];
}
type Template = string | StrResult;
type Templates = {[id: string]: Template};

/**
 * `str` tagged template: a message with values (in a translation, `values` are the indices of
 * the source's values). Unlike @lit/localize's, the result has no `strTag` mark: `msg` tells
 * a `str` message from a plain one by its type.
 */
export const str = (strings: TemplateStringsArray, ...values: unknown[]): StrResult => ({strings, values});

/** The strings with the values between them, in the given order (default: as they come). */
const join = (strings: ArrayLike<string>, values: unknown[], order?: unknown[] | false) => {
  let out = strings[0];
  for (let i = 1; i < strings.length; i++) out += String(values[order ? (order[i - 1] as number) : i - 1]) + strings[i];
  return out;
};

let templates: Templates | undefined;

export function msg(template: string, options: {id: string}): string;
export function msg(template: StrResult, options: {id: string}): string;
export function msg(template: Template, options: {id: string}): string {
  // The translation (of the same kind as the source: lit-localize generates them so), else
  // the source. A translated `str` message takes the source's values in its own order.
  const text = templates?.[options.id] ?? template;
  return typeof text === 'string'
    ? text
    : join(text.strings, (template as StrResult).values, text !== template && text.values);
}

const STATUS = 'lit-localize-status';
/** Dispatches a `lit-localize-status` event, as @lit/localize does. */
export const status = (detail: object) => window.dispatchEvent(new CustomEvent(STATUS, {detail}));

/** Makes `msg` use a language's texts (`undefined`: the source language's, French). */
export const useTemplates = (texts: Templates | undefined) => {
  templates = texts;
};

export interface LocalizationConfig {
  sourceLocale: string;
  targetLocales: Iterable<string>;
  loadLocale: (locale: string) => Promise<{templates: Templates}>;
}

/**
 * Unlike @lit/localize's, it neither refuses a second call nor checks the locale against
 * `targetLocales`: in the bundle, its only caller is `installLocalization`, which calls it
 * once per page and asks only for the languages of `LANGS`, all of them target locales.
 */
export function configureLocalization(config: LocalizationConfig) {
  let active = config.sourceLocale;
  let loadingLocale: string | undefined;
  let loading: Promise<void> = Promise.resolve();
  let request = 0;
  const setLocale = (locale: string): Promise<void> => {
    if (locale === (loadingLocale ?? active)) return loading;
    const id = ++request;
    loadingLocale = locale;
    status({status: 'loading', loadingLocale: locale});
    const load = locale === config.sourceLocale ? Promise.resolve({templates: undefined}) : config.loadLocale(locale);
    return (loading = load.then(
      (module) => {
        if (id !== request) return;
        active = locale;
        loadingLocale = undefined;
        templates = module.templates;
        status({status: 'ready', readyLocale: locale});
      },
      (error: unknown) => {
        if (id !== request) return;
        status({status: 'error', errorLocale: locale, errorMessage: String(error)});
        throw error;
      }
    ));
  };
  return {getLocale: () => active, setLocale};
}

/** Class decorator: the element renders again once another language's texts are ready. */
export const localized =
  () =>
  <T extends {addInitializer(init: (host: ReactiveControllerHost & EventTarget) => void): void}>(clazz: T) => {
    clazz.addInitializer((host) => {
      const onStatus = (event: Event) => (event as CustomEvent).detail.status === 'ready' && host.requestUpdate();
      host.addController({
        hostConnected: () => window.addEventListener(STATUS, onStatus),
        hostDisconnected: () => window.removeEventListener(STATUS, onStatus),
      });
    });
    return clazz;
  };
