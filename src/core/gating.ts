import {releaseScript} from './trusted-types.js';

/** Scripts waiting for consent: `<script type="text/plain" data-cookie-category="…">`. */
export const GATED_SCRIPT_SELECTOR = 'script[type="text/plain" i][data-cookie-category]';
/**
 * Embeds waiting for consent: `<iframe|img|video|audio|embed data-cookie-category="…" data-src="…">`,
 * each loading what its `src` names.
 */
export const GATED_EMBED_SELECTOR = ':is(iframe, img, video, audio, embed)[data-cookie-category][data-src]';

/** What the gates ask of their owner. */
export interface GateHooks {
  /** Whether the category is granted now (required categories always are). */
  isGranted(categoryId: string): boolean;
  /**
   * Builds the placeholder shown in place of a blocked embed; the gate inserts it just before
   * the embed and removes it once the embed loads. Without this hook, blocked embeds stay hidden.
   */
  createPlaceholder?(embed: HTMLElement): HTMLElement;
  /** Called after a blocked embed was loaded in place (after a click on its placeholder, say). */
  embedReleased?(embed: HTMLElement, placeholder: HTMLElement | null): void;
}

/** Attributes of a gated script that are the gate's own and are not copied to the real script. */
const GATE_ATTRIBUTES = new Set(['type', 'data-type', 'data-src', 'src', 'data-cookie-category', 'nonce']);

/**
 * The embeds blocked on the page, by whichever gatekeeper blocked them last: a gatekeeper that
 * takes over (an element a framework re-mounts gets new gates) replaces the placeholder of the
 * one before, so that an embed never shows two, nor a stale one whose button would answer to a
 * gone element.
 */
const blockedOnPage = new WeakMap<HTMLElement, BlockedEmbed>();

/** Scripts already handed over, shared by every gate on the page: each runs once at most. */
const released = new WeakSet<HTMLScriptElement>();

interface BlockedEmbed {
  placeholder: HTMLElement | null;
  /** Whether the page had hidden the embed itself (then it stays hidden once loaded). */
  wasHidden: boolean;
}

/**
 * Script and embed gating for one document. Call `update()` whenever consent may have changed;
 * scripts and embeds added later are picked up by a MutationObserver.
 *
 * Scripts run once, in document order: an external script that is neither `async` nor a module
 * is waited for (load or error) before the next one runs, as the parser would.
 */
export class Gatekeeper {
  readonly #doc: Document;
  readonly #hooks: GateHooks;
  #observer: MutationObserver | null = null;
  readonly #blocked = new Map<HTMLElement, BlockedEmbed>();
  /** The tail of the chain of scripts being run, so that later ones wait for earlier ones. */
  #queue: Promise<void> = Promise.resolve();
  readonly #queued = new WeakSet<HTMLScriptElement>();

  constructor(doc: Document, hooks: GateHooks) {
    this.#doc = doc;
    this.#hooks = hooks;
  }

  /** Applies consent to everything on the page and watches for new scripts and embeds. */
  start(): void {
    if (!this.#observer && typeof MutationObserver !== 'undefined') {
      this.#observer = new MutationObserver((records) => {
        if (records.some((r) => Array.from(r.addedNodes).some(isGatedOrHoldsGated))) this.update();
      });
      this.#observer.observe(this.#doc.documentElement, {childList: true, subtree: true});
    }
    this.update();
  }

  stop(): void {
    this.#observer?.disconnect();
    this.#observer = null;
  }

  /** Stops and takes back the placeholders (another gatekeeper takes over, say). */
  dispose(): void {
    this.stop();
    for (const [embed, state] of this.#blocked) {
      state.placeholder?.remove();
      embed.hidden = state.wasHidden;
      if (blockedOnPage.get(embed) === state) blockedOnPage.delete(embed);
    }
    this.#blocked.clear();
  }

  /** Runs the scripts and loads the embeds whose category is granted; blocks the others. */
  update(): void {
    this.#updateEmbeds();
    this.#updateScripts();
  }

  /** The placeholders currently shown, with their embeds (to refresh their texts). */
  placeholders(): Array<[HTMLElement, HTMLElement]> {
    const out: Array<[HTMLElement, HTMLElement]> = [];
    for (const [embed, state] of this.#blocked) if (state.placeholder) out.push([embed, state.placeholder]);
    return out;
  }

  /** Blocks again the embeds whose consent was withdrawn (they unload and show a placeholder). */
  #updateEmbeds() {
    for (const [embed, state] of [...this.#blocked]) {
      if (!embed.isConnected) {
        state.placeholder?.remove();
        this.#blocked.delete(embed);
      }
    }
    for (const embed of Array.from(this.#doc.querySelectorAll<HTMLElement>(GATED_EMBED_SELECTOR))) {
      const category = embed.getAttribute('data-cookie-category') ?? '';
      const wanted = embed.getAttribute('data-src') ?? '';
      const granted = this.#hooks.isGranted(category);
      const state = this.#blocked.get(embed);
      if (granted) {
        if (state || embed.getAttribute('src') !== wanted) this.#load(embed, wanted, state);
      } else if (!state) {
        this.#block(embed);
      }
    }
  }

  #block(embed: HTMLElement) {
    const before = blockedOnPage.get(embed);
    before?.placeholder?.remove();
    const wasHidden = before ? before.wasHidden : embed.hidden;
    if (embed.hasAttribute('src')) {
      // Loaded earlier and now withdrawn: unload it (a frame's page; a media's stream, which
      // stops only once reloaded without a source).
      if (embed instanceof HTMLIFrameElement) embed.src = 'about:blank';
      embed.removeAttribute('src');
      if (embed instanceof HTMLMediaElement) embed.load();
    }
    embed.hidden = true;
    const placeholder = this.#hooks.createPlaceholder?.(embed) ?? null;
    if (placeholder) embed.before(placeholder);
    const state = {placeholder, wasHidden};
    this.#blocked.set(embed, state);
    blockedOnPage.set(embed, state);
  }

  #load(embed: HTMLElement, src: string, state: BlockedEmbed | undefined) {
    this.#blocked.delete(embed);
    blockedOnPage.delete(embed);
    if (state) {
      state.placeholder?.remove();
      embed.hidden = state.wasHidden;
    }
    embed.setAttribute('src', src);
    if (state) this.#hooks.embedReleased?.(embed, state.placeholder);
  }

  #updateScripts() {
    for (const script of Array.from(this.#doc.querySelectorAll<HTMLScriptElement>(GATED_SCRIPT_SELECTOR))) {
      if (released.has(script) || this.#queued.has(script)) continue;
      if (!this.#hooks.isGranted(script.getAttribute('data-cookie-category') ?? '')) continue;
      this.#queued.add(script);
      this.#queue = this.#queue.then(() => this.#run(script));
    }
  }

  /** Runs one gated script through a real script element; resolves when the next may run. */
  #run(original: HTMLScriptElement): Promise<void> {
    if (released.has(original) || !original.isConnected) return Promise.resolve();
    released.add(original);
    const script = this.#doc.createElement('script');
    for (const attribute of Array.from(original.attributes)) {
      if (!GATE_ATTRIBUTES.has(attribute.name)) script.setAttribute(attribute.name, attribute.value);
    }
    // The nonce attribute reads empty once the browser hides it: copy the property.
    const nonce = original.nonce || original.getAttribute('nonce');
    if (nonce) script.nonce = nonce;
    const type = original.getAttribute('data-type');
    if (type) script.type = type;
    const external = !!(original.getAttribute('data-src') ?? original.getAttribute('src'));
    const waits = external && !original.hasAttribute('async') && type !== 'module';
    // Dynamically inserted scripts are async unless told otherwise.
    script.async = original.hasAttribute('async');
    let done: Promise<void> = Promise.resolve();
    try {
      if (waits) {
        done = new Promise<void>((resolve) => {
          script.addEventListener('load', () => resolve(), {once: true});
          script.addEventListener('error', () => resolve(), {once: true});
        });
      }
      // Its address or text, through the Trusted Types policy that passes this script only.
      releaseScript(original, script);
      // Replace the inert copy, so that the page keeps one script at its place.
      original.replaceWith(script);
    } catch (error) {
      console.error('cookie-consent: a gated script could not run (Content-Security-Policy or Trusted Types?)', error);
      return Promise.resolve();
    }
    return done;
  }
}

const ANY_GATED = `${GATED_SCRIPT_SELECTOR}, ${GATED_EMBED_SELECTOR}`;

function isGatedOrHoldsGated(node: Node): boolean {
  if (!(node instanceof Element)) return false;
  return node.matches(ANY_GATED) || node.querySelector(ANY_GATED) !== null;
}
