// The page every adversarial test starts from: traps installed before the shipped bundle (the
// payloads' global `__pwned`, uncaught errors, console errors, and the listeners added to
// `document` and `window`), then the bundle, then `body`.

/** The trap script, as a classic inline script placed before the bundle. */
export const TRAPS = `<script>
  window.__hits = [];
  window.__pwned = (what) => window.__hits.push(String(what));
  window.__uncaught = [];
  addEventListener('error', (e) => window.__uncaught.push(String(e.message)));
  addEventListener('unhandledrejection', (e) => window.__uncaught.push(String(e.reason && e.reason.stack || e.reason)));
  window.__consoleErrors = [];
  const realError = console.error;
  console.error = (...args) => {
    window.__consoleErrors.push(args.map((a) => (a instanceof Error ? a.stack || a.message : String(a))).join(' '));
    realError.apply(console, args);
  };
  window.__readyEvents = 0;
  document.addEventListener('cookie-consent-ready', () => window.__readyEvents++);
  // Listeners on document and window, counted through a wrapper of EventTarget's methods.
  window.__listeners = new Map();
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  const key = (target, type, listener, options) => {
    const capture = typeof options === 'boolean' ? options : !!(options && options.capture);
    return [target === document ? 'document' : 'window', type, capture];
  };
  const tracked = (target) => target === document || target === window;
  const entries = new Map();
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    if (tracked(this) && listener) {
      const [where, t, capture] = key(this, type, listener, options);
      let byType = entries.get(where + ' ' + t + ' ' + capture);
      if (!byType) entries.set(where + ' ' + t + ' ' + capture, (byType = new Set()));
      byType.add(listener);
    }
    return add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (type, listener, options) {
    if (tracked(this) && listener) {
      const [where, t, capture] = key(this, type, listener, options);
      entries.get(where + ' ' + t + ' ' + capture)?.delete(listener);
    }
    return remove.call(this, type, listener, options);
  };
  window.__listenerCount = () => [...entries.values()].reduce((n, s) => n + s.size, 0);
</script>`;

/** A page with the traps, then the shipped bundle, then `body`. */
export function trappedPage(body, {head = '', lang = 'fr'} = {}) {
  return `<!doctype html>
<html lang="${lang}">
  <head><meta charset="utf-8"><title>Adversarial</title><link rel="icon" href="data:,">${TRAPS}${head}
  <script type="module" src="/dist/cookie-elements.js"></script></head>
  <body><main><h1>Adversarial</h1></main>${body}</body>
</html>`;
}

/**
 * In the page: every `href`, `src`, `action`, `formaction`, `xlink:href`, `data` and `srcdoc` of
 * the light DOM and of every open shadow root, as `[attribute, value, resolved protocol, host]`.
 */
export function collectLinks() {
  const out = [];
  const visit = (root) => {
    for (const el of root.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        if (!/^(href|src|action|formaction|xlink:href|data|srcdoc|poster|background)$/i.test(attr.name)) continue;
        let protocol = '';
        let host = '';
        try {
          const url = new URL(attr.value, document.baseURI);
          protocol = url.protocol;
          host = url.host;
        } catch {
          protocol = 'unparsable:';
        }
        out.push([`${el.localName}[${attr.name}]`, attr.value, protocol, host]);
      }
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(document);
  return out;
}

/**
 * The links among `links` (from collectLinks) that are dangerous: not http(s) (but for a
 * same-page fragment and the page's icon), or off this site (`host`) while written without a
 * scheme, as if relative (`//evil.test`, `/\\evil.test`, `\\\\evil.test`). An address written
 * with its http(s) scheme may lead anywhere: that is what a site owner writes for another site.
 */
export function dangerousLinks(links, host) {
  return links.filter(([where, value, protocol, linkHost]) => {
    if (where === 'link[href]' && value === 'data:,') return false;
    if (value.startsWith('#')) return false;
    if (protocol !== 'http:' && protocol !== 'https:') return true;
    return linkHost !== host && !/^https?:/i.test(value);
  });
}

/** Every text of the light DOM and the open shadow roots, joined. */
export function collectText() {
  const parts = [];
  const visit = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) {
        parts.push(el.shadowRoot.textContent);
        visit(el.shadowRoot);
      }
    }
  };
  parts.push(document.body.textContent);
  visit(document);
  return parts.join('\n');
}

/** Every element of the light DOM and open shadow roots with an event-handler attribute (`on…`). */
export function collectHandlers() {
  const out = [];
  const visit = (root) => {
    for (const el of root.querySelectorAll('*')) {
      for (const attr of el.attributes) if (/^on/i.test(attr.name)) out.push(`${el.localName}[${attr.name}]`);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(document);
  return out;
}
