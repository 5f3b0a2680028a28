import {unsafeCSS} from 'lit';

/**
 * The declarations of the filled buttons of `<cookie-consent>`: the banner's and the dialog's
 * choices (in the element's own stylesheet, which a test holds to these), the privacy-signal
 * notice's and the embed placeholders' (in the page). The same size, colour and weight
 * everywhere, so that refusing is as easy as accepting (CNIL).
 */
export const FILLED_BUTTON = [
  'min-height: 2.75rem',
  'padding: 0.5rem 1rem',
  'font: inherit',
  'font-weight: 600',
  'color: var(--cookie-consent-accent-contrast, #ffffff)',
  'background: var(--cookie-consent-accent, #000091)',
  'border: 2px solid var(--cookie-consent-accent, #000091)',
  'border-radius: var(--cookie-consent-radius, 0.25rem)',
  'cursor: pointer',
].join('; ');

/** The same, for a `css` template. */
export const filledButton = unsafeCSS(FILLED_BUTTON);
