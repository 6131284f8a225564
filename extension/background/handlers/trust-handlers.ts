import { isPathAtOrBelow } from '../../../shared/domain/is-path-at-or-below.ts';
import { requiredTrustAt } from '../../../shared/domain/required-trust-at.ts';
import { trustGap } from '../../../shared/domain/trust-gap.ts';
import type { TrustLevel } from '../../../shared/domain/trust-level.ts';
import { httpsOriginOf } from '../../../shared/domain/origin.ts';
import type { HandlerMap } from '../../../shared/protocol/protocol-spec.ts';
import { fail, ok } from '../../../shared/protocol/result.ts';
import type { UiProtocol } from '../../../shared/protocol/ui-protocol.ts';
import type { VaultKeys } from '../../storage/vault-crypto.ts';
import type { VaultStores } from '../../storage/vault-stores.ts';
import type { PortalRegistry } from '../registry/portal-registry.ts';
import type { RequestContext } from '../router.ts';

type TrustUi = Pick<UiProtocol, 'trust.status' | 'trust.openUpgrade'>;

/**
 * Trust levels in the popup (docs/PORTALS.md §16): the level the tab's page needs, against the
 * account (`high` only after an eID sign-in through Amtspass on this portal, from the log) and the
 * stored data, and the steps that close the gap. Thin: the decision is `trustGap`.
 */
export function trustHandlers(deps: {
  registry: PortalRegistry;
  stores: VaultStores;
  keysIfUnlocked: () => Promise<VaultKeys | null>;
  tabs: { url(tabId: number): Promise<string | null>; navigate(tabId: number, url: string): Promise<void> };
}): HandlerMap<TrustUi, RequestContext> {
  const portalOfTab = async (tabId: number) => {
    const url = await deps.tabs.url(tabId);
    const origin = url ? httpsOriginOf(url) : null;
    const portal = origin ? deps.registry.byOrigin(origin) : undefined;
    return url && origin && portal ? { url: new URL(url), origin, portal } : null;
  };
  return {
    'trust.status': async ({ tabId }) => {
      const at = await portalOfTab(tabId);
      if (!at) return ok({ trust: null });
      const { trust: required, service } = requiredTrustAt(at.portal, at.url.pathname);
      const keys = await deps.keysIfUnlocked();
      let eidSignInAt: number | null = null;
      const data: TrustLevel[] = [];
      if (keys) {
        const signIns = await deps.stores.audit.list(keys, { portalId: at.portal.id, kind: 'eid' });
        eidSignInAt = signIns.entries.find((entry) => entry.outcome === 'disclosed')?.time ?? null;
        for (const { value } of (await deps.stores.attributes.list(keys)).items) data.push(value.trust);
      }
      // On the upgrade page itself the step is its own eID button, not a way to it.
      const upgradePath = at.portal.trustUpgradePath;
      const elsewhere = upgradePath !== undefined && !isPathAtOrBelow(at.url.pathname, upgradePath);
      const gap = trustGap({
        required,
        account: eidSignInAt === null ? null : 'high',
        data,
        portalHasEid: at.portal.eidOrigins.length > 0,
        portalHasUpgradePage: elsewhere,
      });
      const count = (level: TrustLevel): number => data.filter((d) => d === level).length;
      return ok({
        trust: {
          portalName: at.portal.name,
          required,
          service,
          account: gap.account,
          eidSignInAt,
          data: gap.data,
          dataCounts: { low: count('low'), substantial: count('substantial'), high: count('high') },
          locked: keys === null,
          steps: [...gap.steps],
        },
      });
    },
    'trust.openUpgrade': async ({ tabId }) => {
      const at = await portalOfTab(tabId);
      if (!at?.portal.trustUpgradePath) return fail('NOT_FOUND', 'this portal has no page that raises the trust level');
      // The registry's own origin and path: nothing from the page decides where the tab goes.
      await deps.tabs.navigate(tabId, new URL(at.portal.trustUpgradePath, at.origin).href);
      return ok({});
    },
  };
}
