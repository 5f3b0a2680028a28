import {css, unsafeCSS} from 'lit';

/**
 * The charter's look, written once for both renderings: `prefix` is prepended to every class
 * (`''` in the element's shadow root, `ods-cc-` in the exported CSS), so the export looks like
 * the element without clashing with a portal's own classes. The theming custom properties are
 * read on the `.charter` root in both cases, so `--cookie-charter-*` set on the element or on
 * any ancestor of the pasted HTML apply alike.
 *
 * Plain CSS only (no Lit interpolation of untrusted values): the string is our own source.
 */
export function charterCss(prefix: string): string {
  const c = (name: string) => `.${prefix}${name}`;
  return `
${c('charter')} {
  --_accent: var(--cookie-charter-accent, #000091);
  --_accent-contrast: var(--cookie-charter-accent-contrast, #ffffff);
  --_color: var(--cookie-charter-color, #161616);
  --_muted: var(--cookie-charter-muted-color, #3a3a3a);
  --_border: var(--cookie-charter-border-color, #929292);
  --_header-background: var(--cookie-charter-header-background, #eeeeee);
  --_stripe-background: var(--cookie-charter-stripe-background, #f6f6f6);
  --_focus: var(--cookie-charter-focus-color, #0a76f6);
  --_radius: var(--cookie-charter-radius, 0.25rem);
  display: block;
  max-width: var(--cookie-charter-max-width, none);
  font-family: var(--cookie-charter-font-family, inherit);
  color: var(--_color);
  line-height: 1.5;
  overflow-wrap: break-word;
}
${c('charter')} *,
${c('charter')} *::before,
${c('charter')} *::after {
  box-sizing: border-box;
}
${c('title')} {
  margin: 0 0 1rem;
  font-size: 2rem;
  line-height: 1.25;
}
${c('heading')} {
  margin: 2rem 0 0.75rem;
  font-size: 1.5rem;
  line-height: 1.3;
}
${c('subheading')} {
  margin: 1rem 0 0.25rem;
  font-size: 1.125rem;
  line-height: 1.4;
}
${c('intro')},
${c('text')},
${c('notice')},
${c('revision')} {
  margin: 0 0 1rem;
}
${c('notice')} {
  padding: 0.75rem 1rem;
  border-left: 4px solid var(--_accent);
  background: var(--_stripe-background);
}
${c('category-list')},
${c('purpose-list')},
${c('status-list')} {
  list-style: none;
  margin: 0 0 1rem;
  padding: 0;
}
${c('category')},
${c('purpose')} {
  margin: 0 0 1rem;
}
${c('purpose')} > ${c('text')} {
  margin: 0 0 0.25rem;
}
${c('site-link')},
${c('link')} {
  color: var(--_accent);
  text-decoration: underline;
}
${c('table-region')} {
  max-width: 100%;
  overflow-x: auto;
  margin: 0 0 1.5rem;
}
${c('table')} {
  width: 100%;
  min-width: 40rem;
  border-collapse: collapse;
  text-align: left;
}
${c('caption')} {
  caption-side: top;
  text-align: left;
  font-weight: 700;
  font-size: 1.125rem;
  padding: 0 0 0.5rem;
}
${c('header-cell')},
${c('cell')} {
  padding: 0.5rem 0.75rem;
  border: 1px solid var(--_border);
  vertical-align: top;
}
${c('header-cell')} {
  background: var(--_header-background);
  font-weight: 700;
}
${c('row')}:nth-child(even) {
  background: var(--_stripe-background);
}
${c('cookie-name')} {
  font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  font-size: 0.9375em;
  overflow-wrap: normal;
  white-space: nowrap;
}
${c('status-item')} {
  margin: 0 0 0.25rem;
}
${c('address')} {
  white-space: pre-line;
}
${c('button')} {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  min-height: 2.75rem;
  min-width: 2.75rem;
  margin: 0 0 1rem;
  padding: 0.5rem 1rem;
  border: 2px solid var(--_accent);
  border-radius: var(--_radius);
  background: var(--_accent);
  color: var(--_accent-contrast);
  font: inherit;
  font-weight: 700;
  cursor: pointer;
}
${c('button')}:hover {
  background: var(--_accent-contrast);
  color: var(--_accent);
}
${c('revision')} {
  margin-top: 2rem;
  color: var(--_muted);
  font-size: 0.875rem;
}
${c('table-region')}:focus-visible,
${c('button')}:focus-visible,
${c('site-link')}:focus-visible,
${c('link')}:focus-visible {
  outline: 3px solid var(--_focus);
  outline-offset: 2px;
}
@media (forced-colors: active) {
  ${c('button')} {
    border-color: ButtonText;
  }
}
@media print {
  ${c('charter')} {
    color: #000;
  }
  ${c('button')} {
    display: none;
  }
  ${c('table-region')} {
    overflow: visible;
  }
  ${c('table')} {
    min-width: 0;
  }
  ${c('table')} thead {
    display: table-header-group;
  }
  ${c('row')} {
    break-inside: avoid;
  }
  ${c('caption')},
  ${c('heading')},
  ${c('subheading')} {
    break-after: avoid;
  }
  ${c('site-link')}::after {
    content: " (" attr(href) ")";
  }
}
`;
}

/** The element's styles: the shared charter CSS without prefix, plus the host's own rules. */
export const styles = [
  css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none;
    }
  `,
  unsafeCSS(charterCss('')),
];
