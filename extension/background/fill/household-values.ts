import type { StoredAttribute } from '../../../shared/domain/attribute.ts';
import type { AttributeId } from '../../../shared/vocabulary/attribute-ids.ts';
import type { VaultKeys } from '../../storage/vault-crypto.ts';
import type { VaultStores } from '../../storage/vault-stores.ts';

/** Every person's values, decrypted once: the citizen's under `self`, each other person's under their id. */
export async function householdValues(
  stores: Pick<VaultStores, 'attributes'>,
  keys: VaultKeys,
): Promise<Map<string, Map<AttributeId, StoredAttribute>>> {
  const byPerson = new Map<string, Map<AttributeId, StoredAttribute>>();
  for (const { value } of (await stores.attributes.listAll(keys)).items) {
    const person = value.personId ?? 'self';
    const values = byPerson.get(person) ?? new Map<AttributeId, StoredAttribute>();
    values.set(value.attributeId, value);
    byPerson.set(person, values);
  }
  return byPerson;
}
