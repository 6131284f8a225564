import 'fake-indexeddb/auto';
import { recordIdFor } from '../extension/storage/vault-crypto.ts';
import { createTestVault, TEST_PASSPHRASE } from '../test/support/test-vault.ts';
import { median, type BenchResult } from './bench-stats.ts';

export const VAULT_READ_BUDGET_MS = 10;
export const VAULT_SAVE_BUDGET_MS = 10;

/**
 * The storage layer in Node: real WebCrypto (OpenSSL), IndexedDB from fake-indexeddb. Reads 50
 * attribute records (more than the 25 ids, so the store holds them under extra keyed ids), saves one.
 */
export async function benchVault(runs = 30): Promise<BenchResult[]> {
  const vault = await createTestVault();
  const keys = await vault.keys();
  const writes = await Promise.all(
    Array.from({ length: 50 }, async (_, i) => ({
      id: await recordIdFor(keys, `bench|${i}`),
      type: 'attribute' as const,
      payload: { attributeId: 'givenNames', value: `Erika Maria ${i}`, trust: 'low', source: 'user', updatedAt: 1 },
    })),
  );
  await vault.stores.records.commit(keys, writes);
  const read: number[] = [];
  const save: number[] = [];
  const unlock: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    const listed = await vault.stores.attributes.list(keys);
    read.push(performance.now() - t);
    if (listed.items.length < 50) throw new Error(`expected 50 attributes, read ${listed.items.length}`);
    t = performance.now();
    await vault.stores.attributes.setTyped(keys, 'city', `Köln ${i}`);
    save.push(performance.now() - t);
  }
  for (let i = 0; i < 5; i++) {
    await vault.session.lock();
    const t = performance.now();
    await vault.session.unlock(TEST_PASSPHRASE);
    unlock.push(performance.now() - t);
  }
  return [
    { name: 'vault: read + decrypt 50 attributes (Node, fake IDB)', unit: 'ms', median: median(read), runs, budget: VAULT_READ_BUDGET_MS },
    { name: 'vault: save one attribute (Node, fake IDB)', unit: 'ms', median: median(save), runs, budget: VAULT_SAVE_BUDGET_MS },
    { name: 'vault: unlock, PBKDF2-SHA-256 600,000 (Node)', unit: 'ms', median: median(unlock), runs: 5, budget: Number.POSITIVE_INFINITY },
  ];
}
