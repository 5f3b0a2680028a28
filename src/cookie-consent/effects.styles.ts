import {css} from 'lit';
import {filledButton} from '../styles/filled-button.js';

/** Styles of what the effects show in the shadow root: the changes in the banner, the manage button, the GPC notice. */
export const effectsStyles = css`
  /* In the banner's scrolling text region, a line of its own under the text. */
  .changes {
    flex-basis: 100%;
  }
  .changes-title {
    margin: 0.75rem 0 0.25rem;
    font-size: 1rem;
  }
  .changes ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .manage {
    position: fixed;
    inset: auto auto 1rem 1rem;
    z-index: var(--cookie-consent-z-index, 2147480000);
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.5rem 0.75rem;
    font: inherit;
    font-weight: 600;
    color: var(--cookie-consent-accent, #000091);
    background: var(--cookie-consent-background, #ffffff);
    border: 2px solid var(--cookie-consent-accent, #000091);
    border-radius: var(--cookie-consent-radius, 0.25rem);
    cursor: pointer;
  }
  .gpc-notice {
    position: fixed;
    inset: auto 0 0 0;
    z-index: var(--cookie-consent-z-index, 2147480000);
    max-height: 50vh;
    overflow-y: auto;
    padding: 0.75rem 1rem;
    background: var(--cookie-consent-background, #ffffff);
    color: var(--cookie-consent-color, #161616);
    border-top: 4px solid var(--cookie-consent-accent, #000091);
    box-shadow: 0 -0.25rem 1rem #0003;
  }
  .gpc-notice-inner {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    max-width: var(--cookie-consent-max-width, 60rem);
    margin: 0 auto;
  }
  .gpc-notice-title {
    flex: 1 1 100%;
    margin: 0;
    font-size: 1.0625rem;
  }
  .gpc-notice p {
    flex: 1 1 20rem;
    margin: 0;
  }
  .gpc-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .gpc-button {
    ${filledButton}
  }
  @media print {
    .manage,
    .gpc-notice {
      display: none;
    }
  }
`;
