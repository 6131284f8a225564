import { attributesForKinds } from './fill/attributes-for-kinds.ts';
import { DEFAULT_VAULT_SETTINGS } from '../../shared/domain/vault-settings.ts';
import type { BackgroundProtocol } from '../../shared/protocol/background-protocol.ts';
import type { HandlerMap } from '../../shared/protocol/protocol-spec.ts';
import { ok } from '../../shared/protocol/result.ts';
import type { ContentSeen } from '../storage/content-seen-store.ts';
import type { KeyValueArea } from '../storage/key-value-area.ts';
import type { PageState } from '../storage/page-state-store.ts';
import type { UserPortalsStore } from '../storage/user-portals-store.ts';
import type { VaultSession } from '../storage/vault-session.ts';
import type { VaultStores } from '../storage/vault-stores.ts';
import { auditBackupHandlers } from './handlers/audit-backup-handlers.ts';
import { fillHandlers } from './handlers/fill-handlers.ts';
import { createFillService } from './fill/fill-service.ts';
import { createActivateFill, type ActivateFill } from './fill/activate-fill.ts';
import { createHintActivation } from './fill/hint-activation.ts';
import { createSignInService } from './fill/sign-in-service.ts';
import { createCredentialOffers } from './fill/credential-offers.ts';
import type { TabsApi } from './fill/tab-link.ts';
import type { PendingFillStore } from './fill/pending-fill-store.ts';
import { personHandlers } from './handlers/person-handlers.ts';
import { dataHandlers } from './handlers/data-handlers.ts';
import { eidHandlers } from './handlers/eid-handlers.ts';
import { createLanguageChoice, uiHandlers } from './handlers/ui-handlers.ts';
import { createEidFlows, type EidTabs } from './eid/eid-flows.ts';
import { helperHandlers } from './handlers/helper-handlers.ts';
import { pageHandlers } from './handlers/page-handlers.ts';
import { trustHandlers } from './handlers/trust-handlers.ts';
import { portalHandlers, type HostPermissions } from './handlers/portal-handlers.ts';
import { vaultHandlers } from './handlers/vault-handlers.ts';
import type { HelperClient } from './helper-link/helper-client.ts';
import type { PortalRegistry } from './registry/portal-registry.ts';
import type { RequestContext } from './router.ts';
import type { AutoLock } from './vault/auto-lock.ts';
import { createWithKeys } from './vault/with-keys.ts';

/** Every handler of the background table, from its services; `satisfies` makes a missing one a compile error. */
export function composeHandlers(deps: {
  registry: PortalRegistry;
  helper: HelperClient;
  recordSeen: (entry: ContentSeen) => Promise<void>;
  savePage: (tabId: number, state: PageState) => Promise<void>;
  opened: { mark: (tabId: number) => Promise<void>; marked: (tabId: number) => Promise<boolean> };
  stores: VaultStores;
  session: VaultSession;
  autoLock: AutoLock;
  areas: { local: KeyValueArea; session: KeyValueArea };
  now: () => number;
  portals: { store: UserPortalsStore; permissions: HostPermissions; reconcile: () => Promise<void> };
  tabs: TabsApi & EidTabs;
  pending: PendingFillStore;
  openConfirm: (pendingId: string) => Promise<void>;
  pageOf: (tabId: number) => Promise<PageState | undefined>;
  /** The vault is locked when the hint is clicked: show the citizen where to unlock. */
  openUnlock: () => Promise<void>;
  /** Opens the options page at the log of disclosures. */
  openLog: () => Promise<void>;
  openEidWindow: (ref: string) => Promise<void>;
}): { handlers: HandlerMap<BackgroundProtocol, RequestContext>; activateFill: ActivateFill } {
  const { registry, stores, session, autoLock, now } = deps;
  const withKeys = createWithKeys({ keys: () => session.keys(), noteActivity: () => autoLock.noteActivity() });
  const fill = createFillService({ registry, stores, tabs: deps.tabs, pending: deps.pending, openConfirm: deps.openConfirm, now });
  const offers = createCredentialOffers(now);
  const language = createLanguageChoice(deps.areas.local);
  const vault = vaultHandlers({ session, stores, autoLock, withKeys, areas: deps.areas, now });
  const eidFlows = createEidFlows({
    helper: deps.helper,
    registry,
    stores,
    tabs: deps.tabs,
    openWindow: deps.openEidWindow,
    now,
    walletProvider: async () => {
      const keys = await session.keys();
      return (keys ? await stores.settings.get(keys) : DEFAULT_VAULT_SETTINGS).walletProviderUrl;
    },
  });
  const activateFill = createActivateFill({
    keys: () => session.keys(),
    noteActivity: () => autoLock.noteActivity(),
    request: (keys, tabId) => fill.request(keys, tabId),
    openUnlock: deps.openUnlock,
  });
  const signIn = createSignInService({
    registry,
    stores,
    tabs: deps.tabs,
    startEid: (sender, activation) => eidFlows.activate(sender, activation),
    now,
  });
  const handlers = {
    ...pageHandlers({
      registry,
      recordSeen: deps.recordSeen,
      savePage: deps.savePage,
      opened: deps.opened,
      now,
      offers,
      openLog: deps.openLog,
      // Locked: nothing can be written to the encrypted log; the cleared fields are all that happened.
      logWithdrawn: async ({ portalId, origin, kinds }) => {
        await withKeys(async (keys) => {
          await stores.audit.append(keys, {
            time: now(),
            portalId,
            origin,
            attributeIds: attributesForKinds(kinds),
            kind: 'fill',
            outcome: 'withdrawn',
          });
          return ok({});
        });
      },
      activate: createHintActivation({
        activateFill,
        signIn: (keys, tabId) => signIn.request(keys, tabId),
        withKeys,
        openUnlock: deps.openUnlock,
      }),
    }),
    ...helperHandlers({ helper: deps.helper }),
    ...uiHandlers({ language }),
    ...eidHandlers({ flows: eidFlows, helper: deps.helper, withKeys, keysIfUnlocked: () => session.keys() }),
    ...vault,
    // Erasing clears storage.local, and with it the language choice.
    'data.deleteAll': async (payload, ctx) => {
      const erased = await vault['data.deleteAll'](payload, ctx);
      language.forget();
      return erased;
    },
    ...dataHandlers({ stores, withKeys, now, isPortalOrigin: (id, origin) => registry.byOrigin(origin)?.id === id }),
    ...personHandlers({ stores, withKeys }),
    ...auditBackupHandlers({ stores, withKeys, now }),
    ...trustHandlers({ registry, stores, keysIfUnlocked: () => session.keys(), tabs: deps.tabs }),
    ...portalHandlers({ registry, ...deps.portals }),
    ...fillHandlers({
      fill,
      activateFill,
      signIn,
      withKeys,
      registry,
      pageOf: deps.pageOf,
      offers,
      saveCredential: (keys, offer) =>
        stores.credentials.save(keys, { origin: offer.origin, username: offer.username, password: offer.password }),
    }),
  } satisfies HandlerMap<BackgroundProtocol, RequestContext>;
  return { handlers, activateFill };
}
