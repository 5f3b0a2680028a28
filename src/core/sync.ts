import type {ConsentAction} from './types.js';

/** What one tab tells the others after a decision made in it. */
export interface SyncMessage {
  /** The action taken in the other tab; `null` when the decision was forgotten (`reset()`). */
  action: ConsentAction | null;
  /**
   * The consent cookie's value the other tab wrote (`''` when it deleted it): the receiving tab
   * may see the cookie change later than the message arrives.
   */
  value?: string;
}

/** The BroadcastChannel name for a consent cookie: tabs of one site that share the cookie meet on it. */
export function syncChannelName(cookieName: string): string {
  return `cookie-consent:${cookieName}`;
}

/** A tab listening to the others (`syncTabs`). */
export interface TabSync {
  /** Tells the other tabs that a decision was made here. */
  announce(message: SyncMessage): void;
  /** Stops listening. */
  stop(): void;
}

/**
 * Keeps the tabs of a site in step. A decision is announced on a BroadcastChannel named after
 * the consent cookie; the other tabs then read the cookie again. Since BroadcastChannel does
 * not reach other origins (a cookie shared with `cookie.domain`) nor every browser, the cookie
 * is also read again whenever the page becomes visible or gets the focus. `onCheck` receives
 * the other tab's message, or `null` when the cookie should be read again.
 */
export function syncTabs(cookieName: string, onCheck: (message: SyncMessage | null) => void): TabSync {
  let channel: BroadcastChannel | undefined;
  try {
    channel = new BroadcastChannel(syncChannelName(cookieName));
    channel.onmessage = ({data}: MessageEvent<Partial<SyncMessage> | null>) => {
      // Anything else is not one of ours; the value is checked as a cookie's would be.
      if (data && typeof data === 'object' && 'action' in data)
        onCheck({action: data.action ?? null, value: data.value});
    };
  } catch {
    // No BroadcastChannel in this browser, or an opaque origin (a sandboxed frame): focus only.
  }
  const onVisible = () => document.visibilityState !== 'hidden' && onCheck(null);
  const onFocus = () => onCheck(null);
  document.addEventListener('visibilitychange', onVisible);
  addEventListener('focus', onFocus);
  return {
    announce(message) {
      try {
        channel?.postMessage(message);
      } catch {
        // closed meanwhile
      }
    },
    stop() {
      channel?.close();
      document.removeEventListener('visibilitychange', onVisible);
      removeEventListener('focus', onFocus);
    },
  };
}
