import { describe, expect, it } from 'vitest';
import { trustHandlers } from '../../../../extension/background/handlers/trust-handlers.ts';
import { createPortalRegistry } from '../../../../extension/background/registry/portal-registry.ts';
import { createTestVault, type TestVault } from '../../../support/test-vault.ts';

const TABS: Record<number, string> = {
  1: 'https://id.bund.de/de/konto/vertrauensniveau',
  2: 'https://id.bund.de/de/login',
  3: 'https://evil.test/de/konto/vertrauensniveau',
  4: 'https://service.schleswig-holstein.de/',
};
const popup = { kind: 'popup' } as const;

function handlersFor(vault: TestVault, unlocked: boolean) {
  const navigated: [number, string][] = [];
  const handlers = trustHandlers({
    registry: createPortalRegistry(),
    stores: vault.stores,
    keysIfUnlocked: async () => (unlocked ? vault.keys() : null),
    tabs: { url: async (tabId) => TABS[tabId] ?? null, navigate: async (tabId, url) => void navigated.push([tabId, url]) },
  });
  return { handlers, navigated };
}

describe('trust levels in the popup (docs/PORTALS.md §16)', () => {
  it('on BundID\'s upgrade page: "hoch" needed, account not known, typed data below; the page\'s own eID step and the card are offered', async () => {
    const vault = await createTestVault();
    const keys = await vault.keys();
    await vault.stores.attributes.setTyped(keys, 'givenNames', 'Erika');
    const { handlers } = handlersFor(vault, true);
    expect(await handlers['trust.status']({ tabId: 1 }, popup)).toEqual({
      ok: true,
      value: {
        trust: {
          portalName: 'BundID',
          required: 'high',
          service: 'Vertrauensniveau erhöhen',
          account: 'unknown',
          eidSignInAt: null,
          data: 'below',
          dataCounts: { low: 1, substantial: 0, high: 0 },
          locked: false,
          steps: ['eid-signin', 'read-card'],
        },
      },
    });
  });

  it('after an eID sign-in through Amtspass on BundID the account is "hoch", with the day; only a disclosed sign-in counts', async () => {
    const vault = await createTestVault();
    const keys = await vault.keys();
    await vault.stores.audit.append(keys, {
      time: 1_000,
      portalId: 'bundid',
      origin: 'https://id.bund.de',
      attributeIds: [],
      kind: 'eid',
      outcome: 'failed',
    });
    const { handlers } = handlersFor(vault, true);
    expect(await handlers['trust.status']({ tabId: 1 }, popup)).toMatchObject({
      ok: true,
      value: { trust: { account: 'unknown', eidSignInAt: null } },
    });
    await vault.stores.audit.append(keys, {
      time: 2_000,
      portalId: 'bundid',
      origin: 'https://id.bund.de',
      attributeIds: ['familyName'],
      kind: 'eid',
      outcome: 'disclosed',
    });
    expect(await handlers['trust.status']({ tabId: 1 }, popup)).toMatchObject({
      ok: true,
      value: { trust: { account: 'meets', eidSignInAt: 2_000, data: 'none', steps: ['read-card'] } },
    });
  });

  it('locked: says so and claims nothing', async () => {
    const vault = await createTestVault();
    const { handlers } = handlersFor(vault, false);
    expect(await handlers['trust.status']({ tabId: 1 }, popup)).toMatchObject({
      ok: true,
      value: { trust: { locked: true, account: 'unknown', data: 'none', eidSignInAt: null } },
    });
  });

  it('a page of no portal, even with the same path, has no trust status; a "niedrig" page of a portal has nothing to close', async () => {
    const vault = await createTestVault();
    const { handlers } = handlersFor(vault, true);
    expect(await handlers['trust.status']({ tabId: 3 }, popup)).toEqual({ ok: true, value: { trust: null } });
    expect(await handlers['trust.status']({ tabId: 2 }, popup)).toMatchObject({
      ok: true,
      value: { trust: { required: 'low', service: null, steps: [] } },
    });
  });

  it('"erhöhen" sends the tab to the registry\'s upgrade page of its own portal, and nowhere for a portal without one or a foreign site', async () => {
    const vault = await createTestVault();
    const { handlers, navigated } = handlersFor(vault, true);
    expect(await handlers['trust.openUpgrade']({ tabId: 2 }, popup)).toEqual({ ok: true, value: {} });
    expect(navigated).toEqual([[2, 'https://id.bund.de/de/konto/vertrauensniveau']]);
    expect(await handlers['trust.openUpgrade']({ tabId: 3 }, popup)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await handlers['trust.openUpgrade']({ tabId: 4 }, popup)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(navigated).toHaveLength(1);
  });
});
