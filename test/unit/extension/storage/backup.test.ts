import { describe, expect, it } from 'vitest';
import { openBackup, sealBackup } from '../../../../extension/storage/backup-codec.ts';
import { restoreBackup } from '../../../../extension/storage/backup-restore.ts';
import { eraseVault } from '../../../../extension/storage/erase-vault.ts';
import { vaultSnapshot } from '../../../../extension/storage/vault-snapshot.ts';
import { normaliseCardValue } from '../../../../shared/vocabulary/normalise-card-value.ts';
import { createTestVault, dumpDatabase, TEST_PASSPHRASE, type TestVault } from '../../../support/test-vault.ts';

const BACKUP_PASSPHRASE = 'Sicherung mit eigener Passphrase';

/** Record order in IndexedDB follows random ids; compare contents, not order. */
const sorted = <T extends object>(content: T): T =>
  Object.fromEntries(
    Object.entries(content).map(([k, v]: [string, unknown]) => [
      k,
      Array.isArray(v) ? [...(v as unknown[])].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))) : v,
    ]),
  ) as T;

async function filled(): Promise<TestVault> {
  const vault = await createTestVault();
  const keys = await vault.keys();
  await vault.stores.attributes.setTyped(keys, 'givenNames', 'Erika');
  await vault.stores.attributes.setTyped(keys, 'city', 'Bonn');
  await vault.stores.attributes.setTyped(keys, 'city', 'Köln');
  await vault.stores.attributes.storeCardValues(keys, [normaliseCardValue('familyName', 'MUSTERMANN')], 'Testanbieter', 5);
  await vault.stores.credentials.save(keys, { origin: 'https://id.bund.de', username: 'erika', password: 'Zzyzx-Canary-pw' });
  await vault.stores.consents.grant(keys, { portalId: 'bundid', origin: 'https://id.bund.de' }, ['givenNames']);
  await vault.stores.settings.set(keys, {
    autoLockMinutes: 5,
    auditRetentionDays: 30,
    walletProviderUrl: 'https://selbstauskunft.test/tcToken',
  });
  await vault.stores.audit.append(keys, {
    time: 7,
    portalId: 'bundid',
    origin: 'https://id.bund.de',
    attributeIds: ['givenNames'],
    kind: 'fill',
    outcome: 'disclosed',
  });
  return vault;
}

describe('backup and erasure', () => {
  it('export → delete all → set up again → import restores everything', async () => {
    const vault = await filled();
    const before = await vaultSnapshot(vault.stores, await vault.keys());
    const file = await sealBackup(before, BACKUP_PASSPHRASE, new Date(0));
    expect(file).not.toContain('Erika');
    expect(file).not.toContain('Zzyzx');

    await vault.session.lock();
    await eraseVault({ db: vault.db, ...vault.areas });
    expect(await dumpDatabase(vault.db)).toBe('');
    expect(vault.areas.local.dump()).toEqual({});
    expect((await vault.session.status()).setUp).toBe(false);

    expect((await vault.session.setup(TEST_PASSPHRASE)).ok).toBe(true);
    const keys = await vault.keys();
    const opened = await openBackup(file, BACKUP_PASSPHRASE);
    if (!opened.ok) throw new Error(opened.error.code);
    const report = await restoreBackup(vault.stores, keys, await vaultSnapshot(vault.stores, keys), opened.value, 'replace');
    expect(report).toMatchObject({
      ok: true,
      value: {
        attributes: { added: 3 },
        credentials: { added: 1 },
        consents: { added: 1 },
        auditEntries: { added: 1 },
        settings: 'replaced',
      },
    });
    expect(sorted(await vaultSnapshot(vault.stores, keys))).toEqual(sorted(before));
    expect(await vault.stores.audit.verify(keys)).toEqual({ ok: true, value: { entries: 1 } });
  });

  it('merges: newer values win, card values stay, consents join, and the report says what changed', async () => {
    const vault = await filled();
    const keys = await vault.keys();
    const snapshot = await vaultSnapshot(vault.stores, keys);
    const incoming = {
      ...snapshot,
      attributes: [
        ...snapshot.attributes.map((a) =>
          a.attributeId === 'city'
            ? { ...a, value: 'Aachen', updatedAt: a.updatedAt + 1 }
            : a.attributeId === 'familyName'
              ? { ...a, value: 'Typed', source: 'user' as const, trust: 'low' as const, updatedAt: a.updatedAt + 9 }
              : a,
        ),
        { attributeId: 'email' as const, value: 'erika@example.de', trust: 'low' as const, source: 'user' as const, updatedAt: 1 },
      ],
      consents: [{ portalId: 'bundid', origin: 'https://id.bund.de', attributeIds: ['email' as const], grantedAt: 1, lastUsedAt: null }],
    };
    const report = await restoreBackup(vault.stores, keys, snapshot, incoming, 'merge');
    expect(report).toMatchObject({
      ok: true,
      value: { attributes: { added: 1, updated: 1, unchanged: 2 }, consents: { updated: 1 }, settings: 'kept' },
    });
    const after = await vaultSnapshot(vault.stores, keys);
    const value = (id: string) => after.attributes.find((a) => a.attributeId === id)?.value;
    expect([value('city'), value('familyName'), value('email')]).toEqual(['Aachen', 'Mustermann', 'erika@example.de']);
    expect(after.consents[0]?.attributeIds).toEqual(['email', 'givenNames']);
  });

  it.each([
    ['not JSON', 'hello', 'BACKUP_INVALID'],
    ['JSON but not ours', '{"format":"other"}', 'BACKUP_INVALID'],
    ['a lowered KDF cost', null, 'BACKUP_INVALID'],
    ['a truncated file', 'truncate', 'BACKUP_INVALID'],
    ['a wrong passphrase', 'wrong', 'BACKUP_WRONG_PASSPHRASE'],
    ['a damaged ciphertext', 'damage', 'BACKUP_WRONG_PASSPHRASE'],
  ])('refuses %s with %s and leaves the vault intact', async (_name, variant, code) => {
    const vault = await filled();
    const keys = await vault.keys();
    const before = await dumpDatabase(vault.db);
    const good = await sealBackup(await vaultSnapshot(vault.stores, keys), BACKUP_PASSPHRASE, new Date(0));
    const parsed = JSON.parse(good) as { kdf: { iterations: number }; ct: string };
    const text =
      variant === null
        ? JSON.stringify({ ...parsed, kdf: { ...parsed.kdf, iterations: 1000 } })
        : variant === 'truncate'
          ? good.slice(0, good.length / 2)
          : variant === 'damage'
            ? JSON.stringify({ ...parsed, ct: `${parsed.ct.slice(0, 20)}AAAA${parsed.ct.slice(24)}` })
            : variant === 'wrong'
              ? good
              : variant;
    const opened = await openBackup(text, variant === 'wrong' ? 'Eine ganz andere Passphrase' : BACKUP_PASSPHRASE);
    expect(opened).toMatchObject({ ok: false, error: { code } });
    expect(await dumpDatabase(vault.db)).toBe(before);
  });
});
