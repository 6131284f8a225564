import type { VaultDb } from './db.ts';
import type { MetaValues } from './vault-db-schema.ts';

/** One value of the `meta` store, typed by its key (each key holds one type; only we write them). */
export async function readMeta<K extends keyof MetaValues>(db: Pick<VaultDb, 'get'>, key: K): Promise<MetaValues[K] | undefined> {
  return (await db.get('meta', key)) as MetaValues[K] | undefined;
}
