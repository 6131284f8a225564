import { browser } from '../platform/browser.ts';

/** What the content script last reported for a tab (no values): shown by the popup. */
export interface PageState {
  readonly origin: string;
  readonly portalId: string;
  readonly kind: 'login' | 'form' | 'none';
  readonly kinds: readonly string[];
  readonly eidLinks: number;
  readonly at: number;
}

/** Per-tab page state in memory-only storage.session; a restarted worker still knows it. */
export function createPageStateStore() {
  const key = (tabId: number): string => `page:${tabId}`;
  return {
    set: (tabId: number, state: PageState): Promise<void> => browser.storage.session.set({ [key(tabId)]: state }),
    get: async (tabId: number): Promise<PageState | undefined> => (await browser.storage.session.get(key(tabId)))[key(tabId)] as PageState | undefined,
    remove: (tabId: number): Promise<void> => browser.storage.session.remove(key(tabId)),
  };
}

export type PageStateStore = ReturnType<typeof createPageStateStore>;
