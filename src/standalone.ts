// Entry of the standalone charter page (dist/standalone.html), made to be hosted anywhere and
// embedded with an <iframe>: `?lang=fr|en|de|es|it|nl` picks the language (a region code such
// as `de-AT` too; any other keeps French), `?config=<url>` the configuration file. Only
// addresses of the page's own origin are followed, plus the origins the host lists in the
// charter's `data-config-origins` attribute: nobody can make the page show someone else's text
// under the host's name.
import './define.js';
import {resolveHttp} from './core/links.js';
import {normalizeLang} from './core/locale.js';

const params = new URLSearchParams(location.search);
const lang = normalizeLang(params.get('lang'));
if (lang) document.documentElement.lang = lang;

const charter = document.querySelector('cookie-charter');
const config = params.get('config');
// Parsed as the browser does (http(s) only), then held to the allowed origins.
const url = charter && config ? resolveHttp(config, location.href) : null;
if (charter && url) {
  const allowed = new Set([location.origin, ...(charter.dataset.configOrigins ?? '').split(/\s+/).filter(Boolean)]);
  if (allowed.has(url.origin)) {
    // Another origin must also be in the page's connect-src: say so, rather than only that the
    // file could not be fetched.
    addEventListener('securitypolicyviolation', (event) => {
      if (event.effectiveDirective === 'connect-src' && event.blockedURI.startsWith(url.origin)) {
        console.error(
          `<cookie-charter>: the page's Content-Security-Policy blocks ${url.origin}: add it to connect-src in the <meta> of standalone.html, as well as to data-config-origins`
        );
      }
    });
    charter.setAttribute('src', url.href);
  } else
    console.error(`<cookie-charter>: the configuration ${url.origin} is not an allowed origin (data-config-origins)`);
}

// The page's title in the charter's language: the charter's own title, once it shows (again
// whenever a language's texts arrive).
const retitle = () =>
  charter?.updateComplete.then(() => {
    const title = charter.shadowRoot?.querySelector('h1')?.textContent?.trim();
    if (title) document.title = title;
  });
customElements.whenDefined('cookie-charter').then(retitle);
addEventListener('lit-localize-status', retitle);

// Tell an embedding page how tall the charter is, so that it can size the <iframe>.
if (window.parent !== window && charter && 'ResizeObserver' in window) {
  new ResizeObserver(() => {
    window.parent.postMessage({type: 'cookie-charter:height', height: document.documentElement.scrollHeight}, '*');
  }).observe(document.body);
}
