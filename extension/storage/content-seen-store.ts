import { browser } from '../platform/browser.ts';

/** Entries kept; older ones drop out. The list lives in memory-only `storage.session`. */
export const MAX_CONTENT_SEEN_ENTRIES = 50;
const KEY = 'contentSeen';

export interface ContentSeen {
  readonly origin: string;
  readonly accepted: boolean;
  readonly at: number;
}

/**
 * Diagnostics: which origins our content script spoke from, and whether the background accepted it.
 * Origins only, never a URL path or page content. Checked by the browser tests.
 */
export async function recordContentSeen(entry: ContentSeen): Promise<void> {
  const stored = (await browser.storage.session.get(KEY))[KEY];
  const list = Array.isArray(stored) ? (stored as ContentSeen[]) : [];
  await browser.storage.session.set({ [KEY]: [...list, entry].slice(-MAX_CONTENT_SEEN_ENTRIES) });
}
