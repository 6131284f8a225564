import { AttributeHistoryEntrySchema, StoredAttributeSchema, type AttributeHistoryEntry, type StoredAttribute } from '../../shared/domain/attribute.ts';
import { fail, ok, type Result } from '../../shared/protocol/result.ts';
import type { AttributeId } from '../../shared/vocabulary/attribute-ids.ts';
import type { CardValue } from '../../shared/vocabulary/normalise-card-value.ts';
import { normaliseUserValue } from '../../shared/vocabulary/normalise-user-value.ts';
import type { RecordList, RecordStore, RecordWrite } from './record-store.ts';
import { recordIdFor, type VaultKeys } from './vault-crypto.ts';

/** Replaced values kept per attribute; older ones drop out. */
export const MAX_HISTORY_PER_ATTRIBUTE = 20;

/**
 * The citizen's attributes: typed values (trust low, source user) and card values (trust high, source
 * eid) that the user cannot edit, only replace by a newer read. Every replaced value goes into the
 * history in the same transaction as its successor.
 */
export function createAttributeStore(records: RecordStore, now: () => number) {
  const idOf = (keys: VaultKeys, id: AttributeId): Promise<string> => recordIdFor(keys, `attribute|${id}`);

  async function current(keys: VaultKeys, id: AttributeId): Promise<Result<StoredAttribute | null>> {
    return records.get(keys, await idOf(keys, id), 'attribute', StoredAttributeSchema);
  }

  async function historyWrites(keys: VaultKeys, replaced: StoredAttribute | null): Promise<{ writes: RecordWrite[]; deletes: string[] }> {
    if (replaced === null) return { writes: [], deletes: [] };
    const entry: AttributeHistoryEntry = { ...replaced, replacedAt: now() };
    const existing = (await records.list(keys, 'attributeHistory', AttributeHistoryEntrySchema)).items
      .filter((item) => item.value.attributeId === replaced.attributeId)
      .sort((a, b) => a.value.replacedAt - b.value.replacedAt);
    const overflow = existing.slice(0, Math.max(0, existing.length + 1 - MAX_HISTORY_PER_ATTRIBUTE));
    return { writes: [{ id: crypto.randomUUID(), type: 'attributeHistory', payload: entry }], deletes: overflow.map((item) => item.id) };
  }

  return {
    async list(keys: VaultKeys): Promise<RecordList<StoredAttribute>> {
      return records.list(keys, 'attribute', StoredAttributeSchema);
    },

    /** A value the citizen typed; refused for card values (READ_ONLY) and invalid input (INVALID_VALUE). */
    async setTyped(keys: VaultKeys, id: AttributeId, input: string): Promise<Result<StoredAttribute>> {
      const normalised = normaliseUserValue(id, input);
      if (!normalised.ok) return fail('INVALID_VALUE', normalised.reason);
      const existing = await current(keys, id);
      if (!existing.ok) return existing;
      if (existing.value?.source === 'eid') return fail('READ_ONLY', 'values from the ID card are replaced only by a new read');
      if (existing.value?.value === normalised.value) return ok(existing.value);
      const attribute: StoredAttribute = { attributeId: id, value: normalised.value, trust: 'low', source: 'user', updatedAt: now() };
      const history = await historyWrites(keys, existing.value);
      const written = await records.commit(keys, [{ id: await idOf(keys, id), type: 'attribute', payload: attribute }, ...history.writes], history.deletes);
      return written.ok ? ok(attribute) : written;
    },

    /** Values from an eID read (already normalised), stored as trust high, source eid, in one transaction. */
    async storeCardValues(keys: VaultKeys, values: readonly CardValue[], provider: string, readAt: number): Promise<Result<StoredAttribute[]>> {
      const writes: RecordWrite[] = [];
      const deletes: string[] = [];
      const stored: StoredAttribute[] = [];
      for (const card of values) {
        const existing = await current(keys, card.id);
        if (!existing.ok) return existing;
        const attribute: StoredAttribute = {
          attributeId: card.id, value: card.value, raw: card.raw, trust: 'high', source: 'eid', provider,
          readAt, updatedAt: now(), ...(card.needsReview ? { needsReview: true } : {}),
        };
        const history = await historyWrites(keys, existing.value);
        writes.push({ id: await idOf(keys, card.id), type: 'attribute', payload: attribute }, ...history.writes);
        deletes.push(...history.deletes);
        stored.push(attribute);
      }
      const written = await records.commit(keys, writes, deletes);
      return written.ok ? ok(stored) : written;
    },

    /** Removes a value and its history (the citizen's right to erasure covers both). */
    async remove(keys: VaultKeys, id: AttributeId): Promise<Result<Record<string, never>>> {
      const history = (await records.list(keys, 'attributeHistory', AttributeHistoryEntrySchema)).items.filter((item) => item.value.attributeId === id);
      return records.commit(keys, [], [await idOf(keys, id), ...history.map((item) => item.id)]);
    },

    async history(keys: VaultKeys, id: AttributeId): Promise<AttributeHistoryEntry[]> {
      return (await records.list(keys, 'attributeHistory', AttributeHistoryEntrySchema)).items
        .map((item) => item.value)
        .filter((entry) => entry.attributeId === id)
        .sort((a, b) => b.replacedAt - a.replacedAt);
    },
  };
}

export type AttributeStore = ReturnType<typeof createAttributeStore>;
