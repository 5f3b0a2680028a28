import {css} from 'lit';

/** The preferences dialog's rules, adopted by the element when the dialog is first opened. */
export const dialogStyles = css`
  *::before,
  *::after {
    box-sizing: border-box;
  }
  @media print {
    dialog {
      display: none;
    }
  }
  .dialog-header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.5rem 1rem;
  }
  dialog {
    width: min(100vw - 1rem, var(--cookie-consent-max-width, 60rem));
    max-height: min(90vh, 100dvh - 1rem);
    padding: 0;
    color: var(--cookie-consent-color, #161616);
    background: var(--cookie-consent-background, #ffffff);
    border: 1px solid var(--cookie-consent-border-color, #929292);
    border-radius: var(--cookie-consent-radius, 0.25rem);
    box-shadow: 0 0.5rem 2rem rgb(0 0 0 / 0.3);
  }
  dialog[open] {
    display: flex;
    flex-direction: column;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .dialog-header {
    padding: 1rem 1rem 0.5rem;
    border-bottom: 1px solid var(--cookie-consent-border-color, #929292);
  }
  .dialog-body {
    overflow-y: auto;
    padding: 0 1rem;
  }
  dialog .actions {
    margin-top: 0.75rem;
    padding: 0 1rem 1rem;
  }
  /* A viewport too short for the body to scroll between the header and the actions (400 % zoom,
     a phone held sideways) would leave it no height: the dialog then scrolls as a whole. */
  @media (max-height: 30rem) {
    .dialog-body {
      flex-shrink: 0;
    }
  }
  .categories {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .category {
    padding: 0.75rem 0;
    border-top: 1px solid var(--cookie-consent-border-color, #929292);
  }
  .category-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
  }
  .category-title {
    margin: 0;
    font-size: 1.0625rem;
  }
  .category-description {
    color: var(--cookie-consent-muted-color, #3a3a3a);
  }
  .providers {
    margin: 0.5rem 0 0;
  }
  .cookies summary {
    width: fit-content;
    min-height: 1.5rem;
    padding: 0.25rem 0;
    color: var(--cookie-consent-accent, #000091);
    text-decoration: underline;
    cursor: pointer;
  }
  .cookie-list {
    list-style: none;
    margin: 0.25rem 0 0;
    padding: 0;
  }
  .cookie {
    padding: 0.5rem 0;
    border-top: 1px dashed var(--cookie-consent-border-color, #929292);
    overflow-wrap: anywhere;
  }
  .cookie dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.125rem 0.75rem;
    margin: 0.25rem 0 0;
  }
  .cookie dt {
    font-weight: 600;
  }
  .cookie dd {
    margin: 0;
  }
  @media (max-width: 30rem) {
    .cookie dl {
      grid-template-columns: 1fr;
    }
  }
  .required-note {
    font-weight: 600;
  }
  .switch-wrap {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
  }
  input[role='switch'] {
    appearance: none;
    position: relative;
    width: 3rem;
    height: 1.75rem;
    margin: 0;
    border: 2px solid var(--cookie-consent-accent, #000091);
    border-radius: 1rem;
    background: var(--cookie-consent-background, #ffffff);
    cursor: pointer;
    transition: background-color 0.15s;
  }
  input[role='switch']::after {
    content: '';
    position: absolute;
    top: 0.1875rem;
    left: 0.1875rem;
    width: 1.125rem;
    height: 1.125rem;
    border-radius: 50%;
    background: var(--cookie-consent-accent, #000091);
    transition: transform 0.15s;
  }
  input[role='switch']:checked {
    background: var(--cookie-consent-accent, #000091);
  }
  input[role='switch']:checked::after {
    background: var(--cookie-consent-accent-contrast, #ffffff);
    transform: translateX(1.25rem);
  }
  input[role='switch']:disabled {
    cursor: not-allowed;
    opacity: 0.7;
  }
  .switch-state {
    min-width: 4.5rem;
    font-size: 0.875rem;
  }

  @media (prefers-reduced-motion: reduce) {
    input[role='switch'],
    input[role='switch']::after {
      transition: none;
    }
  }
  /* Forced colours replace the track's colours with Canvas, which left a checked switch as an
     empty track: the switch keeps its own, in system colours (off: a ButtonText thumb on Canvas;
     on: a Canvas thumb on a Highlight track; the required one, disabled, on GrayText). */
  @media (forced-colors: active) {
    input[role='switch'] {
      forced-color-adjust: none;
      border-color: ButtonText;
      background: Canvas;
    }
    input[role='switch']::after {
      forced-color-adjust: none;
      background: ButtonText;
    }
    input[role='switch']:checked {
      border-color: Highlight;
      background: Highlight;
    }
    input[role='switch']:checked::after {
      background: Canvas;
    }
    input[role='switch']:disabled {
      opacity: 1;
      border-color: GrayText;
    }
    input[role='switch']:disabled:checked {
      background: GrayText;
    }
  }
`;
