import {html, nothing, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {msg, str} from '@lit/localize';
import {contactLink, isSafeLink} from '../core/links.js';
import {pickText} from '../core/text.js';
import type {CategoryConfig, ConsentConfig, ConsentMap, CookieDeclaration, Lang} from '../core/types.js';

/**
 * The charter's content as plain lit-html templates, shared by `<cookie-charter>` (rendered in
 * its shadow root) and by the static export (rendered to HTML by @lit-labs/ssr). One source
 * for both, so the pasteable HTML says exactly what the element says.
 *
 * Every configuration text goes in as a text binding (escaped by lit-html), never as markup.
 * Fixed texts come from `msg()`; these functions are only ever called from a `render()`
 * (the element's, or the export's after the locale is set).
 */

/** What the charter shows. */
export interface CharterView {
  config: ConsentConfig;
  lang: Lang;
  /** Level of the top headings, 1 to 5; sub-headings are one level below. */
  headingLevel: number;
  /** Prefix of every class name (`''` in the shadow root, `ods-cc-` in the export). */
  prefix: string;
  /**
   * Prefix of every id (default: `prefix`). The export gives each language its own, so that a
   * bilingual page can hold both fragments without two elements of the same id.
   */
  idPrefix?: string;
  /**
   * `live`: in a page with script, showing the visitor's current choice;
   * `static`: the exported HTML, which cannot know the visitor's choice.
   */
  mode: 'live' | 'static';
  /** The visitor's current choice (`null` before any decision). Live mode only. */
  consent?: ConsentMap | null;
  /** Called by the "change my choices" and "withdraw my consent" buttons; they show only when it is given. */
  onManage?: (event: Event) => void;
  /** The configuration had faults: show a notice above what is valid. */
  faulty?: boolean;
  /** Show the charter's own title ("Charte cookies") at the top level, sections below it. */
  withTitle?: boolean;
  /**
   * The versions section (`versionsSection`, charter-history.ts), when it is to show: it writes
   * the revision line after it (naming an automatic revision by its digest), given the level of
   * the charter's section headings and the functions that write a heading and that line.
   */
  versions?: (view: CharterView, level: number, write: typeof heading, line: typeof revisionLine) => unknown;
}

/** Clamps a heading level given by an attribute to 1–5 (default 2). */
export function clampHeadingLevel(value: unknown): number {
  const n = typeof value === 'number' ? value : Number.parseInt(String(value ?? ''), 10);
  if (!Number.isFinite(n)) return 2;
  return Math.min(5, Math.max(1, Math.round(n)));
}

export interface HeadingOptions {
  level: number;
  className: string;
  part: string;
  id?: string;
}

/** A real `<h1>`…`<h6>`: lit-html cannot bind a tag name, so one template per level. */
function heading({level, className, part, id}: HeadingOptions, content: unknown): TemplateResult {
  const i = ifDefined(id);
  switch (Math.min(6, Math.max(1, level))) {
    case 1:
      return html`<h1 class=${className} part=${part} id=${i}>${content}</h1>`;
    case 2:
      return html`<h2 class=${className} part=${part} id=${i}>${content}</h2>`;
    case 3:
      return html`<h3 class=${className} part=${part} id=${i}>${content}</h3>`;
    case 4:
      return html`<h4 class=${className} part=${part} id=${i}>${content}</h4>`;
    case 5:
      return html`<h5 class=${className} part=${part} id=${i}>${content}</h5>`;
    default:
      return html`<h6 class=${className} part=${part} id=${i}>${content}</h6>`;
  }
}

/** The update date in the language, e.g. "1 mai 2024", "1 May 2024", "1. Mai 2024", "1 de mayo de 2024". */
export function formatUpdated(updated: string | undefined, lang: Lang): string {
  if (!updated) return '';
  const time = Date.parse(updated);
  if (Number.isNaN(time)) return '';
  // A date alone ("2024-05-01") is parsed as UTC midnight: format it in UTC so that it
  // never shows the day before in a timezone west of Greenwich.
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(updated.trim());
  // Each language's own locale (`de` is German as written in Germany, …), British English.
  return new Intl.DateTimeFormat(intlLocale(lang), {
    dateStyle: 'long',
    ...(dateOnly ? {timeZone: 'UTC'} : {}),
  }).format(new Date(time));
}

/** The whole charter. */
export function charterTemplate(view: CharterView): TemplateResult {
  const {config, lang, prefix: p, idPrefix: ids = p} = view;
  const first = clampHeadingLevel(view.headingLevel);
  const top = view.withTitle ? first + 1 : first;
  const sub = top + 1;
  const cookiesBy = (category: CategoryConfig) => config.cookies.filter((c) => c.category === category.id);
  const withCookies = config.categories.filter((c) => cookiesBy(c).length > 0);

  return html`<div class="${p}charter" part="charter" lang=${lang}>
    ${
      view.withTitle
        ? heading({level: first, className: `${p}title`, part: 'title'}, msg('Charte cookies', {id: 'charter.title'}))
        : nothing
    }
    ${
      view.faulty
        ? html`<p class="${p}notice" part="notice" role="note">
          ${msg('La configuration de cette charte contient des erreurs : seules ses parties valides sont affichées.', {
            id: 'charter.faulty',
          })}
        </p>`
        : nothing
    }
    <p class="${p}intro" part="intro">
      ${msg(
        'Afin de vous proposer le meilleur service possible nous utilisons des cookies pour assurer son bon fonctionnement.',
        {id: 'charter.intro'}
      )}
    </p>

    <section class="${p}section" part="section definition-section" aria-labelledby="${ids}definition-heading">
      ${heading(
        {level: top, className: `${p}heading`, part: 'heading', id: `${ids}definition-heading`},
        msg("Qu'est-ce qu'un cookie\u00a0?", {id: 'charter.definitionHeading'})
      )}
      <p class="${p}text" part="text">
        ${msg(
          "Un \"cookie\" est une suite d'informations, généralement de petite taille et identifié par un nom, qui peut être transmis à votre navigateur par un site web sur lequel vous vous connectez. Votre navigateur web le conservera pendant une certaine durée, et le renverra au serveur web chaque fois que vous vous y re-connecterez. Les cookies ont de multiples usages\u00a0: ils peuvent servir à mémoriser votre identifiant client auprès d'un site marchand, le contenu courant de votre panier d'achat, un identifiant permettant de tracer votre navigation pour des finalités statistiques ou publicitaires, etc.",
          {id: 'charter.definition'}
        )}
      </p>
      <p class="${p}text" part="text">${msg('Il existe plusieurs types de cookies\u00a0:', {id: 'charter.typesIntro'})}</p>
      <ul class="${p}category-list" part="category-list" role="list">
        ${(config.cookieTypes ?? config.categories).map(
          (category) => html`<li class="${p}category" part="category">
            ${heading({level: sub, className: `${p}subheading`, part: 'subheading category-title'}, pickText(category.title, lang))}
            ${
              category.description
                ? html`<p class="${p}text" part="text category-description">${pickText(category.description, lang)}</p>`
                : nothing
            }
          </li>`
        )}
      </ul>
    </section>

    <section class="${p}section" part="section uses-section" aria-labelledby="${ids}uses-heading">
      ${heading({level: top, className: `${p}heading`, part: 'heading', id: `${ids}uses-heading`}, usesHeading(view))}
      ${config.cookieTypes ? purposeList(view) : nothing}
      ${
        withCookies.length === 0
          ? html`<p class="${p}text" part="text">${msg("Aucun cookie n'est déclaré pour ce site.", {id: 'charter.noCookies'})}</p>`
          : withCookies.map((category) => cookieTable(view, category, cookiesBy(category)))
      }
    </section>

    <section class="${p}section" part="section manage-section" aria-labelledby="${ids}manage-heading">
      ${heading(
        {level: top, className: `${p}heading`, part: 'heading', id: `${ids}manage-heading`},
        msg('Gérer vos choix', {id: 'charter.manageHeading'})
      )}
      ${
        view.mode === 'live'
          ? currentChoice(view)
          : html`<p class="${p}text" part="text">
            ${msg(
              'Vous pouvez modifier vos choix à tout moment depuis le bandeau ou le lien de gestion des cookies de ce site.',
              {id: 'charter.manageStatic'}
            )}
          </p>`
      }
      <p class="${p}text" part="text">
        ${msg('Vous pouvez aussi bloquer ou supprimer les cookies dans les réglages de votre navigateur.', {
          id: 'charter.browserSettings',
        })}
      </p>
    </section>

    ${rightsSection(view, top, sub)}

    ${view.versions ? view.versions(view, top, heading, revisionLine) : revisionLine(view)}
  </div>`;
}

function usesHeading(view: CharterView): unknown {
  const {config, lang, prefix: p} = view;
  const name = pickText(config.site.name, lang);
  const url = config.site.url;
  if (!name && !url) return msg('À quoi servent les cookies sur ce site\u00a0?', {id: 'charter.usesHeadingNoSite'});
  const label = name || url || '';
  const site =
    url && isSafeLink(url) ? html`<a class="${p}site-link" part="site-link" href=${url}>${label}</a>` : label;
  // The space goes in the same text node as the words: a text node of white space alone
  // between two parts is left out of the heading's accessible name by Chromium
  // ("…sur la plateformedata.seineouest.fr").
  return html`${msg('À quoi servent les cookies sur la plateforme', {id: 'charter.usesHeading'}) + ' '}${site}`;
}

/**
 * The purposes (the categories), each with its explanation: when the "types of cookies" section
 * explains kinds of cookies instead (`cookieTypes`), the purposes visitors are asked about are
 * explained here, in the static export too.
 */
function purposeList(view: CharterView): TemplateResult {
  const {config, lang, prefix: p} = view;
  return html`<ul class="${p}purpose-list" part="purpose-list" role="list">
    ${config.categories.map((category) => {
      const description = pickText(category.description, lang);
      return html`<li class="${p}purpose" part="purpose" data-category=${category.id}>
        <p class="${p}text" part="text purpose-title"><strong>${pickText(category.title, lang)}</strong></p>
        ${description ? html`<p class="${p}text" part="text purpose-description">${description}</p>` : nothing}
      </li>`;
    })}
  </ul>`;
}

function cookieTable(view: CharterView, category: CategoryConfig, cookies: CookieDeclaration[]): TemplateResult {
  const {lang, prefix: p, idPrefix = p} = view;
  const captionId = `${idPrefix}caption-${category.id}`;
  return html`<div
    class="${p}table-region"
    part="table-region"
    role="region"
    tabindex="0"
    aria-labelledby=${captionId}
  >
    <table class="${p}table" part="table">
      <caption class="${p}caption" part="caption" id=${captionId}>${pickText(category.title, lang)}</caption>
      <thead>
        <tr>
          <th class="${p}header-cell" part="header-cell" scope="col">${msg('Nom du prestataire', {id: 'charter.colProvider'})}</th>
          <th class="${p}header-cell" part="header-cell" scope="col">${msg('Service et emplacement', {id: 'charter.colService'})}</th>
          <th class="${p}header-cell" part="header-cell" scope="col">${msg('Nom du cookie', {id: 'charter.colName'})}</th>
          <th class="${p}header-cell" part="header-cell" scope="col">${msg('Finalités', {id: 'charter.colPurpose'})}</th>
          <th class="${p}header-cell" part="header-cell" scope="col">${msg('Durée de conservation', {id: 'charter.colDuration'})}</th>
        </tr>
      </thead>
      <tbody>
        ${cookies.map(
          (cookie) => html`<tr class="${p}row" part="row">
            <td class="${p}cell" part="cell">${pickText(cookie.provider, lang)}</td>
            <td class="${p}cell" part="cell">${pickText(cookie.service, lang)}</td>
            <td class="${p}cell" part="cell"><code class="${p}cookie-name" part="cookie-name">${cookie.name}</code></td>
            <td class="${p}cell" part="cell">${pickText(cookie.purpose, lang)}</td>
            <td class="${p}cell" part="cell">${pickText(cookie.duration, lang)}</td>
          </tr>`
        )}
      </tbody>
    </table>
  </div>`;
}

function currentChoice(view: CharterView): TemplateResult {
  const {config, lang, prefix: p, consent} = view;
  const decided = consent !== null && consent !== undefined;
  return html`${
    decided
      ? html`<p class="${p}text" part="text">${msg('Votre choix actuel\u00a0:', {id: 'charter.currentChoice'})}</p>`
      : html`<p class="${p}text" part="text">
          ${msg(
            "Vous n'avez pas encore fait de choix\u00a0: seuls les cookies qui ne demandent pas votre accord sont utilisés.",
            {id: 'charter.noChoice'}
          )}
        </p>`
  }
    <ul class="${p}status-list" part="status-list" role="list">
      ${config.categories.map((category) => {
        // The map's own `true` only: a category named `constructor` finds no inherited member.
        const granted = !!consent && Object.hasOwn(consent, category.id) && consent[category.id] === true;
        const state = category.required
          ? msg('Toujours actifs', {id: 'charter.stateRequired'})
          : granted
            ? msg('Acceptés', {id: 'charter.stateGranted'})
            : msg('Refusés', {id: 'charter.stateRefused'});
        const kind = category.required ? 'required' : granted ? 'granted' : 'refused';
        return html`<li class="${p}status-item" part="status-item" data-category=${category.id} data-state=${kind}>
          <span class="${p}status-category" part="status-category">${pickText(category.title, lang)}</span
          ><span class="${p}status-separator">${msg('\u00a0: ', {id: 'charter.stateSeparator'})}</span
          ><strong class="${p}status-state ${p}status-${kind}" part="status-state">${state}</strong>
        </li>`;
      })}
    </ul>
    ${
      view.onManage
        ? html`<button type="button" class="${p}button" part="manage-button" aria-haspopup="dialog" @click=${view.onManage}>
          ${msg('Modifier mes choix', {id: 'charter.manageButton'})}
        </button>`
        : nothing
    }`;
}

/** Where a complaint to the CNIL goes: its postal address (lines) and its website. */
const CNIL_ADDRESS = 'CNIL\n3 place de Fontenoy\nTSA 80715\n75334 Paris Cedex 07';
const CNIL_URL = 'https://www.cnil.fr';

/** The locale a language's dates and lists are written in (British English). */
const intlLocale = (lang: Lang) => (lang === 'en' ? 'en-GB' : lang);

/**
 * The visitor's rights: who the controller is and how to reach them (and their DPO), the rights
 * of access, rectification, erasure and objection, withdrawal at any time (with a button that
 * opens the preferences, live), what refusing changes, who receives the data of each optional
 * category, and the right to complain to the CNIL.
 */
function rightsSection(view: CharterView, top: number, sub: number): TemplateResult {
  const {config, lang, prefix: p, idPrefix: ids = p} = view;
  const sep = msg('\u00a0: ', {id: 'charter.stateSeparator'});
  const subheading = (text: string) => heading({level: sub, className: `${p}subheading`, part: 'subheading'}, text);
  /** A contact's link: `mailto:` or http(s) (contactLink), else nothing. */
  const link = (contact: string | undefined) => {
    const to = contactLink(contact);
    return to && html`<a class="${p}link" part="contact-link" href=${to.href}>${to.text}</a>`;
  };
  const {controller, dpo} = config;
  const contact = controller && link(controller.contact);
  // The distinct providers of each optional category's cookies, as the language writes a list.
  const list = new Intl.ListFormat(intlLocale(lang), {type: 'conjunction'});
  const recipients = config.categories
    .filter((category) => !category.required)
    .map((category) => ({
      category,
      providers: [
        ...new Set(config.cookies.filter((c) => c.category === category.id).map((c) => pickText(c.provider, lang))),
      ],
    }))
    .filter((r) => r.providers.length > 0);

  return html`<section class="${p}section" part="section rights-section" aria-labelledby="${ids}rights-heading">
    ${heading(
      {level: top, className: `${p}heading`, part: 'heading', id: `${ids}rights-heading`},
      msg('Vos données et vos droits', {id: 'charter.rightsHeading'})
    )}
    ${subheading(msg('Responsable du traitement', {id: 'charter.controllerHeading'}))}
    ${
      controller
        ? html`<p class="${p}text" part="text">
              ${msg('Le responsable du traitement des données collectées par les cookies de ce site est\u00a0:', {
                id: 'charter.controllerIntro',
              })}
            </p>
            <p class="${p}text ${p}controller" part="text controller">
              <strong>${pickText(controller.name, lang)}</strong>${
                controller.address
                  ? html`<br /><span class="${p}address" part="address">${pickText(controller.address, lang)}</span>`
                  : nothing
              }${contact ? html`<br />${msg('Contact', {id: 'charter.contact'}) + sep}${contact}` : nothing}
            </p>`
        : html`<p class="${p}text" part="text">
            ${msg(
              "Le responsable du traitement est l'éditeur de ce site\u00a0: ses coordonnées figurent dans les mentions légales du site.",
              {id: 'charter.noController'}
            )}
          </p>`
    }
    ${
      dpo
        ? html`<p class="${p}text" part="text dpo">
            ${msg('Délégué à la protection des données (DPO)', {id: 'charter.dpo'}) + sep}${link(dpo.contact)}
          </p>`
        : nothing
    }

    ${subheading(msg('Exercer vos droits', {id: 'charter.rightsSubheading'}))}
    <p class="${p}text" part="text">
      ${msg(
        "Conformément au règlement général sur la protection des données (RGPD) et à la loi «\u00a0Informatique et Libertés\u00a0», vous disposez d'un droit d'accès, de rectification et d'effacement des données qui vous concernent, ainsi que d'un droit d'opposition à leur traitement. Pour les exercer, adressez-vous au responsable du traitement ou à son délégué à la protection des données.",
        {id: 'charter.rights'}
      )}
    </p>
    <p class="${p}text" part="text">
      ${msg(
        "Vous pouvez retirer votre consentement à tout moment, aussi simplement que vous l'avez donné, en refusant les catégories concernées dans vos choix. Le retrait vaut pour l'avenir.",
        {id: 'charter.withdraw'}
      )}
    </p>
    ${
      // Only a consent given can be withdrawn: before any, the button to make one's choices is
      // above (the manage section).
      view.onManage && config.categories.some((c) => !c.required && view.consent?.[c.id] === true)
        ? html`<button type="button" class="${p}button" part="withdraw-button" aria-haspopup="dialog" @click=${view.onManage}>
          ${msg('Retirer mon consentement', {id: 'charter.withdrawButton'})}
        </button>`
        : nothing
    }

    ${subheading(msg('Si vous refusez', {id: 'charter.refusalHeading'}))}
    <p class="${p}text" part="text">
      ${msg(
        "Refuser les cookies soumis à votre consentement ne vous empêche pas d'utiliser ce site. Les contenus des catégories refusées ne sont pas chargés\u00a0: à la place d'un contenu intégré qui en dépend (vidéo, carte…), un message vous permet de l'afficher en acceptant sa catégorie.",
        {id: 'charter.refusal'}
      )}
    </p>

    ${subheading(msg('Destinataires des données', {id: 'charter.recipientsHeading'}))}
    ${
      recipients.length
        ? html`<p class="${p}text" part="text">
              ${msg(
                'Les cookies soumis à votre consentement sont déposés par les prestataires suivants, destinataires des données qu’ils collectent\u00a0:',
                {id: 'charter.recipients'}
              )}
            </p>
            <ul class="${p}status-list" part="recipient-list" role="list">
              ${recipients.map(
                ({
                  category,
                  providers,
                }) => html`<li class="${p}status-item" part="recipient" data-category=${category.id}>
                  <span class="${p}status-category" part="recipient-category">${pickText(category.title, lang)}</span
                  >${sep}<span part="recipient-providers">${list.format(providers)}</span>
                </li>`
              )}
            </ul>`
        : html`<p class="${p}text" part="text">
            ${msg("Aucun cookie soumis à votre consentement n'est déclaré pour ce site.", {id: 'charter.noRecipients'})}
          </p>`
    }

    ${subheading(msg('Réclamation auprès de la CNIL', {id: 'charter.complaintHeading'}))}
    <p class="${p}text" part="text">
      ${msg(
        "Si vous estimez, après avoir contacté le responsable du traitement, que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la Commission nationale de l'informatique et des libertés (CNIL)\u00a0:",
        {id: 'charter.complaint'}
      )}
    </p>
    <p class="${p}text ${p}address" part="text cnil-address">${CNIL_ADDRESS}</p>
    <p class="${p}text" part="text">
      ${msg('Site web', {id: 'charter.cnilWebsite'}) + sep}<a class="${p}link" part="cnil-link" href=${CNIL_URL}
        >www.cnil.fr</a
      >
    </p>
  </section>`;
}

/** The revision and update date; `name` names the revision otherwise than by its number. */
function revisionLine(view: CharterView, name?: string): TemplateResult {
  const {config, lang, prefix: p} = view;
  const revision = name ?? String(config.revision);
  const date = formatUpdated(config.updated, lang);
  return html`<p class="${p}revision" part="revision">
    ${
      date
        ? msg(str`Version ${revision} de cette charte, mise à jour le ${date}.`, {id: 'charter.revisionUpdated'})
        : msg(str`Version ${revision} de cette charte.`, {id: 'charter.revision'})
    }
  </p>`;
}
