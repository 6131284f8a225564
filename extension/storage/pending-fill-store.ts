import * as v from 'valibot';
import { ATTRIBUTE_IDS, CLASSIFICATION_KINDS } from '../../shared/vocabulary/attribute-ids.ts';
import type { KeyValueArea } from './key-value-area.ts';

/** A pending first disclosure expires after this long; the confirm window then says so. */
export const PENDING_FILL_TTL_MS = 5 * 60_000;

const PendingFillSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[0-9a-f]{24}$/)),
  tabId: v.pipe(v.number(), v.integer()),
  origin: v.string(),
  portalId: v.string(),
  kinds: v.array(v.picklist([...ATTRIBUTE_IDS, ...CLASSIFICATION_KINDS])),
  labels: v.record(v.string(), v.string()),
  createdAt: v.number(),
});
export type PendingFill = v.InferOutput<typeof PendingFillSchema>;

/**
 * Fills waiting for the citizen's confirmation, in memory-only storage.session: ids, tab, origin and
 * field kinds, never a value. A restarted worker finds them; a closed browser forgets them.
 */
export function createPendingFillStore(area: KeyValueArea, now: () => number) {
  const key = (id: string): string => `pendingFill:${id}`;
  return {
    async put(pending: PendingFill): Promise<void> {
      await area.set(key(pending.id), pending);
    },
    /** The pending fill, or null when unknown or expired (it is then removed). */
    async take(id: string, options: { keep?: boolean } = {}): Promise<PendingFill | null> {
      if (!/^[0-9a-f]{24}$/.test(id)) return null;
      const parsed = v.safeParse(PendingFillSchema, await area.get(key(id)));
      if (!parsed.success || now() - parsed.output.createdAt > PENDING_FILL_TTL_MS) {
        await area.remove(key(id));
        return null;
      }
      if (!options.keep) await area.remove(key(id));
      return parsed.output;
    },
  };
}

export type PendingFillStore = ReturnType<typeof createPendingFillStore>;
