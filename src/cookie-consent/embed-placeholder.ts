import {msg, str} from '@lit/localize';
import {FILLED_BUTTON} from '../styles/filled-button.js';

/**
 * The placeholder shown, in the page's light DOM, in place of an embed waiting for consent.
 * Built with DOM APIs and `textContent` only. Theme it with these classes (the built-in rules
 * use `:where()`, so any selector of the page wins) or the custom properties of `<cookie-consent>`
 * set on an ancestor, e.g. `--cookie-consent-accent`; `--cookie-consent-placeholder-background`
 * sets its background.
 *
 * - `.cookie-consent-placeholder` – the box, just before the hidden embed;
 * - `.cookie-consent-placeholder__text` – the explanation;
 * - `.cookie-consent-placeholder__button` – the button that accepts the category in place.
 */
export const PLACEHOLDER_CLASS = 'cookie-consent-placeholder';

const CSS = `
:where(.${PLACEHOLDER_CLASS}) {
  box-sizing: border-box;
  display: flex;
  flex-direction: column;
  align-items: flex-start;
  justify-content: center;
  gap: 0.75rem;
  max-width: 100%;
  min-height: 8rem;
  padding: 1rem;
  color: var(--cookie-consent-color, #161616);
  background: var(--cookie-consent-placeholder-background, #f6f6f6);
  border: 1px solid var(--cookie-consent-border-color, #929292);
  border-radius: var(--cookie-consent-radius, 0.25rem);
  font-family: var(--cookie-consent-font-family, inherit);
  line-height: 1.5;
}
:where(.${PLACEHOLDER_CLASS}__text) {
  margin: 0;
}
:where(.${PLACEHOLDER_CLASS}__button) {
  ${FILLED_BUTTON}
}
:where(.${PLACEHOLDER_CLASS}__button:focus-visible) {
  outline: 3px solid var(--cookie-consent-focus-color, #0a76f6);
  outline-offset: 2px;
}
@media (forced-colors: active) {
  :where(.${PLACEHOLDER_CLASS}__button) {
    border-color: ButtonText;
  }
}
`;

const ADOPTED = Symbol.for('cookie-consent.placeholder-styles');

/**
 * Adds the placeholder's rules to the document once, as a constructed stylesheet: no `<style>`
 * element, so no `style-src 'unsafe-inline'` is needed.
 */
export function adoptPlaceholderStyles(doc: Document): void {
  const holder = doc as Document & {[ADOPTED]?: boolean};
  if (holder[ADOPTED]) return;
  holder[ADOPTED] = true;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch {
    // no constructable stylesheets: the placeholder stays unstyled but usable
  }
}

/** What a placeholder says. */
export interface PlaceholderInfo {
  /** The embed's `data-cookie-service`, or an empty string. */
  service: string;
  /** The category's title in the language shown. */
  category: string;
  lang: string;
}

let counter = 0;

/** Builds a placeholder; `onGrant` runs when its button is pressed. */
export function createPlaceholder(
  doc: Document,
  embed: HTMLElement,
  info: PlaceholderInfo,
  onGrant: () => void
): HTMLElement {
  const box = doc.createElement('div');
  box.className = PLACEHOLDER_CLASS;
  const text = doc.createElement('p');
  text.className = `${PLACEHOLDER_CLASS}__text`;
  text.id = `${PLACEHOLDER_CLASS}-${++counter}`;
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = `${PLACEHOLDER_CLASS}__button`;
  button.setAttribute('aria-describedby', text.id);
  button.addEventListener('click', onGrant);
  box.append(text, button);
  // Keep the embed's footprint, so that nothing moves when it loads.
  const width = embed.getAttribute('width');
  const height = embed.getAttribute('height');
  if (width && /^\d+$/.test(width)) box.style.width = `${width}px`;
  if (height && /^\d+$/.test(height)) box.style.minHeight = `${height}px`;
  fillPlaceholder(box, info);
  return box;
}

/** Writes (again) the placeholder's texts, in the current locale. */
export function fillPlaceholder(box: HTMLElement, info: PlaceholderInfo): void {
  const {service, category} = info;
  const text = box.querySelector(`.${PLACEHOLDER_CLASS}__text`);
  const button = box.querySelector(`.${PLACEHOLDER_CLASS}__button`);
  if (box.getAttribute('lang') !== info.lang) box.setAttribute('lang', info.lang);
  const explanation = service
    ? msg(str`Ce contenu de ${service} est masqué, car il nécessite votre accord pour la catégorie « ${category} ».`, {
        id: 'gating.placeholderService',
      })
    : msg(str`Ce contenu est masqué, car il nécessite votre accord pour la catégorie « ${category} ».`, {
        id: 'gating.placeholderCategory',
      });
  const action = msg(str`Accepter « ${category} » et afficher le contenu`, {id: 'gating.placeholderButton'});
  if (text && text.textContent !== explanation) text.textContent = explanation;
  if (button && button.textContent !== action) button.textContent = action;
}
