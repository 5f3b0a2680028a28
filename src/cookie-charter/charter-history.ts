import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {declarationDigest} from '../core/digest.js';
import {formatDay, newestFirst} from '../core/history.js';
import {pickText} from '../core/text.js';
import type {CharterView, HeadingOptions} from './charter-template.js';

/**
 * The charter's "Versions" section: the version in force with the date and the digest of its
 * declaration (what a site owner keeps to show what visitors consented to), then the history,
 * newest first; then the charter's revision line, an automatic revision named by its digest.
 * Shared by the static export, which always shows it, and `<cookie-charter>`,
 * which loads it (a chunk of the browser bundle) for a configuration that has a history or an
 * automatic revision. Its own module, apart from the other sections; `charterTemplate` gives
 * it the level of its heading and the function that writes one (the chunk then imports
 * nothing from the charter's).
 */
export function versionsSection(
  view: CharterView,
  level: number,
  heading: (options: HeadingOptions, content: unknown) => TemplateResult,
  revisionLine: (view: CharterView, name?: string) => TemplateResult
): TemplateResult {
  const {config, lang, prefix: p, idPrefix: ids = p} = view;
  const digest = declarationDigest(config);
  const history = newestFirst(config.history ?? []);
  const version = versionOf(config.digest ?? config.revision);
  // The version came into force on its own entry's date, else on the policy's last update.
  const since = history.find(({revision}) =>
    typeof revision === 'number'
      ? !config.digest && revision === config.revision
      : !!config.digest?.startsWith(revision)
  );
  const day = since?.date ?? config.updated;
  const date = day ? formatDay(day, lang) : '';
  return html`<section
    class="${p}section"
    part="section versions-section"
    aria-labelledby="${ids}versions-heading"
    data-digest=${digest}
  >
    ${heading(
      {level, className: `${p}heading`, part: 'heading', id: `${ids}versions-heading`},
      msg('Versions de cette charte', {id: 'charter.versionsHeading'})
    )}
    <p class="${p}text ${p}fingerprint" part="text fingerprint">
      ${
        date
          ? msg(str`Version ${version} du ${date} — empreinte ${digest}`, {id: 'charter.fingerprintDated'})
          : msg(str`Version ${version} — empreinte ${digest}`, {id: 'charter.fingerprint'})
      }
    </p>
    ${
      history.length
        ? html`<ol class="${p}version-list" part="version-list" role="list">
          ${history.map((entry) => {
            const label = versionOf(entry.revision);
            const when = formatDay(entry.date, lang);
            return html`<li class="${p}version" part="version" data-revision=${String(entry.revision)}>
              <span class="${p}version-title" part="version-title"
                >${msg(str`Version ${label} du ${when}`, {id: 'charter.versionTitle'})}</span
              ><span class="${p}status-separator">${msg('\u00a0: ', {id: 'charter.stateSeparator'})}</span
              >${pickText(entry.changes, lang)}
            </li>`;
          })}
        </ol>`
        : nothing
    }
  </section>
  ${revisionLine(view, version)}`;
}

/** A version as the charter names it: its number, or the first 13 hex digits of its digest. */
function versionOf(revision: number | string): string {
  return typeof revision === 'number' ? String(revision) : revision.slice(0, 20);
}
