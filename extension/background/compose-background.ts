import { backgroundProtocol } from '../../shared/protocol/background-protocol.ts';
import { browser } from '../platform/browser.ts';
import { tabs } from '../platform/tabs.ts';
import { createContentSeenStore } from '../storage/content-seen-store.ts';
import { openVaultDb } from '../storage/db.ts';
import { storageArea } from '../storage/key-value-area.ts';
import { createPageStateStore } from '../storage/page-state-store.ts';
import { createUserPortalsStore } from '../storage/user-portals-store.ts';
import { createVaultSession } from '../storage/vault-session.ts';
import { createVaultStores } from '../storage/vault-stores.ts';
import { composeHandlers } from './compose-handlers.ts';
import { createPendingFillStore } from './fill/pending-fill-store.ts';
import { createHelperClient } from './helper-link/helper-client.ts';
import { connectHelperPort } from './helper-link/helper-port.ts';
import { identifySender } from './identify-sender.ts';
import { createPortalRegistry } from './registry/portal-registry.ts';
import { reconcileContentScripts } from './registry/register-content-scripts.ts';
import { removeUserPortals } from './registry/remove-user-portals.ts';
import { createRouter } from './router.ts';
import { createAutoLock } from './vault/auto-lock.ts';

/** An extension page in a window of its own: the confirm window and the eID window (docs/EID.md §12). */
const openWindow = async (path: string, size: { width: number; height: number }): Promise<void> => {
  await browser.windows.create({ type: 'popup', url: browser.runtime.getURL(path), ...size });
};
const openPopup = async (): Promise<void> => {
  await browser.action.openPopup().catch(() => undefined);
};

/**
 * The background's services, built from the browser's APIs. What needs no vault (registry, page
 * state, content-script registration) is there at once; the rest once the vault database is open.
 * No state lives only in memory: the vault session is restored from storage on every start.
 */
export function composeBackground() {
  const now = (): number => Date.now();
  const registry = createPortalRegistry();
  const areas = { local: storageArea(browser.storage.local), session: storageArea(browser.storage.session) };
  const contentSeen = createContentSeenStore(areas.session);
  const pageState = createPageStateStore(areas.session);
  const userPortals = createUserPortalsStore(areas.local);
  const reconcile = async (): Promise<void> => reconcileContentScripts(browser.scripting, (await ready).registry.origins());

  async function compose() {
    registry.setUserPortals(await userPortals.list());
    const db = await openVaultDb();
    const stores = createVaultStores(db, now);
    const session = createVaultSession({ db, ...areas, now });
    const autoLock = createAutoLock({
      alarms: browser.alarms,
      session: areas.session,
      now,
      idleMinutes: async () => {
        const keys = await session.keys();
        return keys ? (await stores.settings.get(keys)).autoLockMinutes : 0;
      },
      lock: () => session.lock(),
    });
    const { handlers, activateFill } = composeHandlers({
      registry,
      helper: createHelperClient({ connect: connectHelperPort }),
      stores,
      session,
      autoLock,
      areas,
      now,
      tabs,
      recordSeen: (entry) => contentSeen.record(entry),
      savePage: (tabId, state) => pageState.set(tabId, state),
      pageOf: (tabId) => pageState.get(tabId),
      opened: { mark: (tabId) => pageState.markOpenedElsewhere(tabId), marked: (tabId) => pageState.openedElsewhere(tabId) },
      portals: {
        store: userPortals,
        reconcile,
        permissions: {
          contains: (origin) => browser.permissions.contains({ origins: [`${origin}/*`] }),
          remove: async (origin) => void (await browser.permissions.remove({ origins: [`${origin}/*`] })),
        },
      },
      pending: createPendingFillStore(now),
      // The first disclosure is confirmed in an extension-owned window a page can neither frame nor overlay.
      openConfirm: (pendingId) => openWindow(`confirm/index.html?pending=${pendingId}`, { width: 460, height: 640 }),
      // eID consent and PIN entry happen in an extension-owned window, never in the page.
      openEidWindow: (ref) => openWindow(`confirm/index.html?eid=${ref}`, { width: 480, height: 720 }),
      openUnlock: openPopup,
      openLog: async () => {
        await browser.tabs.create({ url: browser.runtime.getURL('options/index.html#section-log') });
      },
    });
    const route = createRouter({
      spec: backgroundProtocol,
      handlers,
      identify: (sender) =>
        identifySender(sender, {
          extensionId: browser.runtime.id,
          baseUrl: browser.runtime.getURL(''),
          isRegisteredOrigin: (origin) => registry.byOrigin(origin) !== undefined,
        }),
      onRefused: ({ type, origin }) => {
        if (type === 'page.detected' && origin !== null) void contentSeen.record({ origin, accepted: false, at: now() });
      },
    });
    return { route, session, autoLock, registry, activateFill };
  }

  const ready = compose();
  return {
    ready,
    reconcile,
    forgetTab: (tabId: number) => pageState.remove(tabId),
    /** The browser took host permissions back (its extension settings): those portals go too. */
    permissionsRemoved: async (origins: readonly string[]): Promise<void> => {
      const gone = new Set(origins.map((pattern) => pattern.replace(/\/\*$/, '')));
      await ready;
      await removeUserPortals({ store: userPortals, registry, reconcile }, (portal) => gone.has(portal.origin));
    },
  };
}
