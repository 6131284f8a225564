import 'fake-indexeddb/auto';
import type { MetaValues } from '../../../../extension/storage/vault-db-schema.ts';
import { describe, expect, it } from 'vitest';
import { openVaultDb } from '../../../../extension/storage/db.ts';
import { VAULT_DB_VERSION } from '../../../../extension/storage/migrations/vault-migrations.ts';
import { createVaultSession } from '../../../../extension/storage/vault-session.ts';
import { createVaultStores } from '../../../../extension/storage/vault-stores.ts';
import { memoryArea } from '../../../support/memory-area.ts';
import { TEST_PASSPHRASE } from '../../../support/test-vault.ts';

describe('schema upgrades', () => {
  it('upgrades a version-1 database step by step and keeps every record', async () => {
    const name = `amtspass-migration-${Date.now()}`;
    const v1 = await openVaultDb({ name, version: 1 });
    expect([...v1.objectStoreNames].sort()).toEqual(['meta', 'records']);
    const records = Array.from({ length: 30 }, (_, i) => ({
      id: `r${i}`,
      type: i % 2 ? ('attribute' as const) : ('consent' as const),
      v: 1,
      iv: new Uint8Array(12),
      ct: new Uint8Array([i]),
    }));
    for (const record of records) await v1.put('records', record);
    // A header as v1 knew it; its other fields do not matter to the upgrade.
    await v1.put('meta', { format: 'amtspass-vault' } as MetaValues['header'], 'header');
    v1.close();

    const current = await openVaultDb({ name });
    expect(current.version).toBe(VAULT_DB_VERSION);
    expect([...current.objectStoreNames].sort()).toEqual(['audit', 'meta', 'records']);
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect(((await current.getAll('records')) as { id: string }[]).sort(byId)).toEqual([...records].sort(byId));
    expect(await current.get('meta', 'header')).toEqual({ format: 'amtspass-vault' });
    expect(await current.countFromIndex('records', 'type', 'attribute')).toBe(15);
    current.close();
  });

  it('reopens a current database without touching it', async () => {
    const name = `amtspass-reopen-${Date.now()}`;
    const db = await openVaultDb({ name });
    const session = createVaultSession({ db, local: memoryArea(), session: memoryArea(), now: Date.now });
    await session.setup(TEST_PASSPHRASE);
    const keys = await session.keys();
    await createVaultStores(db, Date.now).attributes.setTyped(keys as NonNullable<typeof keys>, 'givenNames', 'Erika');
    const before = await db.getAll('records');
    db.close();
    const again = await openVaultDb({ name });
    expect(await again.getAll('records')).toEqual(before);
  });
});
