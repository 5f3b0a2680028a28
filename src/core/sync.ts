import type {ConsentAction} from './types.js';

/** What one tab tells the others after a decision made in it. */
export interface SyncMessage {
  /** The action taken in the other tab; `null` when the decision was forgotten (`reset()`). */
  action: ConsentAction | null;
}

/** The BroadcastChannel name for a consent cookie: tabs of one site that share the cookie meet on it. */
export function syncChannelName(cookieName: string): string {
  return `cookie-consent:${cookieName}`;
}

/**
 * Keeps the tabs of a site in step. A decision is announced on a BroadcastChannel named after
 * the consent cookie; the other tabs then read the cookie again. Since BroadcastChannel does
 * not reach other origins (a cookie shared with `cookie.domain`) nor every browser, the cookie
 * is also read again whenever the page becomes visible or gets the focus.
 */
export class ConsentSync {
  private channel: BroadcastChannel | null = null;
  private readonly onCheck: (message: SyncMessage | null) => void;
  private readonly name: string;
  private readonly win: Window;
  private readonly onVisible = () => {
    if (this.win.document.visibilityState !== 'hidden') this.onCheck(null);
  };
  private readonly onFocus = () => this.onCheck(null);

  /** `onCheck` receives the other tab's message, or `null` when the cookie should be re-read. */
  constructor(cookieName: string, onCheck: (message: SyncMessage | null) => void, win: Window = window) {
    this.name = syncChannelName(cookieName);
    this.onCheck = onCheck;
    this.win = win;
  }

  start(): void {
    if (this.channel) return;
    if (typeof BroadcastChannel !== 'undefined') {
      try {
        this.channel = new BroadcastChannel(this.name);
        this.channel.onmessage = (event: MessageEvent) => {
          const data = event.data as Partial<SyncMessage> | null;
          if (data && typeof data === 'object' && 'action' in data) this.onCheck({action: data.action ?? null});
        };
      } catch {
        this.channel = null; // opaque origins (sandboxed frames) cannot open one
      }
    }
    this.win.document.addEventListener('visibilitychange', this.onVisible);
    this.win.addEventListener('focus', this.onFocus);
  }

  stop(): void {
    this.channel?.close();
    this.channel = null;
    this.win.document.removeEventListener('visibilitychange', this.onVisible);
    this.win.removeEventListener('focus', this.onFocus);
  }

  /** Tells the other tabs that a decision was made here. */
  announce(message: SyncMessage): void {
    try {
      this.channel?.postMessage(message);
    } catch {
      // closed meanwhile
    }
  }
}
