import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../../shared/domain/audit-entry.ts';
import { createTestVault, type TestVault } from '../../../support/test-vault.ts';

const entry = (time: number, portalId = 'bundid', kind: AuditEntry['kind'] = 'fill'): AuditEntry => ({
  time,
  portalId,
  origin: 'https://id.bund.de',
  attributeIds: ['givenNames', 'familyName'],
  kind,
  outcome: 'disclosed',
});

async function withEntries(count: number): Promise<TestVault> {
  const vault = await createTestVault();
  const keys = await vault.keys();
  for (let i = 1; i <= count; i++)
    await vault.stores.audit.append(keys, entry(i * 1000, i % 2 ? 'bundid' : 'justiz', i % 3 ? 'fill' : 'sign-in'));
  return vault;
}

describe('audit log', () => {
  it('lists newest first with filters, and verifies', async () => {
    const vault = await withEntries(6);
    const keys = await vault.keys();
    const all = await vault.stores.audit.list(keys);
    expect(all.intact).toBe(true);
    expect(all.entries.map((e) => e.seq)).toEqual([6, 5, 4, 3, 2, 1]);
    expect((await vault.stores.audit.list(keys, { portalId: 'justiz' })).entries.map((e) => e.seq)).toEqual([6, 4, 2]);
    expect((await vault.stores.audit.list(keys, { kind: 'sign-in' })).entries.map((e) => e.seq)).toEqual([6, 3]);
    expect((await vault.stores.audit.list(keys, { since: 2000, until: 4000 })).entries.map((e) => e.seq)).toEqual([4, 3, 2]);
    expect(await vault.stores.audit.verify(keys)).toEqual({ ok: true, value: { entries: 6 } });
  });

  it('detects an entry deleted from the middle, the end, and reordered entries', async () => {
    for (const tamper of [
      async (v: TestVault) => v.db.delete('audit', 3),
      async (v: TestVault) => v.db.delete('audit', 5),
      async (v: TestVault) => {
        const a = await v.db.get('audit', 2);
        const b = await v.db.get('audit', 3);
        if (!a || !b) throw new Error('entries 2 and 3 missing');
        await v.db.put('audit', { ...b, seq: 2 });
        await v.db.put('audit', { ...a, seq: 3 });
      },
    ]) {
      const vault = await withEntries(5);
      await tamper(vault);
      const keys = await vault.keys();
      expect(await vault.stores.audit.verify(keys)).toMatchObject({ ok: false, error: { code: 'INTEGRITY_VIOLATION' } });
      expect((await vault.stores.audit.list(keys)).intact).toBe(false);
      expect(await vault.stores.audit.remove(keys, 1)).toMatchObject({ ok: false, error: { code: 'INTEGRITY_VIOLATION' } });
    }
  });

  it('lets the citizen delete one entry or all, keeping the chain intact', async () => {
    const vault = await withEntries(5);
    const keys = await vault.keys();
    expect((await vault.stores.audit.remove(keys, 3)).ok).toBe(true);
    expect((await vault.stores.audit.remove(keys, 5)).ok).toBe(true);
    expect(await vault.stores.audit.remove(keys, 42)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await vault.stores.audit.verify(keys)).toEqual({ ok: true, value: { entries: 3 } });
    expect((await vault.stores.audit.append(keys, entry(9000))).ok).toBe(true);
    expect(await vault.stores.audit.verify(keys)).toEqual({ ok: true, value: { entries: 4 } });
    await vault.stores.audit.removeAll();
    expect(await vault.stores.audit.verify(keys)).toEqual({ ok: true, value: { entries: 0 } });
    expect((await vault.stores.audit.list(keys)).entries).toEqual([]);
  });

  it('prunes by age and by count, re-anchoring the chain', async () => {
    const vault = await withEntries(6);
    const keys = await vault.keys();
    expect(await vault.stores.audit.prune(keys, { maxEntries: 10, olderThan: 3500 })).toBe(3);
    expect(await vault.stores.audit.verify(keys)).toEqual({ ok: true, value: { entries: 3 } });
    expect(await vault.stores.audit.prune(keys, { maxEntries: 1, olderThan: 0 })).toBe(2);
    expect((await vault.stores.audit.list(keys)).entries.map((e) => e.seq)).toEqual([6]);
    expect(await vault.stores.audit.verify(keys)).toEqual({ ok: true, value: { entries: 1 } });
  });

  it('refuses an entry that carries a value instead of attribute ids', async () => {
    const vault = await createTestVault();
    const bad = { ...entry(1), attributeIds: ['Erika Mustermann'] } as unknown as AuditEntry;
    expect(await vault.stores.audit.append(await vault.keys(), bad)).toMatchObject({ ok: false, error: { code: 'INVALID_VALUE' } });
  });
});
