import {fixture, html} from '@open-wc/testing';
import '../../src/cookie-consent/define.js';
import {defaultConfig} from '../../src/core/config.js';
import {parseCookieString} from '../../src/core/cookie-jar.js';
import type {ConsentConfig} from '../../src/core/types.js';
import type {CookieConsent} from '../../src/cookie-consent/cookie-consent.js';
import type {CookieConsentChangeDetail} from '../../src/cookie-consent/events.js';

/** Deletes every cookie this page can see (host-only, path /). */
export function clearCookies(): void {
  for (const [name] of parseCookieString(document.cookie)) {
    document.cookie = `${name}=; Path=/; Max-Age=0`;
  }
}

/** The seed's configuration, with the given changes. */
export function testConfig(change: (config: ConsentConfig) => void = () => undefined): ConsentConfig {
  const config = defaultConfig();
  change(config);
  return config;
}

export interface ElementOptions {
  reloadOnWithdraw?: boolean;
  ignoreGpc?: boolean;
}

/**
 * A `<cookie-consent>` in the page, its configuration loaded and first render done. It does not
 * reload the page after a withdrawal (the test page would go); reload-on-withdraw.test.ts tests
 * the reload in a frame.
 */
export async function consentElement(config: ConsentConfig, options: ElementOptions = {}): Promise<CookieConsent> {
  const el = await fixture<CookieConsent>(
    html`<cookie-consent
      .config=${config}
      ?reload-on-withdraw=${options.reloadOnWithdraw ?? false}
      no-reload-on-withdraw
      ?ignore-gpc=${options.ignoreGpc ?? false}
    ></cookie-consent>`
  );
  await el.settled;
  return el;
}

/** Records every `cookie-consent-change` event that reaches the document. */
export function recordChanges(): {details: CookieConsentChangeDetail[]; stop: () => void} {
  const details: CookieConsentChangeDetail[] = [];
  const listener = (event: Event) => details.push((event as CustomEvent<CookieConsentChangeDetail>).detail);
  document.addEventListener('cookie-consent-change', listener);
  return {details, stop: () => document.removeEventListener('cookie-consent-change', listener)};
}

/** A gated script, built with DOM APIs. */
export function gatedScript(
  category: string,
  options: {text?: string; src?: string; attrs?: Record<string, string>} = {}
) {
  const script = document.createElement('script');
  script.type = 'text/plain';
  script.setAttribute('data-cookie-category', category);
  if (options.src) script.setAttribute('data-src', options.src);
  if (options.text) script.text = options.text;
  for (const [name, value] of Object.entries(options.attrs ?? {})) script.setAttribute(name, value);
  return script;
}

export const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

/** A same-origin iframe page, loaded. */
export async function frame(src: string): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, {once: true}));
  iframe.src = src;
  document.body.append(iframe);
  await loaded;
  return iframe;
}
