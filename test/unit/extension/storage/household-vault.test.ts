import { describe, expect, it } from 'vitest';
import { openBackup, sealBackup } from '../../../../extension/storage/backup-codec.ts';
import { restoreBackup } from '../../../../extension/storage/backup-restore.ts';
import { recordIdFor } from '../../../../extension/storage/vault-crypto.ts';
import { vaultSnapshot } from '../../../../extension/storage/vault-snapshot.ts';
import { createTestVault, type TestVault } from '../../../support/test-vault.ts';

/**
 * A vault as the one-person Amtspass wrote it: attribute records under `attribute|<id>` with no person,
 * a replaced value in the history, a remembered consent and two log entries.
 */
async function onePersonVault(): Promise<TestVault> {
  const vault = await createTestVault();
  const keys = await vault.keys();
  const { records, consents, audit } = vault.stores;
  const old = (attributeId: string, value: string) => ({ attributeId, value, trust: 'low', source: 'user', updatedAt: vault.clock.now });
  expect(
    await records.commit(keys, [
      { id: await recordIdFor(keys, 'attribute|givenNames'), type: 'attribute', payload: old('givenNames', 'Erika') },
      { id: await recordIdFor(keys, 'attribute|city'), type: 'attribute', payload: old('city', 'Köln') },
      { id: crypto.randomUUID(), type: 'attributeHistory', payload: { ...old('city', 'Bonn'), replacedAt: vault.clock.now } },
    ]),
  ).toMatchObject({ ok: true });
  expect(await consents.grant(keys, { portalId: 'paderborn', origin: 'https://mein-digiport.de' }, ['givenNames', 'city'])).toMatchObject({
    ok: true,
  });
  await audit.append(keys, {
    time: vault.clock.now,
    portalId: 'paderborn',
    origin: 'https://mein-digiport.de',
    attributeIds: ['givenNames'],
    kind: 'fill',
    outcome: 'disclosed',
  });
  await audit.append(keys, {
    time: vault.clock.now,
    portalId: 'bundid',
    origin: 'https://id.bund.de',
    attributeIds: [],
    kind: 'sign-in',
    outcome: 'disclosed',
  });
  return vault;
}

describe('from one person to a household', () => {
  it("reads a one-person vault unchanged: every value is the citizen's, consents and the log stay, nothing is rewritten", async () => {
    const vault = await onePersonVault();
    const keys = await vault.keys();
    const before = await vault.db.getAll('records');
    const own = (await vault.stores.attributes.list(keys)).items.map((i) => [i.value.attributeId, i.value.value, i.value.personId]);
    expect(own.sort()).toEqual([
      ['city', 'Köln', undefined],
      ['givenNames', 'Erika', undefined],
    ]);
    expect((await vault.stores.attributes.history(keys, 'city')).map((h) => h.value)).toEqual(['Bonn']);
    expect(await vault.stores.persons.list(keys)).toEqual([]);
    expect(await vault.stores.consents.forOrigin(keys, 'https://mein-digiport.de')).toMatchObject({
      ok: true,
      value: { attributeIds: ['city', 'givenNames'] },
    });
    expect(await vault.stores.audit.list(keys)).toMatchObject({
      intact: true,
      entries: [{ portalId: 'bundid' }, { portalId: 'paderborn' }],
    });
    expect(await vault.db.getAll('records')).toEqual(before);
  });

  it("keeps each person's values apart: a child's never shows in the citizen's list, and removing the child removes only theirs", async () => {
    const vault = await onePersonVault();
    const keys = await vault.keys();
    const added = await vault.stores.persons.add(keys, 'child');
    if (!added.ok) throw new Error(added.error.code);
    const mia = added.value.personId;
    expect(await vault.stores.attributes.setTyped(keys, 'givenNames', 'Mia', mia)).toMatchObject({
      ok: true,
      value: { personId: mia, value: 'Mia' },
    });
    expect(await vault.stores.attributes.setTyped(keys, 'city', 'Bonn', mia)).toMatchObject({ ok: true });
    expect(await vault.stores.attributes.setTyped(keys, 'city', 'Köln', mia)).toMatchObject({ ok: true });
    expect((await vault.stores.attributes.list(keys)).items.map((i) => i.value.value).sort()).toEqual(['Erika', 'Köln']);
    expect((await vault.stores.attributes.list(keys, mia)).items.map((i) => i.value.value).sort()).toEqual(['Köln', 'Mia']);
    expect((await vault.stores.attributes.history(keys, 'city', mia)).map((h) => h.value)).toEqual(['Bonn']);
    expect((await vault.stores.attributes.history(keys, 'city')).map((h) => h.value)).toEqual(['Bonn']);
    expect(await vault.stores.persons.remove(keys, mia)).toMatchObject({ ok: true });
    expect(await vault.stores.persons.list(keys)).toEqual([]);
    expect((await vault.stores.attributes.listAll(keys)).items.map((i) => i.value.value).sort()).toEqual(['Erika', 'Köln']);
    expect((await vault.stores.attributes.history(keys, 'city')).map((h) => h.value)).toEqual(['Bonn']);
    expect(await vault.stores.persons.remove(keys, mia)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('bounds the household: a thirteenth person is refused with LIMIT_EXCEEDED', async () => {
    const vault = await createTestVault();
    const keys = await vault.keys();
    for (let i = 0; i < 12; i++) expect(await vault.stores.persons.add(keys, 'other')).toMatchObject({ ok: true });
    expect(await vault.stores.persons.add(keys, 'other')).toMatchObject({ ok: false, error: { code: 'LIMIT_EXCEEDED' } });
  });

  it("backs up and restores the household, and restores a one-person backup (no persons) as the citizen's", async () => {
    const vault = await onePersonVault();
    const keys = await vault.keys();
    const oldBackup = await vaultSnapshot(vault.stores, keys);
    // A backup from before households has no `persons` key at all.
    const withoutPersons = Object.fromEntries(Object.entries(oldBackup).filter(([key]) => key !== 'persons')) as typeof oldBackup;
    const added = await vault.stores.persons.add(keys, 'partner');
    if (!added.ok) throw new Error(added.error.code);
    await vault.stores.attributes.setTyped(keys, 'givenNames', 'Max', added.value.personId);
    const household = await vaultSnapshot(vault.stores, keys);
    const sealed = await sealBackup(household, 'Sicherung mit eigener Passphrase', new Date(vault.clock.now));
    const opened = await openBackup(sealed, 'Sicherung mit eigener Passphrase');
    if (!opened.ok) throw new Error(opened.error.code);
    expect(opened.value.persons).toHaveLength(1);

    // An old backup replaces the vault: the citizen's values, consents and log come back, no partner.
    expect(await restoreBackup(vault.stores, keys, household, withoutPersons, 'replace')).toMatchObject({ ok: true });
    expect(await vault.stores.persons.list(keys)).toEqual([]);
    expect((await vault.stores.attributes.listAll(keys)).items.map((i) => i.value.value).sort()).toEqual(['Erika', 'Köln']);
    expect(await vault.stores.audit.list(keys)).toMatchObject({ intact: true, entries: [{}, {}] });

    // The household backup brings the partner back with his value, the citizen's untouched.
    expect(await restoreBackup(vault.stores, keys, await vaultSnapshot(vault.stores, keys), opened.value, 'merge')).toMatchObject({
      ok: true,
    });
    expect((await vault.stores.persons.list(keys)).map((p) => p.role)).toEqual(['partner']);
    expect((await vault.stores.attributes.list(keys, added.value.personId)).items.map((i) => i.value.value)).toEqual(['Max']);
    expect((await vault.stores.attributes.list(keys)).items.map((i) => i.value.value).sort()).toEqual(['Erika', 'Köln']);
  });
});
