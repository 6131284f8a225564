import { MAX_PERSONS, PersonSchema, type Person, type PersonRole } from '../../shared/domain/person.ts';
import { fail, ok, type Result } from '../../shared/protocol/result.ts';
import type { AttributeStore } from './attribute-store.ts';
import type { RecordStore } from './record-store.ts';
import { recordIdFor, type VaultKeys } from './vault-crypto.ts';

/**
 * The household besides the citizen: partner, children, other members, each an encrypted record with
 * a role; their values live in the attribute store under their id. Removing a person removes their
 * values and history in the same transaction.
 */
/** The record key of a person (hashed with the vault's key like every other record id). */
export const personRecordKey = (personId: string): string => `person|${personId}`;

export function createPersonStore(records: RecordStore, attributes: AttributeStore, now: () => number) {
  const idOf = (keys: VaultKeys, personId: string): Promise<string> => recordIdFor(keys, personRecordKey(personId));

  async function list(keys: VaultKeys): Promise<Person[]> {
    // In the order they were added: "Kind 1" stays the first child the citizen entered.
    return (await records.list(keys, 'person', PersonSchema)).items
      .map((item) => item.value)
      .sort((a, b) => a.createdAt - b.createdAt || a.personId.localeCompare(b.personId));
  }

  return {
    list,

    async add(keys: VaultKeys, role: PersonRole): Promise<Result<Person>> {
      if ((await records.count('person')) >= MAX_PERSONS)
        return fail('LIMIT_EXCEEDED', `at most ${MAX_PERSONS} persons besides the citizen`);
      const person: Person = { personId: `p-${crypto.randomUUID()}`, role, createdAt: now() };
      const written = await records.commit(keys, [{ id: await idOf(keys, person.personId), type: 'person', payload: person }]);
      return written.ok ? ok(person) : written;
    },

    async remove(keys: VaultKeys, personId: string): Promise<Result<Record<string, never>>> {
      if (!(await list(keys)).some((p) => p.personId === personId)) return fail('NOT_FOUND', 'no such person');
      return records.commit(keys, [], [await idOf(keys, personId), ...(await attributes.recordIdsOf(keys, personId))]);
    },
  };
}

export type PersonStore = ReturnType<typeof createPersonStore>;
