import { AttributeHistoryEntrySchema } from '../../shared/domain/attribute.ts';
import { CredentialSchema } from '../../shared/domain/credential.ts';
import type { BackupContent } from './backup-codec.ts';
import type { VaultKeys } from './vault-crypto.ts';
import type { VaultStores } from './vault-stores.ts';

/** Everything in the vault, decrypted: the content of a backup. Unreadable records are left out. */
export async function vaultSnapshot(stores: VaultStores, keys: VaultKeys): Promise<BackupContent> {
  return {
    persons: await stores.persons.list(keys),
    attributes: (await stores.attributes.listAll(keys)).items.map((item) => item.value),
    history: (await stores.records.list(keys, 'attributeHistory', AttributeHistoryEntrySchema)).items.map((item) => item.value),
    credentials: (await stores.records.list(keys, 'credential', CredentialSchema)).items.map((item) => item.value),
    consents: await stores.consents.list(keys),
    settings: await stores.settings.get(keys),
    audit: await stores.audit.exportEntries(keys),
  };
}
