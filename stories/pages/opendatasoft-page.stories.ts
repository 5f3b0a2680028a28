import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {expect, waitFor} from 'storybook/test';
import {part, parts, renderedCharter, renderedConsent, texts} from '../support.js';
import {portalPage, t, type PageArgs, type PageLang} from './portal.js';
import {SEED_COOKIE_NAMES} from '../../test/fixtures/seed-config.mjs';

const datasets: Array<[fr: string, en: string, frText: string, enText: string]> = [
  [
    'Arbres d’alignement',
    'Street trees',
    'Localisation et essence des arbres plantés le long des voies.',
    'Location and species of the trees along the streets.',
  ],
  [
    'Qualité de l’air',
    'Air quality',
    'Mesures horaires des stations de surveillance du territoire.',
    'Hourly readings of the monitoring stations.',
  ],
  [
    'Équipements sportifs',
    'Sports facilities',
    'Gymnases, piscines et terrains ouverts au public.',
    'Gyms, swimming pools and pitches open to the public.',
  ],
  [
    'Budget primitif',
    'Initial budget',
    'Le budget voté, chapitre par chapitre.',
    'The budget as voted, chapter by chapter.',
  ],
  [
    'Bornes de recharge',
    'Charging points',
    'Points de recharge pour véhicules électriques.',
    'Charging points for electric vehicles.',
  ],
  [
    'Marchés publics',
    'Public contracts',
    'Données essentielles des marchés attribués.',
    'Key data of the contracts awarded.',
  ],
];

const catalogue = (lang: PageLang) => {
  const search = t(lang, 'Rechercher un jeu de données', 'Search the datasets');
  return html`<h1 id="donnees">${t(lang, 'Catalogue de données', 'Dataset catalogue')}</h1>
    <p>${t(lang, 'Les données ouvertes du territoire, libres de réutilisation.', 'The area’s open data, free to reuse.')}</p>
    <form class="ods-search" role="search" @submit=${(e: Event) => e.preventDefault()}>
      <label class="ods-visually-hidden" for="ods-q">${search}</label>
      <input id="ods-q" type="search" placeholder=${search} />
      <button type="submit">${t(lang, 'Rechercher', 'Search')}</button>
    </form>
    <h2>${t(lang, 'Jeux de données récents', 'Recent datasets')}</h2>
    <ul class="ods-datasets">
      ${datasets.map(
        ([fr, en, frText, enText]) => html`<li>
          <h3><a href="#donnees">${t(lang, fr, en)}</a></h3>
          <p>${t(lang, frText, enText)}</p>
        </li>`
      )}
    </ul>`;
};

const meta: Meta<PageArgs> = {
  title: 'Pages/Opendatasoft portal',
  args: {manageButton: true},
  parameters: {layout: 'fullscreen', docs: {story: {iframeHeight: 720}}},
};
export default meta;

type Story = StoryObj<PageArgs>;

/** The dataset catalogue on a first visit: the banner over the page, which stays usable. */
export const DatasetCatalogue: Story = {
  render: (args, {globals}) => {
    const lang: PageLang = globals.locale === 'en' ? 'en' : 'fr';
    return portalPage(catalogue(lang), args, lang);
  },
  async play({canvasElement}) {
    const consent = await renderedConsent(canvasElement);
    await waitFor(() => expect(part(consent, 'banner')).not.toBeNull());
  },
};

/**
 * The portal's cookie policy page: the seed's charter in the same chrome, with the banner over
 * it on a first visit. The charter's own title is the page's only `h1` (`heading-level="1"`
 * with `with-title`), its sections are `h2` and the cookie types `h3`.
 */
export const CharteCookies: Story = {
  name: 'Charte cookies',
  render: (args, {globals}) => {
    const lang: PageLang = globals.locale === 'en' ? 'en' : 'fr';
    return portalPage(html`<cookie-charter heading-level="1" with-title></cookie-charter>`, args, lang, 'cookies');
  },
  async play({canvasElement}) {
    const consent = await renderedConsent(canvasElement);
    const charter = await renderedCharter(canvasElement);
    await waitFor(() => expect(part(consent, 'banner')).not.toBeNull());
    expect(texts(parts(charter, 'cookie-name'))).toEqual(SEED_COOKIE_NAMES);
    const title = part(charter, 'title')!;
    expect(title.localName).toBe('h1');
    expect(canvasElement.querySelectorAll('h1').length + charter.shadowRoot!.querySelectorAll('h1').length).toBe(1);
    expect(part(charter, 'manage-button')).not.toBeNull();
  },
};
