import { describe, expect, it } from 'vitest';
import { composeHandlers } from '../../../../extension/background/compose-handlers.ts';
import { createHelperClient } from '../../../../extension/background/helper-link/helper-client.ts';
import { createPortalRegistry } from '../../../../extension/background/registry/portal-registry.ts';
import { createRouter } from '../../../../extension/background/router.ts';
import { createAutoLock } from '../../../../extension/background/vault/auto-lock.ts';
import { backgroundProtocol } from '../../../../shared/protocol/background-protocol.ts';
import { uiProtocol } from '../../../../shared/protocol/ui-protocol.ts';
import { createUserPortalsStore } from '../../../../extension/storage/user-portals-store.ts';
import { createPendingFillStore } from '../../../../extension/background/fill/pending-fill-store.ts';
import { memoryArea } from '../../../support/memory-area.ts';
import { createTestVault, type TestVault } from '../../../support/test-vault.ts';

const BASE = 'chrome-extension://ejknmpaheghgkhjochcmaoiikpanjnil/';
const popup = { id: 'ejknmpaheghgkhjochcmaoiikpanjnil', url: `${BASE}popup/index.html` };
const confirm = { id: popup.id, url: `${BASE}confirm/index.html` };
const content = { id: popup.id, url: 'https://id.bund.de/de/login', tabId: 3, frameId: 0 };

function routerFor(vault: TestVault) {
  const alarms: string[] = [];
  const autoLock = createAutoLock({
    alarms: { create: (name) => void alarms.push(name), clear: async () => true },
    session: vault.areas.session,
    now: () => vault.clock.now,
    idleMinutes: async () => 15,
    lock: () => vault.session.lock(),
  });
  const registry = createPortalRegistry();
  const { handlers } = composeHandlers({
    registry,
    helper: createHelperClient({
      connect: () => {
        throw new Error('no helper in unit tests');
      },
    }),
    recordSeen: async () => undefined,
    savePage: async () => undefined,
    opened: { mark: async () => undefined, marked: async () => false },
    portals: {
      store: createUserPortalsStore(memoryArea()),
      permissions: { contains: async () => false, remove: async () => undefined },
      reconcile: async () => undefined,
    },
    tabs: { url: async () => null, send: async () => undefined, navigate: async () => undefined },
    pending: createPendingFillStore(() => vault.clock.now),
    openConfirm: async () => undefined,
    openEidWindow: async () => undefined,
    pageOf: async () => undefined,
    openUnlock: async () => undefined,
    openLog: async () => undefined,
    stores: vault.stores,
    session: vault.session,
    autoLock,
    areas: vault.areas,
    now: () => vault.clock.now,
  });
  const route = createRouter({
    spec: backgroundProtocol,
    handlers,
    identify: (sender) =>
      sender.url?.startsWith(BASE)
        ? { kind: sender.url.includes('confirm') ? 'confirm' : 'popup' }
        : sender.tabId !== undefined
          ? { kind: 'content', origin: 'https://id.bund.de', tabId: sender.tabId }
          : { kind: null, origin: null },
  });
  let n = 0;
  const send = async (type: string, payload: unknown, sender: object = popup) => {
    const response = await route({ v: 1, id: `m${++n}`, type, payload }, sender);
    return response.result;
  };
  return { send, alarms };
}

/** A valid payload for every vault message that needs the unlocked vault. */
const NEEDS_KEYS: Record<string, unknown> = {
  'vault.changePassphrase': { current: 'Korrekt Pferd Batterie Heftklammer', next: 'Noch eine lange Passphrase' },
  'settings.get': {},
  'settings.set': { autoLockMinutes: 5, auditRetentionDays: 30 },
  'attribute.list': {},
  'attribute.set': { attributeId: 'givenNames', value: 'Erika' },
  'attribute.delete': { attributeId: 'givenNames' },
  'attribute.history': { attributeId: 'givenNames' },
  'person.list': {},
  'person.add': { role: 'child', givenNames: 'Mia' },
  'person.remove': { personId: 'p-00000000-0000-4000-8000-000000000000' },
  'credential.list': {},
  'credential.save': { origin: 'https://id.bund.de', username: 'e', password: 'p' },
  'credential.delete': { id: '0'.repeat(32) },
  'consent.list': {},
  'consent.grant': { portalId: 'bundid', origin: 'https://id.bund.de', attributeIds: ['givenNames'] },
  'consent.revoke': { origin: 'https://id.bund.de', attributeId: 'givenNames' },
  'consent.revokeOrigin': { origin: 'https://id.bund.de' },
  'consent.revokeAll': {},
  'audit.list': {},
  'audit.export': { format: 'csv' },
  'audit.delete': { seq: 1 },
  'audit.deleteAll': {},
  'fill.request': { tabId: 7 },
  'signin.request': { tabId: 7 },
  'credential.decideOffer': { tabId: 7, save: true },
  'consent.pending': { pendingId: 'a'.repeat(24) },
  'consent.decide': { pendingId: 'a'.repeat(24), approve: ['email'], remember: true },
  'wallet.store': { ref: 'a'.repeat(24), accept: ['givenNames'] },
  'backup.export': { passphrase: 'Sicherung mit eigener Passphrase' },
  'backup.import': { content: '{}', passphrase: 'x', mode: 'merge' },
};

describe('vault messages through the background router', () => {
  it('answers LOCKED to every request that needs the vault, once it is locked', async () => {
    const vault = await createTestVault();
    const { send } = routerFor(vault);
    await send('vault.lock', {});
    // consent.target names only the portal and origin a pending request is for: the confirm window
    // shows them above its unlock form, so it answers while locked (and only to the confirm window).
    // trust.* read nothing of the vault while locked: the status says "locked" (trust-handlers.test.ts).
    const notCovered = Object.keys(uiProtocol).filter(
      (type) => !(type in NEEDS_KEYS) && !/^(helper|vault|portal|eid|ui|trust)\.|^data\.|^page\.current$|^consent\.target$/.test(type),
    );
    expect(notCovered).toEqual([]);
    expect(await send('consent.target', { pendingId: 'a'.repeat(24) }, confirm)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await send('consent.target', { pendingId: 'a'.repeat(24) }, popup)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN_SENDER' },
    });
    for (const [type, payload] of Object.entries(NEEDS_KEYS)) {
      const sender = /^consent\.(grant|pending|decide)$|^wallet\./.test(type) ? confirm : popup;
      expect(await send(type, payload, sender), type).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    }
  });

  it('never lets a content script read values, list attributes or change consents', async () => {
    const vault = await createTestVault();
    const { send } = routerFor(vault);
    for (const [type, payload] of Object.entries(NEEDS_KEYS)) {
      expect(await send(type, payload, content), type).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    }
    expect(await send('vault.unlock', { passphrase: 'x' }, content)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
  });

  it('lets only the confirm window grant consent', async () => {
    const vault = await createTestVault();
    const { send } = routerFor(vault);
    expect(await send('consent.grant', NEEDS_KEYS['consent.grant'], popup)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN_SENDER' },
    });
    expect(await send('consent.grant', NEEDS_KEYS['consent.grant'], confirm)).toMatchObject({ ok: true });
    expect(
      await send('consent.grant', { portalId: 'no-such-portal', origin: 'https://id.bund.de', attributeIds: ['email'] }, confirm),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    // An origin of another portal is not this portal's.
    expect(
      await send('consent.grant', { portalId: 'bundid', origin: 'https://service.justiz.de', attributeIds: ['email'] }, confirm),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('walks set-up → attributes → audit export → backup → delete all → import', async () => {
    const vault = await createTestVault();
    const { send, alarms } = routerFor(vault);
    expect(await send('attribute.set', { attributeId: 'givenNames', value: 'Erika' })).toMatchObject({
      ok: true,
      value: { value: 'Erika', trust: 'low' },
    });
    expect(alarms).toContain('amtspass-auto-lock');
    expect(await send('attribute.set', { attributeId: 'birthDate', value: '31.02.1964' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_VALUE' },
    });
    await vault.stores.audit.append(await vault.keys(), {
      time: 1,
      portalId: 'bundid',
      origin: 'https://id.bund.de',
      attributeIds: ['givenNames'],
      kind: 'fill',
      outcome: 'disclosed',
    });
    const csv = await send('audit.export', { format: 'csv' });
    expect(csv).toMatchObject({ ok: true, value: { mimeType: 'text/csv' } });
    expect(csv.ok && (csv.value as { content: string }).content).toContain('bundid,https://id.bund.de,fill,disclosed,givenNames');
    expect(JSON.stringify(csv)).not.toContain('Erika');
    const backup = await send('backup.export', { passphrase: 'Sicherung mit eigener Passphrase' });
    if (!backup.ok) throw new Error(backup.error.code);
    const file: string = (backup.value as { content: string }).content;
    expect(await send('data.deleteAll', { confirm: true })).toMatchObject({ ok: false, error: { code: 'INVALID_MESSAGE' } });
    expect(await send('data.deleteAll', { confirm: 'delete-all-my-data' })).toEqual({ ok: true, value: {} });
    expect(await send('vault.status', {})).toEqual({ ok: true, value: { setUp: false, unlocked: false, retryAfterMs: 0 } });
    expect((await send('vault.setup', { passphrase: 'Korrekt Pferd Batterie Heftklammer' })).ok).toBe(true);
    expect(await send('backup.import', { content: file, passphrase: 'Sicherung mit eigener Passphrase', mode: 'replace' })).toMatchObject({
      ok: true,
      value: { attributes: { added: 1 }, auditEntries: { added: 1 } },
    });
    expect(await send('attribute.list', {})).toMatchObject({
      ok: true,
      value: { attributes: [{ attributeId: 'givenNames', value: 'Erika' }], corruptRecords: 0 },
    });
  });

  it('applies the audit retention setting when it changes and on unlock', async () => {
    const vault = await createTestVault();
    const { send } = routerFor(vault);
    const keys = await vault.keys();
    const day = 24 * 60 * 60 * 1000;
    for (const age of [40, 20, 1]) {
      await vault.stores.audit.append(keys, {
        time: vault.clock.now - age * day,
        portalId: 'bundid',
        origin: 'https://id.bund.de',
        attributeIds: ['email'],
        kind: 'fill',
        outcome: 'disclosed',
      });
    }
    expect(await send('settings.set', { autoLockMinutes: 15, auditRetentionDays: 30 })).toMatchObject({ ok: true });
    expect((await vault.stores.audit.list(keys)).entries).toHaveLength(2);
    vault.clock.now += 15 * day;
    await send('vault.lock', {});
    await send('vault.unlock', { passphrase: 'Korrekt Pferd Batterie Heftklammer' });
    expect((await vault.stores.audit.list(await vault.keys())).entries).toHaveLength(1);
    expect(await vault.stores.audit.verify(await vault.keys())).toEqual({ ok: true, value: { entries: 1 } });
  });

  it('logs a revocation like a disclosure: portal and kinds of data, no values (T22)', async () => {
    const vault = await createTestVault();
    const { send } = routerFor(vault);
    await send('consent.grant', { portalId: 'bundid', origin: 'https://id.bund.de', attributeIds: ['givenNames', 'email'] }, confirm);
    expect(await send('consent.revoke', { origin: 'https://id.bund.de', attributeId: 'email' })).toMatchObject({ ok: true });
    expect(await send('consent.revokeAll', {})).toMatchObject({ ok: true });
    const log = await vault.stores.audit.list(await vault.keys(), { kind: 'consent' });
    expect(log.entries.map((e) => [e.portalId, e.origin, e.attributeIds, e.outcome])).toEqual([
      ['bundid', 'https://id.bund.de', ['givenNames'], 'revoked'],
      ['bundid', 'https://id.bund.de', ['email'], 'revoked'],
    ]);
  });
});
