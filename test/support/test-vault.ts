import 'fake-indexeddb/auto';
import { openVaultDb, type VaultDb } from '../../extension/storage/db.ts';
import type { VaultKeys } from '../../extension/storage/vault-crypto.ts';
import { createVaultSession, type VaultSession } from '../../extension/storage/vault-session.ts';
import { createVaultStores, type VaultStores } from '../../extension/storage/vault-stores.ts';
import { memoryArea } from './memory-area.ts';

export const TEST_PASSPHRASE = 'Korrekt Pferd Batterie Heftklammer';

export interface TestVault {
  readonly name: string;
  readonly db: VaultDb;
  readonly session: VaultSession;
  readonly stores: VaultStores;
  readonly areas: { local: ReturnType<typeof memoryArea>; session: ReturnType<typeof memoryArea> };
  keys(): Promise<VaultKeys>;
  clock: { now: number };
}

let counter = 0;

/** A fresh vault in fake-indexeddb, set up and unlocked with TEST_PASSPHRASE. */
export async function createTestVault(options: { setUp?: boolean } = {}): Promise<TestVault> {
  const name = `amtspass-test-${process.pid}-${++counter}`;
  const db = await openVaultDb({ name });
  const clock = { now: Date.UTC(2026, 10, 23, 9, 0, 0) };
  const now = (): number => clock.now;
  const areas = { local: memoryArea(), session: memoryArea() };
  const session = createVaultSession({ db, ...areas, now });
  if (options.setUp !== false) {
    const result = await session.setup(TEST_PASSPHRASE);
    if (!result.ok) throw new Error(result.error.code);
  }
  return {
    name,
    db,
    session,
    areas,
    clock,
    stores: createVaultStores(db, now),
    async keys() {
      const keys = await session.keys();
      if (!keys) throw new Error('locked');
      return keys;
    },
  };
}

/** Every byte and string the database holds, as one searchable text (for canary checks). */
export async function dumpDatabase(db: VaultDb): Promise<string> {
  const parts: string[] = [];
  for (const store of db.objectStoreNames) {
    for (const value of await db.getAll(store)) parts.push(stringify(value));
    for (const key of await db.getAllKeys(store)) parts.push(JSON.stringify(key));
  }
  return parts.join('\n');
}

function stringify(value: unknown): string {
  if (value instanceof Uint8Array) return Buffer.from(value).toString('latin1') + Buffer.from(value).toString('utf8');
  if (Array.isArray(value)) return value.map(stringify).join(' ');
  if (value && typeof value === 'object')
    return Object.entries(value)
      .map(([k, v]) => `${k}:${stringify(v)}`)
      .join(' ');
  return String(value);
}
