import { browser } from './browser.ts';

/**
 * The browser's tabs as the background's services need them: one adapter for the fill, the sign-in
 * and the eID flows. A tab that is gone, or whose URL the browser does not show us, has no URL (null).
 */
export const tabs = {
  async url(tabId: number): Promise<string | null> {
    return (await browser.tabs.get(tabId).catch(() => undefined))?.url ?? null;
  },
  /** Sends to the tab's top frame only (frameId 0): frames are never asked for or given values. */
  send(tabId: number, message: unknown): Promise<unknown> {
    return browser.tabs.sendMessage(tabId, message, { frameId: 0 });
  },
  async navigate(tabId: number, url: string): Promise<void> {
    await browser.tabs.update(tabId, { url });
  },
  async active(): Promise<number | undefined> {
    return (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  },
};
