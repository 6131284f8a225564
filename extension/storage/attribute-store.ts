import {
  AttributeHistoryEntrySchema,
  StoredAttributeSchema,
  type AttributeHistoryEntry,
  type StoredAttribute,
} from '../../shared/domain/attribute.ts';
import { SELF } from '../../shared/domain/person.ts';
import { fail, ok, type Result } from '../../shared/protocol/result.ts';
import type { AttributeId } from '../../shared/vocabulary/attribute-ids.ts';
import type { CardValue } from '../../shared/vocabulary/normalise-card-value.ts';
import { normaliseUserValue } from '../../shared/vocabulary/normalise-user-value.ts';
import type { RecordList, RecordStore, RecordWrite } from './record-store.ts';
import { recordIdFor, type VaultKeys } from './vault-crypto.ts';

/** Replaced values kept per attribute; older ones drop out. */
export const MAX_HISTORY_PER_ATTRIBUTE = 20;

/** Whose an attribute is: `self` for the citizen's own (stored without a person id). */
export const ownerOf = (attribute: { personId?: string | undefined }): string => attribute.personId ?? SELF;

/**
 * The record key of one person's attribute. The citizen's keep the key of the one-person vault, so a
 * vault from before households reads unchanged: nothing to migrate, nothing to lose.
 */
export const attributeRecordKey = (person: string, id: AttributeId): string =>
  person === SELF ? `attribute|${id}` : `attribute|${person}|${id}`;

/**
 * The household's attributes, per person (`self` for the citizen): typed values (trust low, source
 * user) and card values (trust high, source eid) that the user cannot edit, only replace by a newer
 * read. Every replaced value goes into the history in the same transaction as its successor. Lists
 * give one person's values: a caller never mixes the citizen's with a child's by accident.
 */
export function createAttributeStore(records: RecordStore, now: () => number) {
  const idOf = (keys: VaultKeys, id: AttributeId, person: string): Promise<string> => recordIdFor(keys, attributeRecordKey(person, id));
  const personField = (person: string): { personId?: string } => (person === SELF ? {} : { personId: person });

  async function current(keys: VaultKeys, id: AttributeId, person: string): Promise<Result<StoredAttribute | null>> {
    return records.get(keys, await idOf(keys, id, person), 'attribute', StoredAttributeSchema);
  }

  async function historyWrites(keys: VaultKeys, replaced: StoredAttribute | null): Promise<{ writes: RecordWrite[]; deletes: string[] }> {
    if (replaced === null) return { writes: [], deletes: [] };
    const entry: AttributeHistoryEntry = { ...replaced, replacedAt: now() };
    const existing = (await records.list(keys, 'attributeHistory', AttributeHistoryEntrySchema)).items
      .filter((item) => item.value.attributeId === replaced.attributeId && ownerOf(item.value) === ownerOf(replaced))
      .sort((a, b) => a.value.replacedAt - b.value.replacedAt);
    const overflow = existing.slice(0, Math.max(0, existing.length + 1 - MAX_HISTORY_PER_ATTRIBUTE));
    return { writes: [{ id: crypto.randomUUID(), type: 'attributeHistory', payload: entry }], deletes: overflow.map((item) => item.id) };
  }

  return {
    /** One person's values (the citizen's by default). */
    async list(keys: VaultKeys, person: string = SELF): Promise<RecordList<StoredAttribute>> {
      const all = await records.list(keys, 'attribute', StoredAttributeSchema);
      return { items: all.items.filter((item) => ownerOf(item.value) === person), corrupt: all.corrupt };
    },

    /** Every person's values: for a backup and for the fill plan of a household form. */
    async listAll(keys: VaultKeys): Promise<RecordList<StoredAttribute>> {
      return records.list(keys, 'attribute', StoredAttributeSchema);
    },

    /** A value the citizen typed; refused for card values (READ_ONLY) and invalid input (INVALID_VALUE). */
    async setTyped(keys: VaultKeys, id: AttributeId, input: string, person: string = SELF): Promise<Result<StoredAttribute>> {
      const normalised = normaliseUserValue(id, input);
      if (!normalised.ok) return fail('INVALID_VALUE', normalised.reason);
      const existing = await current(keys, id, person);
      if (!existing.ok) return existing;
      if (existing.value?.source === 'eid') return fail('READ_ONLY', 'values from the ID card are replaced only by a new read');
      if (existing.value?.value === normalised.value) return ok(existing.value);
      const attribute: StoredAttribute = {
        attributeId: id,
        ...personField(person),
        value: normalised.value,
        trust: 'low',
        source: 'user',
        updatedAt: now(),
      };
      const history = await historyWrites(keys, existing.value);
      const written = await records.commit(
        keys,
        [{ id: await idOf(keys, id, person), type: 'attribute', payload: attribute }, ...history.writes],
        history.deletes,
      );
      return written.ok ? ok(attribute) : written;
    },

    /**
     * Values from an eID read (already normalised), stored as trust high, source eid, in one
     * transaction, for the person whose card was read (the citizen by default).
     */
    async storeCardValues(
      keys: VaultKeys,
      values: readonly CardValue[],
      provider: string,
      readAt: number,
      person: string = SELF,
    ): Promise<Result<StoredAttribute[]>> {
      const writes: RecordWrite[] = [];
      const deletes: string[] = [];
      const stored: StoredAttribute[] = [];
      for (const card of values) {
        const existing = await current(keys, card.id, person);
        if (!existing.ok) return existing;
        const attribute: StoredAttribute = {
          attributeId: card.id,
          ...personField(person),
          value: card.value,
          raw: card.raw,
          trust: 'high',
          source: 'eid',
          provider,
          readAt,
          updatedAt: now(),
          ...(card.needsReview ? { needsReview: true } : {}),
        };
        const history = await historyWrites(keys, existing.value);
        writes.push({ id: await idOf(keys, card.id, person), type: 'attribute', payload: attribute }, ...history.writes);
        deletes.push(...history.deletes);
        stored.push(attribute);
      }
      const written = await records.commit(keys, writes, deletes);
      return written.ok ? ok(stored) : written;
    },

    /** Removes a value and its history (the citizen's right to erasure covers both). */
    async remove(keys: VaultKeys, id: AttributeId, person: string = SELF): Promise<Result<Record<string, never>>> {
      const history = (await records.list(keys, 'attributeHistory', AttributeHistoryEntrySchema)).items.filter(
        (item) => item.value.attributeId === id && ownerOf(item.value) === person,
      );
      return records.commit(keys, [], [await idOf(keys, id, person), ...history.map((item) => item.id)]);
    },

    /** The record ids of everything one person has: values and their history (for removing the person). */
    async recordIdsOf(keys: VaultKeys, person: string): Promise<string[]> {
      const values = (await records.list(keys, 'attribute', StoredAttributeSchema)).items.filter((item) => ownerOf(item.value) === person);
      const history = (await records.list(keys, 'attributeHistory', AttributeHistoryEntrySchema)).items.filter(
        (item) => ownerOf(item.value) === person,
      );
      return [...values, ...history].map((item) => item.id);
    },

    async history(keys: VaultKeys, id: AttributeId, person: string = SELF): Promise<AttributeHistoryEntry[]> {
      return (await records.list(keys, 'attributeHistory', AttributeHistoryEntrySchema)).items
        .map((item) => item.value)
        .filter((entry) => entry.attributeId === id && ownerOf(entry) === person)
        .sort((a, b) => b.replacedAt - a.replacedAt);
    },
  };
}

export type AttributeStore = ReturnType<typeof createAttributeStore>;
