import type { KeyValueArea } from './key-value-area.ts';

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
 * Origins only, never a URL path or page content. Writes are chained so that two messages arriving
 * together cannot overwrite each other's entry (read-modify-write on storage.session).
 */
export function createContentSeenStore(session: KeyValueArea): { record(entry: ContentSeen): Promise<void> } {
  let last: Promise<void> = Promise.resolve();
  return {
    record(entry) {
      last = last
        .then(async () => {
          const stored = await session.get(KEY);
          const list = Array.isArray(stored) ? (stored as ContentSeen[]) : [];
          await session.set(KEY, [...list, entry].slice(-MAX_CONTENT_SEEN_ENTRIES));
        })
        .catch(() => undefined);
      return last;
    },
  };
}
