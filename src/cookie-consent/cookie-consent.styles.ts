import {css} from 'lit';

/** What the page shows before the preferences are opened: the banner and the status region. */
export const styles = css`
  :host {
    display: contents;
    font-family: var(--cookie-consent-font-family, inherit);
    color: var(--cookie-consent-color, #161616);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }

  /* At most half the viewport (a phone's screen): the title and text scroll in their own region
     above the choices, which stay in view; when even that does not fit (400 % zoom), the banner
     scrolls as a whole. */
  .banner {
    position: fixed;
    inset: auto 0 0;
    z-index: var(--cookie-consent-z-index, 2147480000);
    display: flex;
    flex-direction: column;
    max-height: 50vh;
    overflow-y: auto;
    background: var(--cookie-consent-background, #ffffff);
    color: var(--cookie-consent-color, #161616);
    border-top: 4px solid var(--cookie-consent-accent, #000091);
    box-shadow: 0 -0.25rem 1rem #0003;
    /* The content centred, at most --cookie-consent-max-width wide. */
    padding: 1rem max(1rem, (100% - var(--cookie-consent-max-width, 60rem)) / 2);
  }
  /* The title with "continue without accepting" beside it (below it when narrow), then the text.
     It scrolls when the banner is short; its padding keeps the focus outline from its edges. */
  .banner-body {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    column-gap: 1rem;
    min-height: 4.5rem;
    overflow-y: auto;
    margin: -5px;
    padding: 5px;
  }
  /* When the text scrolls, a shadow inside the edge where more of it waits (a phone shows no
     scrollbar until the text moves): at the top, the bottom one; at the end, the top one;
     both, fainter, between. Drawn under the text, whatever the banner's background (a theme
     may set it on the part); without scroll timelines, none; forced colours drop it. */
  @supports (animation-timeline: scroll()) {
    /* Longhands: the minifier would fold a shorthand and the timeline into one declaration,
       which the browser refuses. */
    .banner-body {
      animation-name: scroll-cue;
      animation-timing-function: linear;
      animation-fill-mode: both;
      animation-timeline: scroll(self);
    }
  }
  @keyframes scroll-cue {
    from {
      box-shadow:
        inset 0 1.25rem 1rem -1rem #0000,
        inset 0 -1.25rem 1rem -1rem #0006;
    }
    to {
      box-shadow:
        inset 0 1.25rem 1rem -1rem #0006,
        inset 0 -1.25rem 1rem -1rem #0000;
    }
  }
  .title {
    margin: 0;
    font-size: 1.25rem;
    line-height: 1.4;
  }
  [part='banner-text'] {
    flex-basis: 100%;
  }
  p {
    margin: 0.5rem 0;
  }
  a {
    color: var(--cookie-consent-accent, #000091);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    /* With the text's bottom margin, 0.75rem. */
    margin-top: 0.25rem;
  }
  /* The banner's three choices have the same size, colour and weight (CNIL). */
  /* The declarations of FILLED_BUTTON (styles/filled-button.ts), written out: the bundle's
     entry then carries them minified. */
  .actions button {
    flex: 1 1 8rem;
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    font: inherit;
    font-weight: 600;
    color: var(--cookie-consent-accent-contrast, #ffffff);
    background: var(--cookie-consent-accent, #000091);
    border: 2px solid var(--cookie-consent-accent, #000091);
    border-radius: var(--cookie-consent-radius, 0.25rem);
    cursor: pointer;
  }
  .actions button:hover {
    filter: brightness(1.25);
  }
  .link-button {
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.5rem 0.75rem;
    font: inherit;
    color: var(--cookie-consent-accent, #000091);
    cursor: pointer;
    background: transparent;
    border: 0;
    text-decoration: underline;
  }
  /* In the banner's sentence, the button that opens the preferences reads as a link. */
  p .link-button {
    min-height: 0;
    min-width: 0;
    padding: 0;
  }
  /* Every focusable piece: buttons and links here, the dialog's switches. */
  :focus-visible {
    outline: 3px solid var(--cookie-consent-focus-color, #0a76f6);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* A phone: a more compact banner, so that the text keeps some room beside the choices. */
  @media (max-width: 30rem) {
    .banner {
      padding-block: 0.5rem;
    }
    /* More of the purposes in view: a title at the text's size, a lower (still 32 px) target
       for "continue without accepting". */
    .title {
      font-size: 1rem;
    }
    .banner-body > .link-button {
      min-height: 2rem;
      padding-block: 0.25rem;
    }
    .actions {
      gap: 0.5rem;
    }
    .actions button {
      padding: 0.375rem 0.5rem;
      line-height: 1.25;
    }
  }

  @media print {
    .banner {
      display: none;
    }
  }
`;
