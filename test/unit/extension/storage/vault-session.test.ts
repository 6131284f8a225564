import { describe, expect, it } from 'vitest';
import { createVaultSession } from '../../../../extension/storage/vault-session.ts';
import { FREE_UNLOCK_ATTEMPTS, unlockDelayMs } from '../../../../extension/storage/unlock-throttle.ts';
import { createTestVault, dumpDatabase, TEST_PASSPHRASE } from '../../../support/test-vault.ts';

describe('vault session: set-up, unlock, lock', () => {
  it('sets up once, unlocked, and refuses a weak passphrase or a second set-up', async () => {
    const vault = await createTestVault({ setUp: false });
    expect(await vault.session.status()).toEqual({ setUp: false, unlocked: false, retryAfterMs: 0 });
    expect((await vault.session.unlock(TEST_PASSPHRASE)).ok).toBe(false);
    expect(await vault.session.setup('kurz')).toMatchObject({ ok: false, error: { code: 'WEAK_PASSPHRASE' } });
    expect(await vault.session.setup('aaaaaaaaaaaaaaaa')).toMatchObject({ ok: false, error: { code: 'WEAK_PASSPHRASE' } });
    expect((await vault.session.setup(TEST_PASSPHRASE)).ok).toBe(true);
    expect(await vault.session.status()).toEqual({ setUp: true, unlocked: true, retryAfterMs: 0 });
    expect(await vault.session.setup(TEST_PASSPHRASE)).toMatchObject({ ok: false, error: { code: 'ALREADY_SET_UP' } });
  });

  it('locks, refuses a wrong passphrase, unlocks with the right one', async () => {
    const vault = await createTestVault();
    await vault.session.lock();
    expect(await vault.session.keys()).toBeNull();
    expect(await vault.session.unlock('Falsche Passphrase!')).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    expect(await vault.session.unlock(TEST_PASSPHRASE)).toEqual({ ok: true, value: {} });
    expect(await vault.session.keys()).not.toBeNull();
  });

  it('throttles repeated failures with a persisted, growing delay', async () => {
    const vault = await createTestVault();
    await vault.session.lock();
    for (let i = 0; i < FREE_UNLOCK_ATTEMPTS; i++) expect((await vault.session.unlock(`falsch-falsch-${i}`)).ok).toBe(false);
    expect(await vault.session.unlock(TEST_PASSPHRASE)).toMatchObject({ ok: false, error: { code: 'UNLOCK_THROTTLED' } });
    // A restarted worker (new session object over the same database) still throttles.
    const restarted = createVaultSession({ db: vault.db, ...vault.areas, now: () => vault.clock.now });
    expect((await restarted.status()).retryAfterMs).toBe(unlockDelayMs(FREE_UNLOCK_ATTEMPTS));
    vault.clock.now += unlockDelayMs(FREE_UNLOCK_ATTEMPTS);
    expect((await restarted.unlock(TEST_PASSPHRASE)).ok).toBe(true);
    expect((await restarted.status()).retryAfterMs).toBe(0);
    expect(unlockDelayMs(30)).toBe(5 * 60_000);
  });

  it('survives a worker restart (keys restored from the session) and locks when the browser closes', async () => {
    const vault = await createTestVault();
    await vault.stores.attributes.setTyped(await vault.keys(), 'givenNames', 'Erika');
    const restarted = createVaultSession({ db: vault.db, ...vault.areas, now: () => vault.clock.now });
    const keys = await restarted.keys();
    expect(keys).not.toBeNull();
    expect((await vault.stores.attributes.list(keys as NonNullable<typeof keys>)).items[0]?.value.value).toBe('Erika');
    await vault.areas.session.clear(); // what the browser does to storage.session on exit
    const afterBrowserRestart = createVaultSession({ db: vault.db, ...vault.areas, now: () => vault.clock.now });
    await afterBrowserRestart.forgetStaleSession();
    expect(await afterBrowserRestart.keys()).toBeNull();
    expect(await vault.areas.local.get('vaultSessionWrapped')).toBeUndefined();
  });

  it('changes the passphrase by re-wrapping the key, leaving every record as it was', async () => {
    const vault = await createTestVault();
    await vault.stores.attributes.setTyped(await vault.keys(), 'familyName', 'Mustermann');
    const before = await vault.db.getAll('records');
    expect(await vault.session.changePassphrase('falsch-falsch-falsch', 'Neue lange Passphrase 2026')).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PASSPHRASE' },
    });
    expect((await vault.session.changePassphrase(TEST_PASSPHRASE, 'Neue lange Passphrase 2026')).ok).toBe(true);
    expect(await vault.db.getAll('records')).toEqual(before);
    await vault.session.lock();
    expect((await vault.session.unlock(TEST_PASSPHRASE)).ok).toBe(false);
    expect((await vault.session.unlock('Neue lange Passphrase 2026')).ok).toBe(true);
    expect((await vault.stores.attributes.list(await vault.keys())).items[0]?.value.value).toBe('Mustermann');
  });

  it('keeps only wrapped keys and ciphertext at rest', async () => {
    const vault = await createTestVault();
    const keys = await vault.keys();
    await vault.stores.attributes.setTyped(keys, 'givenNames', 'Zzyzx-Canary-given');
    await vault.stores.credentials.save(keys, {
      origin: 'https://id.bund.de',
      username: 'Zzyzx-Canary-user',
      password: 'Zzyzx-Canary-pass',
    });
    await vault.stores.audit.append(keys, {
      time: 1,
      portalId: 'bundid',
      origin: 'https://id.bund.de',
      attributeIds: ['givenNames'],
      kind: 'fill',
      outcome: 'disclosed',
    });
    const everything = `${await dumpDatabase(vault.db)}${JSON.stringify(vault.areas.local.dump())}${JSON.stringify(vault.areas.session.dump())}`;
    expect(everything).not.toContain('Zzyzx');
    expect(everything).not.toContain(TEST_PASSPHRASE);
    expect(everything).not.toContain('givenNames');
    expect(everything).not.toContain('id.bund.de');
  });
});
