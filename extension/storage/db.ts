import { openDB, type IDBPDatabase } from 'idb';
import { VAULT_DB_VERSION, VAULT_MIGRATIONS } from './migrations/vault-migrations.ts';
import type { VaultDbSchema } from './vault-db-schema.ts';

/** The one IndexedDB database of Amtspass; only the background opens it (docs/STYLE.md P7). */
export const VAULT_DB_NAME = 'amtspass-vault';

export type VaultDb = IDBPDatabase<VaultDbSchema>;

/** Opens the vault database, upgrading it step by step from whatever version it has. */
export function openVaultDb(options: { name?: string; version?: number } = {}): Promise<VaultDb> {
  const target = options.version ?? VAULT_DB_VERSION;
  return openDB<VaultDbSchema>(options.name ?? VAULT_DB_NAME, target, {
    upgrade(db, oldVersion, newVersion, tx) {
      for (let version = oldVersion; version < (newVersion ?? target); version++) {
        VAULT_MIGRATIONS[version]?.(db, tx);
      }
    },
  });
}
