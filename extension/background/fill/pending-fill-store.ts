import type { FieldKind } from '../../../shared/vocabulary/attribute-ids.ts';
import type { FormSection } from './plan-sections.ts';

/** A pending first disclosure expires after this long; the confirm window then says so. */
export const PENDING_FILL_TTL_MS = 5 * 60_000;
/** Pending requests kept at once; older ones are dropped. */
export const MAX_PENDING_FILLS = 20;

export interface PendingFill {
  readonly id: string;
  readonly tabId: number;
  readonly origin: string;
  /** The page the citizen asked to fill (without its fragment): a fill goes to that page only. */
  readonly url: string;
  readonly portalId: string;
  readonly kinds: readonly FieldKind[];
  readonly labels: Readonly<Record<string, string>>;
  /** Values the page had put into fields of a kind (the portal's prefill), shown beside ours; never stored. */
  readonly prefills: Readonly<Record<string, string>>;
  /** Other persons' sections of the form; the citizen picks who fills each. */
  readonly sections: readonly FormSection[];
  readonly createdAt: number;
}

/**
 * Fills waiting for the citizen's confirmation: ids, tab, origin and field kinds, never a value.
 * Deliberately in the worker's memory only: a stopped worker voids every pending consent instead of
 * replaying it (docs/SECURITY.md §3.7, T19); the confirm window then says the request expired.
 */
export function createPendingFillStore(now: () => number) {
  const pending = new Map<string, PendingFill>();
  return {
    async put(entry: PendingFill): Promise<void> {
      pending.set(entry.id, entry);
      while (pending.size > MAX_PENDING_FILLS) pending.delete(pending.keys().next().value as string);
    },
    /** The pending fill, or null when unknown or expired (it is then removed). */
    async take(id: string, options: { keep?: boolean } = {}): Promise<PendingFill | null> {
      const entry = pending.get(id);
      if (!entry || now() - entry.createdAt > PENDING_FILL_TTL_MS) {
        pending.delete(id);
        return null;
      }
      if (!options.keep) pending.delete(id);
      return entry;
    },
  };
}

export type PendingFillStore = ReturnType<typeof createPendingFillStore>;
