import type {CategoryConfig, ConsentConfig, CookieDeclaration, CookieType, Lang} from '../core/types.js';
import {pickText} from '../core/text.js';
import {opendatasoftCore} from './opendatasoft-core.js';

/**
 * The texts of the built-in configuration, in French (the source language), by key: a kind of
 * cookie of the seed's `<kind>.title` and `<kind>.description` (the charter's "types of
 * cookies"), a category's `purpose.<id>.title` and `purpose.<id>.description` (the necessary
 * category's title is its kind's), a cookie's `<name>.service`, `.purpose` and `.duration`.
 * Each other language has the same keys in `opendatasoft.<lang>.ts`.
 */
const texts = {
  'necessary.title': 'Cookies nécessaires au bon fonctionnement de la plateforme / cookies fonctionnels',
  'necessary.description':
    "Les cookies « nécessaires », internes, permettent d'enregistrer des informations entre deux consultations d'un même site web sur un même appareil. Ils permettent d'enregistrer un panier d'achat, des identifiants de connexion ou encore des éléments de personnalisation de l'interface. Ils ne requièrent pas de consentement de la part de l'utilisateur.",
  'statistics.title': 'Cookies statistiques',
  'statistics.description':
    "Les cookies « statistiques » permettent de suivre les actions d'un internaute sur un site web. Lorsque les statistiques sont anonymes (c'est-à-dire ne permettent pas de retrouver une personne), le consentement de l'utilisateur n'est pas nécessaire.",
  'first-party.title': 'Cookies internes (first-party)',
  'first-party.description':
    "Les cookies « internes » ou « first-party » sont déposés par le site consulté. Ils peuvent être déposés en plus des cookies nécessaires et peuvent être utilisés pour collecter des données personnelles, suivre le comportement de l'utilisateur et servir à des finalités publicitaires.",
  'third-party.title': 'Cookies tiers (third-party)',
  'third-party.description':
    'Les cookies dits « tiers », « tierce partie » ou « third party » sont des cookies déposés par (ou pour) un site B (souvent une régie publicitaire) sur un site A : cela permet au site B de voir quelles pages ont été visitées sur le site A par un utilisateur et de collecter des informations sur lui.',
  'purpose.necessary.description':
    "Ces cookies assurent le fonctionnement de la plateforme : connexion, choix de la langue, sécurité des appels API et mémorisation de vos choix sur les cookies. Ils ne requièrent pas de consentement de la part de l'utilisateur.",
  'purpose.statistics.title': "Mesure d'audience",
  'purpose.statistics.description':
    "Ces cookies permettent de mesurer la fréquentation de la plateforme et l'utilisation de ses pages, afin d'en améliorer le contenu et l'ergonomie. Ils ne sont déposés qu'avec votre accord.",
  'purpose.third-party.title': 'Contenus et services tiers',
  'purpose.third-party.description':
    'Ces cookies sont déposés par des services tiers dont les contenus sont intégrés aux pages de la plateforme (vidéos, cartes, réseaux sociaux…). Sans votre accord, ces contenus ne sont pas affichés.',
  'sessionid.service': 'Authentification (front et back office)',
  'sessionid.purpose': "Se souvenir de l'utilisateur d'une page à une autre.",
  'sessionid.duration': '2 semaines',
  'django_language.service': 'Sélection de la langue (front et back office)',
  'django_language.purpose': 'Se souvenir de la langue du visiteur',
  'django_language.duration': 'Session',
  'csrftoken.service': 'API (CSRF) (front et back office)',
  'csrftoken.purpose': 'Récupérer des données via des appels API',
  'csrftoken.duration': '1 an',
  'cookies_preferences.service': 'Choix concernant vos préférences sur les cookies',
  'cookies_preferences.purpose': 'Se souvenir du choix opéré par le visiteur concernant les cookies',
  'cookies_preferences.duration': '6 mois',
};

type Key = keyof typeof texts;
/** The built-in texts of one language: every key of the French texts, and no other. */
export type OpendatasoftTexts = {readonly [key in Key]: string};

/** The texts by language: French here, the others once loaded (or added by `addOpendatasoftTexts`). */
const tables: {[lang: string]: OpendatasoftTexts | undefined} = {fr: texts};
const loaders: Record<Exclude<Lang, 'fr'>, () => Promise<{texts: OpendatasoftTexts}>> = {
  en: () => import('./opendatasoft.en.js'),
  de: () => import('./opendatasoft.de.js'),
  es: () => import('./opendatasoft.es.js'),
  it: () => import('./opendatasoft.it.js'),
  nl: () => import('./opendatasoft.nl.js'),
};

/** Adds the built-in texts of a language (code that renders without loading anything, such as the export). */
export function addOpendatasoftTexts(lang: Lang, translated: OpendatasoftTexts): void {
  tables[lang] = translated;
}

/**
 * The translation of a text of this configuration, found by its French text (`pickText` asks
 * for it). A language not there yet is loaded the first time one of its texts is asked for (in
 * the browser bundle, a chunk per language), then announced with a `lit-localize-status`
 * "ready" event, on which the elements render again.
 */
pickText.translate = (text, lang) => {
  const key = (Object.keys(texts) as Key[]).find((k) => texts[k] === text.fr);
  if (key) loadOpendatasoftTexts(lang);
  return key && tables[lang]?.[key];
};

/** The loads under way (or done), by language. */
const loading: {[lang: string]: Promise<void> | undefined} = {};

/** The load of a language's built-in texts under way, if any (what rendering them started). */
export function opendatasoftTextsLoading(lang: Lang): Promise<void> | undefined {
  return tables[lang] ? undefined : loading[lang];
}

/**
 * Loads the built-in texts of a language (once; again after a failure), then announces them
 * with a `lit-localize-status` "ready" event, on which the elements render again. Resolves once
 * they are there: an element tracks it, so that its `settled` waits for them.
 */
export function loadOpendatasoftTexts(lang: Lang): Promise<void> {
  if (tables[lang]) return Promise.resolve();
  return (loading[lang] ??= loaders[lang as Exclude<Lang, 'fr'>]().then(
    (module) => {
      tables[lang] = module.texts;
      // Announced as the elements' texts are, so that they render again.
      globalThis.dispatchEvent?.(
        new CustomEvent('lit-localize-status', {detail: {status: 'ready', readyLocale: lang}})
      );
    },
    (error: unknown) => {
      loading[lang] = undefined;
      console.error('cookie elements:', error);
    }
  ));
}

/** A text of the built-in configuration: a map with its French text (the others are translations). */
const text = (key: keyof typeof texts) => ({fr: texts[key]});

const category = (id: string): Pick<CategoryConfig, 'title' | 'description'> => ({
  title: text((id === 'necessary' ? 'necessary.title' : `purpose.${id}.title`) as Key),
  description: text(`purpose.${id}.description` as Key),
});
const kind = (id: string): CookieType => ({
  title: text(`${id}.title` as Key),
  description: text(`${id}.description` as Key),
});
const cookie = (name: string): CookieDeclaration => ({
  category: 'necessary',
  provider: 'Opendatasoft',
  service: text(`${name}.service` as Key),
  name,
  purpose: text(`${name}.purpose` as Key),
  duration: text(`${name}.duration` as Key),
});

/**
 * The built-in configuration: the cookie charter of an Opendatasoft portal, with its purposes
 * as categories (necessary, audience measurement, third-party content and services), its four
 * Opendatasoft cookies, and the seed's four kinds of cookies, which the charter explains. It is
 * what both elements show when no configuration is given. Its skeleton (`opendatasoftCore`: revision, site, cookie,
 * category ids) is all the banner needs; the texts here load with the dialog or the charter,
 * and their translations with each language's texts.
 */
export const opendatasoftPreset: ConsentConfig = {
  ...structuredClone(opendatasoftCore),
  categories: opendatasoftCore.categories.map((c) => ({...c, ...category(c.id)})),
  cookies: ['sessionid', 'django_language', 'csrftoken', 'cookies_preferences'].map(cookie),
  cookieTypes: ['necessary', 'statistics', 'first-party', 'third-party'].map(kind),
};
