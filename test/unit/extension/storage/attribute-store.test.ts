import { describe, expect, it } from 'vitest';
import { MAX_HISTORY_PER_ATTRIBUTE } from '../../../../extension/storage/attribute-store.ts';
import { normaliseCardValue } from '../../../../shared/vocabulary/normalise-card-value.ts';
import { createTestVault } from '../../../support/test-vault.ts';

describe('attribute store', () => {
  it('stores typed values as trust low, source user, normalised', async () => {
    const vault = await createTestVault();
    const keys = await vault.keys();
    expect(await vault.stores.attributes.setTyped(keys, 'birthDate', '12.08.1964')).toEqual({
      ok: true,
      value: { attributeId: 'birthDate', value: '1964-08-12', trust: 'low', source: 'user', updatedAt: vault.clock.now },
    });
    expect(await vault.stores.attributes.setTyped(keys, 'iban', 'DE00 1234')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_VALUE', message: 'invalid-iban' },
    });
    expect((await vault.stores.attributes.list(keys)).items.map((i) => i.value.attributeId)).toEqual(['birthDate']);
  });

  it('keeps a history of replaced values, newest first, bounded', async () => {
    const vault = await createTestVault();
    const keys = await vault.keys();
    for (const city of ['Köln', 'Bonn', 'Berlin']) {
      vault.clock.now += 1000;
      await vault.stores.attributes.setTyped(keys, 'city', city);
    }
    expect((await vault.stores.attributes.history(keys, 'city')).map((h) => h.value)).toEqual(['Bonn', 'Köln']);
    for (let i = 0; i < MAX_HISTORY_PER_ATTRIBUTE + 5; i++) {
      vault.clock.now += 1000;
      await vault.stores.attributes.setTyped(keys, 'city', `Ort ${i}`);
    }
    expect(await vault.stores.attributes.history(keys, 'city')).toHaveLength(MAX_HISTORY_PER_ATTRIBUTE);
  });

  it('stores card values as trust high, source eid, read-only for the user, replaced by a newer read', async () => {
    const vault = await createTestVault();
    const keys = await vault.keys();
    await vault.stores.attributes.setTyped(keys, 'familyName', 'Musterfrau');
    const read = [normaliseCardValue('familyName', 'MUSTERMANN'), normaliseCardValue('givenNames', 'ERIKA')];
    const stored = await vault.stores.attributes.storeCardValues(keys, read, 'Amtspass-Testanbieter', vault.clock.now);
    expect(stored).toMatchObject({
      ok: true,
      value: [
        {
          attributeId: 'familyName',
          value: 'Mustermann',
          raw: 'MUSTERMANN',
          trust: 'high',
          source: 'eid',
          provider: 'Amtspass-Testanbieter',
        },
        { attributeId: 'givenNames' },
      ],
    });
    expect(await vault.stores.attributes.setTyped(keys, 'familyName', 'Anders')).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } });
    expect((await vault.stores.attributes.history(keys, 'familyName')).map((h) => [h.value, h.source])).toEqual([['Musterfrau', 'user']]);
    vault.clock.now += 1000;
    await vault.stores.attributes.storeCardValues(
      keys,
      [normaliseCardValue('familyName', 'GABLER')],
      'Amtspass-Testanbieter',
      vault.clock.now,
    );
    expect((await vault.stores.attributes.list(keys)).items.find((i) => i.value.attributeId === 'familyName')?.value.value).toBe('Gabler');
  });

  it('removes a value with its history', async () => {
    const vault = await createTestVault();
    const keys = await vault.keys();
    await vault.stores.attributes.setTyped(keys, 'phone', '0211 1');
    await vault.stores.attributes.setTyped(keys, 'phone', '0211 2');
    expect((await vault.stores.attributes.remove(keys, 'phone')).ok).toBe(true);
    expect((await vault.stores.attributes.list(keys)).items).toEqual([]);
    expect(await vault.stores.attributes.history(keys, 'phone')).toEqual([]);
  });

  it('reports corrupt records without hiding the good ones', async () => {
    const vault = await createTestVault();
    const keys = await vault.keys();
    await vault.stores.attributes.setTyped(keys, 'givenNames', 'Erika');
    await vault.stores.attributes.setTyped(keys, 'familyName', 'Mustermann');
    const [first] = await vault.db.getAll('records');
    if (!first) throw new Error('no record stored');
    const broken = { ...first, ct: first.ct.map((b, i) => (i === 0 ? b ^ 0xff : b)) };
    await vault.db.put('records', broken);
    const listed = await vault.stores.attributes.list(keys);
    expect(listed.items).toHaveLength(1);
    expect(listed.corrupt).toEqual([first?.id]);
  });
});

describe('credential and consent stores', () => {
  it('binds credentials to exact https origins and never lists passwords', async () => {
    const vault = await createTestVault();
    const keys = await vault.keys();
    expect(await vault.stores.credentials.save(keys, { origin: 'http://id.bund.de', username: 'erika', password: 'geheim' })).toMatchObject(
      { ok: false, error: { code: 'ORIGIN_NOT_ALLOWED' } },
    );
    expect(
      await vault.stores.credentials.save(keys, { origin: 'https://id.bund.de/', username: 'erika', password: 'geheim' }),
    ).toMatchObject({ ok: false, error: { code: 'ORIGIN_NOT_ALLOWED' } });
    const saved = await vault.stores.credentials.save(keys, { origin: 'https://id.bund.de', username: 'erika', password: 'geheim' });
    expect(saved.ok).toBe(true);
    const listed = await vault.stores.credentials.list(keys);
    expect(JSON.stringify(listed)).not.toContain('geheim');
    expect((await vault.stores.credentials.forOrigin(keys, 'https://id.bund.de'))[0]?.password).toBe('geheim');
    expect(await vault.stores.credentials.forOrigin(keys, 'https://int.id.bund.de')).toEqual([]);
    expect((await vault.stores.credentials.remove(keys, listed.credentials[0]?.id ?? '')).ok).toBe(true);
    expect(await vault.stores.credentials.remove(keys, listed.credentials[0]?.id ?? '')).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('grants per exact origin, revokes one, revokes an origin and revokes everything', async () => {
    const vault = await createTestVault();
    const keys = await vault.keys();
    const bund = { portalId: 'bundid', origin: 'https://id.bund.de' };
    await vault.stores.consents.grant(keys, bund, ['givenNames', 'familyName']);
    await vault.stores.consents.grant(keys, bund, ['birthDate']);
    await vault.stores.consents.grant(keys, { portalId: 'justiz', origin: 'https://service.justiz.de' }, ['email']);
    expect((await vault.stores.consents.list(keys)).map((c) => [c.origin, c.attributeIds])).toEqual([
      ['https://id.bund.de', ['birthDate', 'familyName', 'givenNames']],
      ['https://service.justiz.de', ['email']],
    ]);
    // Another origin of the same portal has no consent of its own.
    expect(await vault.stores.consents.forOrigin(keys, 'https://int.id.bund.de')).toEqual({ ok: true, value: null });
    await vault.stores.consents.revoke(keys, 'https://id.bund.de', 'familyName');
    expect(await vault.stores.consents.forOrigin(keys, 'https://id.bund.de')).toMatchObject({
      ok: true,
      value: { attributeIds: ['birthDate', 'givenNames'] },
    });
    await vault.stores.consents.revokeOrigin(keys, 'https://service.justiz.de');
    expect((await vault.stores.consents.list(keys)).map((c) => c.portalId)).toEqual(['bundid']);
    await vault.stores.consents.revokeAll(keys);
    expect(await vault.stores.consents.list(keys)).toEqual([]);
  });
});
