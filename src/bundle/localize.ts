// A small stand-in for the @lit/localize runtime, used by the browser bundle only (rollup
// aliases `@lit/localize` to it): `msg` and `str` as the elements use them, and what
// ./localization.ts needs to switch texts and announce them with @lit/localize's
// `lit-localize-status` event. Nothing else: no ids generated from message hashes, no lit-html
// templates as messages (every message of the elements has an explicit id), no
// `configureLocalization` (./localization.ts loads the languages itself).
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
