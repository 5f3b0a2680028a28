import {fixture} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import type {CookieConsent} from '../../src/cookie-consent/cookie-consent.js';

/**
 * A `<cookie-consent>` rendered by `fixture`, once it is settled: its configuration read (a
 * child script or `config` goes through a chunk of its own) and the chunks it needs loaded.
 */
export async function consentFixture(template: TemplateResult): Promise<CookieConsent> {
  const el = await fixture<CookieConsent>(template);
  await el.settled;
  return el;
}
