/** Proof records kept (classification runs at most 10 times in 10 s, so this spans half a minute or more). */
export const MAX_SEEN_RECORDS = 32;

/**
 * What the citizen could see, over time: after each classification the content script proves which
 * classified fields are visible and records them with the time. A fill takes the last record made
 * before its gesture began (gesture-start.ts) as the upper bound of what it may fill, so fields a page
 * moves into view once the citizen starts the gesture stay empty (docs/SECURITY.md §3.1.5).
 */
export function createSeenFields() {
  const records: { at: number; fields: WeakSet<Element> }[] = [];
  return {
    record(at: number, fields: Iterable<Element>): void {
      records.push({ at, fields: new WeakSet(fields) });
      while (records.length > MAX_SEEN_RECORDS) records.shift();
    },
    /**
     * The fields of the last record made at or before `at`, or null when there is none. A record made
     * at the gesture's own instant was made before any page listener saw the gesture (gesture-start.ts).
     */
    before(at: number): WeakSet<Element> | null {
      for (let i = records.length - 1; i >= 0; i--) {
        const entry = records[i] as { at: number; fields: WeakSet<Element> };
        if (entry.at <= at) return entry.fields;
      }
      return null;
    },
  };
}

export type SeenFields = ReturnType<typeof createSeenFields>;
