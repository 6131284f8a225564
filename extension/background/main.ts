import { backgroundProtocol } from '../../shared/protocol/background-protocol.ts';
import { browser, type Runtime } from '../platform/browser.ts';
import { createContentSeenStore } from '../storage/content-seen-store.ts';
import { openVaultDb } from '../storage/db.ts';
import { createPageStateStore } from '../storage/page-state-store.ts';
import { createUserPortalsStore } from '../storage/user-portals-store.ts';
import { runFillCommand } from './fill/fill-command.ts';
import { createPendingFillStore } from './fill/pending-fill-store.ts';
import { storageArea } from '../storage/key-value-area.ts';
import { createVaultSession } from '../storage/vault-session.ts';
import { createVaultStores } from '../storage/vault-stores.ts';
import { createHelperClient } from './helper-link/helper-client.ts';
import { connectHelperPort } from './helper-link/helper-port.ts';
import { identifySender } from './identify-sender.ts';
import { createPortalRegistry } from './registry/portal-registry.ts';
import { reconcileContentScripts } from './registry/register-content-scripts.ts';
import { composeHandlers } from './compose-handlers.ts';
import { createRouter } from './router.ts';
import { createAutoLock } from './vault/auto-lock.ts';

// Composition root of the background. Listeners are registered synchronously at top level so that a
// stopped MV3 worker (or Firefox event page) is woken for them; they wait for the composed services.
// No state lives only in memory: the vault session is restored from storage on every start.

const now = (): number => Date.now();
const registry = createPortalRegistry();
const helper = createHelperClient({ connect: connectHelperPort });
const contentSeen = createContentSeenStore();
const pageState = createPageStateStore();
const areas = { local: storageArea(browser.storage.local), session: storageArea(browser.storage.session) };

const userPortals = createUserPortalsStore(areas.local);
const reconcile = async (): Promise<void> => reconcileContentScripts(browser.scripting, (await ready).registry.origins());
const hostPermissions = {
  contains: (origin: string) => browser.permissions.contains({ origins: [`${origin}/*`] }),
  remove: async (origin: string) => void (await browser.permissions.remove({ origins: [`${origin}/*`] })),
};

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
  const handlers = composeHandlers({
    registry, helper, stores, session, autoLock, areas, now,
    recordSeen: (entry) => contentSeen.record(entry),
    savePage: (tabId, state) => pageState.set(tabId, state),
    opened: { mark: (tabId) => pageState.markOpenedElsewhere(tabId), marked: (tabId) => pageState.openedElsewhere(tabId) },
    portals: { store: userPortals, permissions: hostPermissions, reconcile },
    tabs: {
      url: async (tabId) => (await browser.tabs.get(tabId).catch(() => undefined))?.url ?? null,
      send: (tabId, message) => browser.tabs.sendMessage(tabId, message, { frameId: 0 }),
    },
    pending: createPendingFillStore(now),
    openConfirm: async (pendingId) => {
      // The first disclosure is confirmed in an extension-owned window a page can neither frame nor overlay.
      await browser.windows.create({ type: 'popup', url: browser.runtime.getURL(`confirm/index.html?pending=${pendingId}`), width: 460, height: 640 });
    },
    pageOf: (tabId) => pageState.get(tabId),
    openUnlock: async () => { await browser.action.openPopup().catch(() => undefined); },
    openLog: async () => { await browser.tabs.create({ url: browser.runtime.getURL('options/index.html#section-log') }); },
    eidTabs: {
      url: async (tabId) => (await browser.tabs.get(tabId).catch(() => undefined))?.url ?? null,
      navigate: async (tabId, url) => void (await browser.tabs.update(tabId, { url })),
    },
    openEidWindow: async (ref) => {
      // eID consent and PIN entry happen in an extension-owned window, never in the page (docs/EID.md §12).
      await browser.windows.create({ type: 'popup', url: browser.runtime.getURL(`confirm/index.html?eid=${ref}`), width: 480, height: 720 });
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
  return { route, session, autoLock, registry, handlers };
}

const ready = compose();

browser.runtime.onMessage.addListener(async (message: unknown, sender: Runtime.MessageSender) =>
  (await ready).route(message, { id: sender.id, url: sender.url, tabId: sender.tab?.id, frameId: sender.frameId }),
);
// Alt+Shift+F fills the active tab like the popup's button; a locked vault opens the popup instead.
browser.commands.onCommand.addListener((command, tab) => {
  void ready.then(({ handlers }) => runFillCommand(command, tab?.id, {
    activeTabId: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id,
    fill: (tabId) => handlers['fill.request']({ tabId }, { kind: 'popup' }),
    openPopup: () => browser.action.openPopup().catch(() => undefined),
  }));
});
browser.alarms.onAlarm.addListener((alarm) => void ready.then(({ autoLock }) => autoLock.onAlarm(alarm.name)));
browser.tabs.onRemoved.addListener((tabId) => void pageState.remove(tabId));
browser.idle.onStateChanged.addListener((state) => void ready.then(({ autoLock }) => autoLock.onIdleState(state)));

// The browser can take a host permission back (its extension settings): that portal goes too.
browser.permissions.onRemoved.addListener((removed) => {
  void (async () => {
    const gone = new Set((removed.origins ?? []).map((pattern) => pattern.replace(/\/\*$/, '')));
    const kept = (await userPortals.list()).filter((portal) => !gone.has(portal.origin));
    await userPortals.save(kept);
    registry.setUserPortals(kept);
    await reconcile();
  })();
});
browser.runtime.onInstalled.addListener(() => void reconcile());
browser.runtime.onStartup.addListener(() => {
  // A new browser session starts locked: the session key in storage.session is already gone.
  void ready.then(({ session }) => session.forgetStaleSession());
  void reconcile();
});
// Also on every worker start: cheap, idempotent, and covers a registration lost while the worker slept.
void reconcile();
