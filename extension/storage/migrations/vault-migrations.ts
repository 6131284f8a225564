import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { VaultDbSchema } from '../vault-db-schema.ts';

/**
 * One step per database version, applied in order by `upgrade`, all inside the single versionchange
 * transaction: if a step throws, IndexedDB aborts the upgrade and the old database stays as it was.
 * Never edit a released step; add the next one.
 */
export type MigrationStep = (
  db: IDBPDatabase<VaultDbSchema>,
  tx: IDBPTransaction<VaultDbSchema, ArrayLike<StoreNames<VaultDbSchema>>, 'versionchange'>,
) => void;

export const VAULT_MIGRATIONS: readonly MigrationStep[] = [
  // v1: key-value metadata (vault header, throttle state) and the encrypted records.
  (db) => {
    db.createObjectStore('meta');
    db.createObjectStore('records', { keyPath: 'id' });
  },
  // v2: an index by record type (lists no longer decrypt every record) and the chained audit log.
  (db, tx) => {
    tx.objectStore('records').createIndex('type', 'type');
    db.createObjectStore('audit', { keyPath: 'seq', autoIncrement: true });
  },
];

export const VAULT_DB_VERSION = VAULT_MIGRATIONS.length;
