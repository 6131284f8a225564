import { expect } from 'vitest';
import type { extensionPage } from '../support/extension-page.ts';

type Page = ReturnType<typeof extensionPage>;

export const PASSPHRASE = 'Korrekt Pferd Batterie Heftklammer';
/** Canary values (docs/SECURITY.md §4): unique strings that must never appear in plaintext at rest. */
export const CANARIES = {
  givenNames: 'Zzyzx-Canary-Vorname',
  familyName: 'Zzyzx-Canary-Familienname',
  placeOfBirth: 'Zzyzx-Canary-Geburtsort',
  password: 'Zzyzx-Canary-Passwort',
} as const;

/** Set-up and canary values through the real background, then a dump of every storage area. */
export async function setUpWithCanaries(page: Page): Promise<void> {
  expect(await page.send('vault.status', {})).toMatchObject({ ok: true, value: { setUp: false } });
  expect(await page.send('vault.setup', { passphrase: PASSPHRASE })).toEqual({ ok: true, value: {} });
  for (const id of ['givenNames', 'familyName', 'placeOfBirth'] as const) {
    expect(await page.send('attribute.set', { attributeId: id, value: CANARIES[id] })).toMatchObject({ ok: true });
  }
  expect(
    await page.send('credential.save', { origin: 'https://id.bund.de', username: 'erika', password: CANARIES.password }),
  ).toMatchObject({ ok: true });
  expect(await page.send('settings.set', { autoLockMinutes: 30, auditRetentionDays: 365 })).toMatchObject({ ok: true });
}

export async function expectNoCanaryAtRest(page: Page): Promise<void> {
  const dump = await page.dumpStorage();
  expect(dump).toContain('store records');
  for (const canary of [...Object.values(CANARIES), PASSPHRASE]) expect(dump).not.toContain(canary);
}

export async function expectLockedEverywhere(page: Page): Promise<void> {
  expect(await page.send('vault.lock', {})).toEqual({ ok: true, value: {} });
  for (const [type, payload] of [
    ['attribute.list', {}],
    ['attribute.set', { attributeId: 'city', value: 'Köln' }],
    ['credential.list', {}],
    ['consent.list', {}],
    ['audit.list', {}],
    ['backup.export', { passphrase: PASSPHRASE }],
    ['settings.get', {}],
  ] as const) {
    expect(await page.send(type, payload), type).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  }
  // T21: wrong passphrases get the same answer each time, then a growing delay that even the right one waits for.
  const wrong = [];
  for (let i = 0; i < 4; i++) wrong.push(await page.send('vault.unlock', { passphrase: `Falsche Passphrase ${i}` }));
  expect(wrong.slice(0, 3)).toEqual(
    Array(3).fill({ ok: false, error: { code: 'WRONG_PASSPHRASE', message: 'the passphrase does not open this vault' } }),
  );
  expect(wrong[3]).toMatchObject({ ok: false, error: { code: 'UNLOCK_THROTTLED' } });
  expect(await page.send('vault.unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'UNLOCK_THROTTLED' } });
  expect(((await page.send('vault.status', {})).value as { retryAfterMs: number }).retryAfterMs).toBeGreaterThan(0);
  await expect
    .poll(async () => ((await page.send('vault.status', {})).value as { retryAfterMs: number }).retryAfterMs, { timeout: 30_000 })
    .toBe(0);
  expect(await page.send('vault.unlock', { passphrase: PASSPHRASE })).toEqual({ ok: true, value: {} });
  expect(await page.dumpStorage()).toMatch(/iterations:600000/);
}

export async function backupDeleteImport(page: Page): Promise<void> {
  const before = await page.send('attribute.list', {});
  const backup = await page.send('backup.export', { passphrase: 'Sicherung 2026 für den Test' });
  expect(backup.ok).toBe(true);
  const file = (backup.value as { content: string }).content;
  expect(file).not.toContain('Zzyzx');
  expect(await page.send('data.deleteAll', { confirm: 'delete-all-my-data' })).toEqual({ ok: true, value: {} });
  expect(await page.send('vault.status', {})).toMatchObject({ ok: true, value: { setUp: false, unlocked: false } });
  expect(await page.dumpStorage()).not.toMatch(/Zzyzx|vaultSession/);
  expect(await page.send('vault.setup', { passphrase: PASSPHRASE })).toEqual({ ok: true, value: {} });
  expect(await page.send('backup.import', { content: file, passphrase: 'falsch falsch falsch', mode: 'replace' })).toMatchObject({
    ok: false,
    error: { code: 'BACKUP_WRONG_PASSPHRASE' },
  });
  expect(
    await page.send('backup.import', { content: file.slice(0, 300), passphrase: 'Sicherung 2026 für den Test', mode: 'replace' }),
  ).toMatchObject({ ok: false, error: { code: 'BACKUP_INVALID' } });
  const count = (before.value as { attributes: unknown[] }).attributes.length;
  expect(await page.send('backup.import', { content: file, passphrase: 'Sicherung 2026 für den Test', mode: 'replace' })).toMatchObject({
    ok: true,
    value: { attributes: { added: count }, credentials: { added: 1 } },
  });
  const sortById = (r: typeof before) =>
    (r.value as { attributes: { attributeId: string }[] }).attributes.sort((a, b) => a.attributeId.localeCompare(b.attributeId));
  expect(sortById(await page.send('attribute.list', {}))).toEqual(sortById(before));
  expect(await page.send('settings.get', {})).toEqual({
    ok: true,
    value: {
      autoLockMinutes: 30,
      auditRetentionDays: 365,
      walletProviderUrl: 'https://www.autentapp.de/AusweisAuskunft/WebServiceRequesterServlet?mode=json',
    },
  });
}

/**
 * T23: the encrypted disclosure log in IndexedDB is tampered with (an entry modified, deleted, or two
 * swapped). The chain check notices each time and the log view tells the citizen; put back as it
 * was, the log is intact again (a positive control: the check is not simply always failing).
 */
export async function auditTamperDetected(page: Page, confirm: Page, logWarning: () => Promise<string>): Promise<void> {
  for (const [portalId, origin] of [
    ['bundid', 'https://id.bund.de'],
    ['paderborn', 'https://mein-digiport.de'],
    ['justiz', 'https://service.justiz.de'],
  ] as const) {
    expect(await confirm.send('consent.grant', { portalId, origin, attributeIds: ['givenNames'] })).toMatchObject({ ok: true });
    expect(await page.send('consent.revokeOrigin', { origin })).toMatchObject({ ok: true });
  }
  const list = async () =>
    (await page.send('audit.list', {})).value as { entries: { kind: string; outcome: string; portalId: string }[]; intact: boolean };
  // T22 on the way: each revocation is in the log, naming the portal.
  const revoked = (await list()).entries.filter((e) => e.kind === 'consent' && e.outcome === 'revoked').map((e) => e.portalId);
  expect(revoked.sort()).toEqual(['bundid', 'justiz', 'paderborn']);
  expect((await list()).intact).toBe(true);
  expect(await logWarning()).toBe('');
  for (const how of ['modify', 'delete', 'swap'] as const) {
    const restore = await page.tamper('audit', how, 2, 3);
    expect((await list()).intact, how).toBe(false);
    expect(await logWarning(), how).toContain('Protokoll wurde verändert');
    await restore();
    expect((await list()).intact, `${how} restored`).toBe(true);
  }
}

/**
 * T20: a flipped ciphertext byte and two swapped records in IndexedDB are reported (the tag or the
 * additional data fails), not silently dropped; the other records still read; every IV is unique.
 */
export async function recordTamperReported(page: Page): Promise<void> {
  const attributes = await page.records('attribute');
  expect(attributes.length).toBeGreaterThanOrEqual(2);
  const ivs = (await page.records('attribute')).concat(await page.records('credential')).map((r) => r.iv);
  expect(ivs.every((iv) => iv.length === 24)).toBe(true);
  expect(new Set(ivs).size).toBe(ivs.length);
  const listed = async () => (await page.send('attribute.list', {})).value as { attributes: unknown[]; corruptRecords: number };
  const before = await listed();
  expect(before.corruptRecords).toBe(0);
  const [a, b] = attributes.map((r) => r.id);
  for (const [how, broken] of [
    ['modify', 1],
    ['swap', 2],
  ] as const) {
    const restore = await page.tamper('records', how, a ?? '', b ?? '');
    const after = await listed();
    expect({ how, corrupt: after.corruptRecords, readable: after.attributes.length }).toEqual({
      how,
      corrupt: broken,
      readable: before.attributes.length - broken,
    });
    await restore();
    expect(await listed()).toEqual(before);
  }
}
