import { browser } from './browser.ts';

/**
 * The tab the popup acts on: the active tab of its window. When the popup is opened as a page of
 * its own (tests, keyboard users), `?tab=<id>` names the tab; web pages cannot open extension pages,
 * so the parameter comes only from the citizen or the extension itself.
 */
export async function activeTabId(search: string): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Closes this extension window (the confirm window after a decision). */
export function closeWindow(): void {
  window.close();
}

/**
 * The https origin of a tab, if the browser lets us see it: for the active tab when the citizen opened
 * the popup (the `activeTab` grant), or a site we already have access to. Null otherwise.
 */
export async function tabOrigin(tabId: number): Promise<string | null> {
  try {
    const url = (await browser.tabs.get(tabId)).url;
    const parsed = url ? new URL(url) : null;
    return parsed?.protocol === 'https:' ? parsed.origin : null;
  } catch {
    return null;
  }
}
