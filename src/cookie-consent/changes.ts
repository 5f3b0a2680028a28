// What changed since a returning visitor's last choice, shown in the banner when they are asked
// again because the configuration's version changed: the history entries newer than their
// stored decision. A chunk of the browser bundle, loaded by the effects only for a visitor who
// has a consent cookie on a site whose configuration has a history.
import {html, nothing} from 'lit';
import {msg, str} from '@lit/localize';
import {changesSince, earlierDecision, formatDay} from '../core/history.js';
import {pickText} from '../core/text.js';
import type {ConsentConfig, Lang} from '../core/types.js';

/**
 * The changes since the visitor's decision for an earlier version (read from the consent
 * cookie), newest first; nothing when there is no such decision or no newer entry.
 */
export function renderChanges(config: ConsentConfig, lang: Lang) {
  const record = earlierDecision(config);
  const changes = record ? changesSince(config.history ?? [], record) : [];
  if (!changes.length) return nothing;
  return html`<div class="changes" part="banner-changes">
    <h3 id="changes-title" class="changes-title" part="banner-changes-title">
      ${msg('Ce qui a changé depuis votre dernier choix', {id: 'consent.changesTitle'})}
    </h3>
    <ul aria-labelledby="changes-title" part="banner-changes-list">
      ${changes.map((entry) => {
        const date = formatDay(entry.date, lang);
        const text = pickText(entry.changes, lang);
        return html`<li>${msg(str`${date}\u00a0: ${text}`, {id: 'consent.changesEntry'})}</li>`;
      })}
    </ul>
  </div>`;
}
