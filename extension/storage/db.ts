import { deleteDB, openDB, type IDBPDatabase } from 'idb';
import { VAULT_DB_VERSION, VAULT_MIGRATIONS } from './migrations/vault-migrations.ts';

/** The one IndexedDB database of Amtspass; only the background opens it (docs/STYLE.md P7). */
export const VAULT_DB_NAME = 'amtspass-vault';

export type VaultDb = IDBPDatabase<unknown>;

/** Opens the vault database, upgrading it step by step from whatever version it has. */
export function openVaultDb(options: { name?: string; version?: number } = {}): Promise<VaultDb> {
  const target = options.version ?? VAULT_DB_VERSION;
  return openDB(options.name ?? VAULT_DB_NAME, target, {
    upgrade(db, oldVersion, newVersion, tx) {
      for (let version = oldVersion; version < (newVersion ?? target); version++) {
        VAULT_MIGRATIONS[version]?.(db, tx);
      }
    },
  });
}

/** Removes the database entirely ("delete all my data"). */
export function deleteVaultDb(db: VaultDb, name = VAULT_DB_NAME): Promise<void> {
  db.close();
  return deleteDB(name);
}
