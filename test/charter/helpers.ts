import {waitUntil} from '@open-wc/testing';
import type {CookieCharter} from '../../src/cookie-charter/cookie-charter.js';

/** The visible text of a node, with runs of white space (no-break spaces included) made one space. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function root(el: CookieCharter): ShadowRoot {
  return el.shadowRoot!;
}

export function $(el: Element, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

export function $$(el: Element, selector: string): HTMLElement[] {
  return Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(selector));
}

/** Waits until the element's shadow root shows `text`. */
export async function waitForText(el: Element, text: string, message?: string) {
  await waitUntil(() => textOf(el.shadowRoot).includes(text), message ?? `"${text}" never showed`, {timeout: 3000});
}

/** Removes every consent cookie the tests may have written. */
export function clearCookies() {
  for (const name of ['cookies_preferences', 'charter_test_consent']) {
    document.cookie = `${name}=; Path=/; Max-Age=0; SameSite=Lax`;
  }
}

/** The seed's rows, word for word, and their English texts in the built-in configuration. */
export const SEED_ROWS = [
  {
    name: 'sessionid',
    fr: [
      'Opendatasoft',
      'Authentification (front et back office)',
      'sessionid',
      "Se souvenir de l'utilisateur d'une page à une autre.",
    ],
    en: [
      'Opendatasoft',
      'Authentication (front and back office)',
      'sessionid',
      'Remembers the user from one page to the next.',
    ],
  },
  {
    name: 'django_language',
    fr: [
      'Opendatasoft',
      'Sélection de la langue (front et back office)',
      'django_language',
      'Se souvenir de la langue du visiteur',
    ],
    en: [
      'Opendatasoft',
      'Language selection (front and back office)',
      'django_language',
      'Remembers the visitor’s language.',
    ],
  },
  {
    name: 'csrftoken',
    fr: ['Opendatasoft', 'API (CSRF) (front et back office)', 'csrftoken', 'Récupérer des données via des appels API'],
    en: ['Opendatasoft', 'API (CSRF) (front and back office)', 'csrftoken', 'Fetches data through API calls.'],
  },
  {
    name: 'cookies_preferences',
    fr: [
      'Opendatasoft',
      'Choix concernant vos préférences sur les cookies',
      'cookies_preferences',
      'Se souvenir du choix opéré par le visiteur concernant les cookies',
    ],
    en: [
      'Opendatasoft',
      'Your cookie preferences',
      'cookies_preferences',
      'Remembers the choice the visitor made about cookies.',
    ],
  },
];

/** The seed's paragraphs, word for word (typographic spaces aside). */
export const SEED_FR = {
  intro:
    'Afin de vous proposer le meilleur service possible nous utilisons des cookies pour assurer son bon fonctionnement.',
  definition:
    "Un \"cookie\" est une suite d'informations, généralement de petite taille et identifié par un nom, qui peut être transmis à votre navigateur par un site web sur lequel vous vous connectez. Votre navigateur web le conservera pendant une certaine durée, et le renverra au serveur web chaque fois que vous vous y re-connecterez. Les cookies ont de multiples usages : ils peuvent servir à mémoriser votre identifiant client auprès d'un site marchand, le contenu courant de votre panier d'achat, un identifiant permettant de tracer votre navigation pour des finalités statistiques ou publicitaires, etc.",
  typesIntro: 'Il existe plusieurs types de cookies :',
  types: [
    "Les cookies « nécessaires », internes, permettent d'enregistrer des informations entre deux consultations d'un même site web sur un même appareil. Ils permettent d'enregistrer un panier d'achat, des identifiants de connexion ou encore des éléments de personnalisation de l'interface. Ils ne requièrent pas de consentement de la part de l'utilisateur.",
    "Les cookies « statistiques » permettent de suivre les actions d'un internaute sur un site web. Lorsque les statistiques sont anonymes (c'est-à-dire ne permettent pas de retrouver une personne), le consentement de l'utilisateur n'est pas nécessaire.",
    "Les cookies « internes » ou « first-party » sont déposés par le site consulté. Ils peuvent être déposés en plus des cookies nécessaires et peuvent être utilisés pour collecter des données personnelles, suivre le comportement de l'utilisateur et servir à des finalités publicitaires.",
    'Les cookies dits « tiers », « tierce partie » ou « third party » sont des cookies déposés par (ou pour) un site B (souvent une régie publicitaire) sur un site A : cela permet au site B de voir quelles pages ont été visitées sur le site A par un utilisateur et de collecter des informations sur lui.',
  ],
  necessaryCaption: 'Cookies nécessaires au bon fonctionnement de la plateforme / cookies fonctionnels',
  columns: ['Nom du prestataire', 'Service et emplacement', 'Nom du cookie', 'Finalités', 'Durée de conservation'],
};

/** The sub-headings of the rights section, in French and in English. */
export const RIGHTS_FR = [
  'Responsable du traitement',
  'Exercer vos droits',
  'Si vous refusez',
  'Destinataires des données',
  'Réclamation auprès de la CNIL',
];
export const RIGHTS_EN = [
  'Data controller',
  'Exercising your rights',
  'If you refuse',
  'Recipients of the data',
  'Complaint to the CNIL',
];
