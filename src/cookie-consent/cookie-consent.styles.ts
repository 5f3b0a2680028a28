import {css} from 'lit';

export const styles = css`
  :host {
    --_accent: var(--cookie-consent-accent, #000091);
    --_accent-contrast: var(--cookie-consent-accent-contrast, #ffffff);
    --_background: var(--cookie-consent-background, #ffffff);
    --_color: var(--cookie-consent-color, #161616);
    --_muted: var(--cookie-consent-muted-color, #3a3a3a);
    --_border: var(--cookie-consent-border-color, #929292);
    --_focus: var(--cookie-consent-focus-color, #0a76f6);
    --_radius: var(--cookie-consent-radius, 0.25rem);
    --_max-width: var(--cookie-consent-max-width, 60rem);
    display: contents;
    font-family: var(--cookie-consent-font-family, inherit);
    color: var(--_color);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .root {
    font-family: var(--cookie-consent-font-family, inherit);
  }

  .banner {
    position: fixed;
    inset: auto 0 0 0;
    z-index: var(--cookie-consent-z-index, 2147483000);
    max-height: 70vh;
    overflow-y: auto;
    background: var(--_background);
    color: var(--_color);
    border-top: 4px solid var(--_accent);
    box-shadow: 0 -0.25rem 1rem rgb(0 0 0 / 0.2);
    padding: 1rem;
    animation: rise 0.2s ease-out;
  }
  .banner-inner {
    max-width: var(--_max-width);
    margin: 0 auto;
  }
  .banner-head,
  .dialog-header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.5rem 1rem;
  }
  .title {
    margin: 0;
    font-size: 1.25rem;
    line-height: 1.4;
  }
  p {
    margin: 0.5rem 0;
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin-top: 0.75rem;
  }
  /* The banner's three choices have the same size, colour and weight (CNIL). */
  .actions button {
    flex: 1 1 12rem;
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    font: inherit;
    font-weight: 600;
    color: var(--_accent-contrast);
    background: var(--_accent);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .actions button:hover {
    filter: brightness(1.25);
  }
  .link-button,
  .manage {
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.5rem 0.75rem;
    font: inherit;
    color: var(--_accent);
    background: transparent;
    border: 0;
    text-decoration: underline;
    cursor: pointer;
  }
  .manage {
    position: fixed;
    inset: auto auto 1rem 1rem;
    z-index: var(--cookie-consent-z-index, 2147483000);
    background: var(--_background);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    text-decoration: none;
    font-weight: 600;
  }
  button:focus-visible,
  a:focus-visible,
  input:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  dialog {
    width: min(100vw - 1rem, var(--_max-width));
    max-height: min(90vh, 100dvh - 1rem);
    padding: 0;
    color: var(--_color);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
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
    border-bottom: 1px solid var(--_border);
  }
  .dialog-body {
    overflow-y: auto;
    padding: 0 1rem;
  }
  dialog .actions {
    padding: 0 1rem 1rem;
  }
  .categories {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .category {
    padding: 0.75rem 0;
    border-top: 1px solid var(--_border);
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
    color: var(--_muted);
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
    border: 2px solid var(--_accent);
    border-radius: 1rem;
    background: var(--_background);
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
    background: var(--_accent);
    transition: transform 0.15s;
  }
  input[role='switch']:checked {
    background: var(--_accent);
  }
  input[role='switch']:checked::after {
    background: var(--_accent-contrast);
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

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  @keyframes rise {
    from {
      transform: translateY(100%);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .banner {
      animation: none;
    }
    input[role='switch'],
    input[role='switch']::after {
      transition: none;
    }
  }
  @media print {
    .banner,
    .manage,
    dialog {
      display: none;
    }
  }
  @media (forced-colors: active) {
    input[role='switch']::after {
      background: CanvasText;
    }
    input[role='switch']:checked::after {
      background: Canvas;
    }
  }
`;
