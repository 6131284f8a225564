import type { KeyValueArea } from './key-value-area.ts';

/** What the content script last reported for a tab (no values): shown by the popup. */
export interface PageState {
  readonly origin: string;
  readonly portalId: string;
  readonly kind: 'login' | 'form' | 'none';
  readonly kinds: readonly string[];
  readonly eidLinks: number;
  readonly at: number;
}

/**
 * Per-tab page state in memory-only storage.session; a restarted worker still knows it. A tab once
 * found opened by another site keeps that mark until it is closed (docs/SECURITY.md T11): navigating
 * the opener or the tab itself to a portal origin afterwards does not make it first-party.
 */
export function createPageStateStore(session: KeyValueArea) {
  const key = (tabId: number): string => `page:${tabId}`;
  const openedKey = (tabId: number): string => `opened:${tabId}`;
  return {
    set: (tabId: number, state: PageState): Promise<void> => session.set(key(tabId), state),
    // Only the background writes these keys, always with a PageState.
    get: async (tabId: number): Promise<PageState | undefined> => (await session.get(key(tabId))) as PageState | undefined,
    remove: async (tabId: number): Promise<void> => {
      await session.remove(key(tabId));
      await session.remove(openedKey(tabId));
    },
    markOpenedElsewhere: (tabId: number): Promise<void> => session.set(openedKey(tabId), true),
    openedElsewhere: async (tabId: number): Promise<boolean> => (await session.get(openedKey(tabId))) === true,
  };
}

export type PageStateStore = ReturnType<typeof createPageStateStore>;
