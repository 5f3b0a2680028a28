// Entry of the self-contained browser bundle (the package's `unpkg` file). It defines
// <cookie-consent> at once; <cookie-charter>'s class, templates, styles and long texts are a
// separate chunk, loaded only when a <cookie-charter> is (or comes) on the page.
import './cookie-consent/define.js';

const TAG = 'cookie-charter';
let charter: Promise<unknown> | undefined;

/** Loads and defines <cookie-charter> (once); resolves with its class. */
export function loadCookieCharter(): Promise<CustomElementConstructor> {
  charter ??= import('./cookie-charter/define.js');
  return charter.then(() => customElements.get(TAG)!);
}

if (!customElements.get(TAG)) {
  if (document.querySelector(TAG)) loadCookieCharter();
  else {
    // Until one comes: only the added elements are looked at, so a busy page pays little.
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of Array.from(record.addedNodes)) {
          if (node instanceof Element && (node.localName === TAG || node.querySelector(TAG))) {
            observer.disconnect();
            loadCookieCharter();
            return;
          }
        }
      }
    });
    observer.observe(document, {childList: true, subtree: true});
  }
}

export {CookieConsent} from './cookie-consent/cookie-consent.js';
