// What a page reloaded after a withdrawal remembers of the page before it: that the visitor's
// choice was saved (the status region says so again, since the reload cut it short) and where
// the focus was (the link or button that opened the preferences), so that a keyboard or screen
// reader visitor is not sent back to the top of the page. One sessionStorage entry, written
// just before the reload and removed as the reloaded page reads it; it counts only for the
// same page, within a minute (a reload the visitor stopped leaves it to no other page). A
// chunk's module: the entry only asks whether the entry exists (effects-needs.ts).
import {deepActiveElement} from '../dom/deep-active.js';
import {RELOAD_MEMO_KEY} from './effects-needs.js';

/**
 * Where an element is: for each root from the document down (the document, then the shadow
 * root of each host on the way), a selector that names it as steadily as it can (its `id`,
 * else its tag and `part`, else its tag) and its index among that selector's matches.
 */
type Place = Array<[selector: string, index: number]>;

interface ReloadMemo {
  /** The consent cookie's name: the element of this configuration takes the memo. */
  cookie: string;
  /** The page reloaded (without its fragment), and when the memo was written (ms). */
  page: string;
  at: number;
  focus: Place | null;
}

/** How long the reloaded page waits for the element that had the focus to render, in ms. */
const FOCUS_WAIT_MS = 5000;
/** How old a memo may be when the reloaded page reads it, in ms. */
const MEMO_LIFETIME_MS = 60_000;

const thisPage = () => location.href.split('#')[0];

/** Writes the memo for the reload about to happen. Storage refused (a privacy mode): nothing. */
export function rememberForReload(cookie: string): void {
  const active = deepActiveElement();
  const focus = active ? placeOf(active) : null;
  const memo: ReloadMemo = {cookie, page: thisPage(), at: Date.now(), focus};
  try {
    sessionStorage.setItem(RELOAD_MEMO_KEY, JSON.stringify(memo));
  } catch {
    // No sessionStorage: the page reloads without it.
  }
}

/**
 * Takes the memo of the page before the reload, for the consent cookie `cookie`: `null` when
 * there is none, or it is not of this format, or of another page, or too old (then it is
 * removed too); a memo of another cookie is left for its element.
 */
export function takeReloadMemo(cookie: string): Pick<ReloadMemo, 'focus'> | null {
  try {
    const text = sessionStorage.getItem(RELOAD_MEMO_KEY);
    if (text === null) return null;
    const memo = JSON.parse(text) as Partial<ReloadMemo> | null;
    // Another element's (another cookie): left for it.
    if (typeof memo?.cookie === 'string' && memo.cookie !== cookie) return null;
    sessionStorage.removeItem(RELOAD_MEMO_KEY);
    const age = Date.now() - Number(memo?.at);
    if (memo?.page !== thisPage() || !(age >= 0 && age < MEMO_LIFETIME_MS)) return null;
    return {focus: isPlace(memo.focus) ? memo.focus : null};
  } catch {
    return null;
  }
}

/**
 * Gives the focus back to the element at `place` once it has rendered (the charter renders
 * after the page loads), scrolling to it; unless the visitor has meanwhile put the focus
 * elsewhere, or it does not come within a few seconds.
 */
export function restoreFocus(place: Place): void {
  const start = Date.now();
  const attempt = () => {
    if (document.activeElement !== document.body && document.activeElement !== null) return;
    const element = elementAt(place);
    if (element) element.focus();
    else if (Date.now() - start < FOCUS_WAIT_MS) setTimeout(attempt, 100);
  };
  attempt();
}

function placeOf(element: Element): Place {
  const place: Place = [];
  let current: Element | null = element;
  while (current) {
    const root = current.getRootNode() as Document | ShadowRoot;
    const part = current.getAttribute('part');
    const selector = current.id
      ? `#${CSS.escape(current.id)}`
      : part
        ? `${current.localName}[part="${CSS.escape(part)}"]`
        : current.localName;
    place.unshift([selector, [...root.querySelectorAll(selector)].indexOf(current)]);
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return place;
}

function elementAt(place: Place): HTMLElement | null {
  let root: Document | ShadowRoot | null = document;
  let element: Element | undefined;
  for (const [selector, index] of place) {
    if (!root) return null;
    try {
      element = root.querySelectorAll(selector)[index];
    } catch {
      return null; // not a selector (a memo written by something else)
    }
    if (!element) return null;
    root = element.shadowRoot;
  }
  return element instanceof HTMLElement ? element : null;
}

function isPlace(value: unknown): value is Place {
  return (
    Array.isArray(value) &&
    value.every(
      (step) =>
        Array.isArray(step) &&
        step.length === 2 &&
        typeof step[0] === 'string' &&
        Number.isInteger(step[1]) &&
        step[1] >= 0
    )
  );
}
