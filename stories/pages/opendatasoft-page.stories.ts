import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {expect, waitFor} from 'storybook/test';
import {part, renderedConsent} from '../support.js';
import {portalPage, type PageArgs} from './portal.js';

const datasets: Array<[title: string, description: string]> = [
  ['Arbres d’alignement', 'Localisation et essence des arbres plantés le long des voies.'],
  ['Qualité de l’air', 'Mesures horaires des stations de surveillance du territoire.'],
  ['Équipements sportifs', 'Gymnases, piscines et terrains ouverts au public.'],
  ['Budget primitif', 'Le budget voté, chapitre par chapitre.'],
  ['Bornes de recharge', 'Points de recharge pour véhicules électriques.'],
  ['Marchés publics', 'Données essentielles des marchés attribués.'],
];

const catalogue = html`<h1 id="donnees">Catalogue de données</h1>
  <p>Les données ouvertes du territoire, libres de réutilisation.</p>
  <form class="ods-search" role="search" @submit=${(e: Event) => e.preventDefault()}>
    <label class="ods-visually-hidden" for="ods-q">Rechercher un jeu de données</label>
    <input id="ods-q" type="search" placeholder="Rechercher un jeu de données" />
    <button type="submit">Rechercher</button>
  </form>
  <h2>Jeux de données récents</h2>
  <ul class="ods-datasets">
    ${datasets.map(
      ([title, description]) => html`<li>
        <h3><a href="#donnees">${title}</a></h3>
        <p>${description}</p>
      </li>`
    )}
  </ul>`;

const meta: Meta<PageArgs> = {
  title: 'Pages/Opendatasoft portal',
  args: {manageButton: true},
  parameters: {layout: 'fullscreen', docs: {story: {iframeHeight: 720}}},
};
export default meta;

type Story = StoryObj<PageArgs>;

/** The dataset catalogue on a first visit: the banner over the page, which stays usable. */
export const DatasetCatalogue: Story = {
  render: (args) => portalPage(catalogue, args),
  async play({canvasElement}) {
    const consent = await renderedConsent(canvasElement);
    await waitFor(() => expect(part(consent, 'banner')).not.toBeNull());
  },
};
