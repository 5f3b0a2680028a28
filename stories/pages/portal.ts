import {html, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';

// A page laid out like an Opendatasoft portal (header, navigation, dataset catalogue, footer)
// with the consent element pasted in, as a site owner would. Only page chrome is styled here;
// the element brings its own styles.
const pageStyles = html`<style>
  .ods-page {
    font-family: 'Source Sans Pro', Arial, sans-serif;
    color: #1f2933;
    background: #f5f7fa;
    min-height: 100vh;
    margin: 0;
  }
  .ods-header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 1rem;
    padding: 0.75rem 1.5rem;
    background: #142e7b;
    color: #ffffff;
  }
  .ods-brand {
    font-size: 1.25rem;
    font-weight: 700;
    color: inherit;
    text-decoration: none;
  }
  .ods-nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .ods-nav a {
    color: #ffffff;
    text-decoration: none;
    display: inline-block;
    padding: 0.25rem 0;
  }
  .ods-nav a[aria-current='page'] {
    border-bottom: 3px solid #ffffff;
  }
  .ods-main {
    max-width: 64rem;
    margin: 0 auto;
    padding: 1.5rem;
  }
  .ods-search {
    display: flex;
    gap: 0.5rem;
    margin: 1rem 0 1.5rem;
  }
  .ods-search input {
    flex: 1;
    padding: 0.5rem;
    border: 1px solid #616e7c;
    border-radius: 0.25rem;
    font: inherit;
  }
  .ods-search button {
    padding: 0.5rem 1rem;
    border: 0;
    border-radius: 0.25rem;
    background: #142e7b;
    color: #ffffff;
    font: inherit;
  }
  .ods-datasets {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
    gap: 1rem;
    padding: 0;
    list-style: none;
  }
  .ods-datasets li {
    background: #ffffff;
    border: 1px solid #cbd2d9;
    border-radius: 0.25rem;
    padding: 1rem;
  }
  .ods-datasets h3 {
    margin: 0 0 0.5rem;
    font-size: 1.05rem;
  }
  .ods-datasets a {
    color: #142e7b;
  }
  .ods-datasets p {
    margin: 0;
    color: #3e4c59;
  }
  .ods-visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .ods-footer {
    padding: 1.5rem;
    background: #1f2933;
    color: #ffffff;
  }
  .ods-footer a {
    color: #ffffff;
  }
</style>`;

export interface PageArgs {
  manageButton: boolean;
}

export type PageLang = 'fr' | 'en';

/** Picks the French or English text: the page follows the locale toolbar, like the element. */
export const t = (lang: PageLang, fr: string, en: string) => (lang === 'en' ? en : fr);

/** The navigation entry of the page shown (`aria-current="page"`). */
export type PortalSection = 'data' | 'cookies';

/**
 * The portal's chrome around `content`, with the consent element last, as pasted at the end
 * of a portal's body (inside the page wrapper so that it inherits the portal's font).
 * The cookie policy page of the portal is this same chrome with the charter as `content`.
 */
export function portalPage(
  content: TemplateResult,
  {manageButton}: PageArgs,
  lang: PageLang,
  current: PortalSection = 'data'
): TemplateResult {
  const policy = t(lang, 'Charte des cookies', 'Cookie policy');
  const here = (section: PortalSection) => (section === current ? 'page' : undefined);
  return html`${pageStyles}
    <div class="ods-page">
      <header class="ods-header">
        <a class="ods-brand" href="#accueil">data.seineouest.fr</a>
        <nav class="ods-nav" aria-label=${t(lang, 'Navigation principale', 'Main navigation')}>
          <ul>
            <li><a href="#accueil">${t(lang, 'Accueil', 'Home')}</a></li>
            <li><a href="#donnees" aria-current=${ifDefined(here('data'))}>${t(lang, 'Données', 'Data')}</a></li>
            <li><a href="#api">API</a></li>
            <li><a href="#cookies" aria-current=${ifDefined(here('cookies'))}>${policy}</a></li>
          </ul>
        </nav>
      </header>
      <main class="ods-main">${content}</main>
      <footer class="ods-footer">
        <p>${t(lang, 'Plateforme de données ouvertes', 'Open data portal')} — <a href="#cookies">${policy}</a></p>
      </footer>
      <cookie-consent ?manage-button=${manageButton}></cookie-consent>
    </div>`;
}
