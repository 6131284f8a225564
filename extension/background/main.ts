import { backgroundProtocol } from '../../shared/protocol/background-protocol.ts';
import { browser, type Runtime } from '../platform/browser.ts';
import { createContentSeenStore } from '../storage/content-seen-store.ts';
import { helperHandlers } from './handlers/helper-handlers.ts';
import { pageHandlers } from './handlers/page-handlers.ts';
import { createHelperClient } from './helper-link/helper-client.ts';
import { connectHelperPort } from './helper-link/helper-port.ts';
import { identifySender } from './identify-sender.ts';
import { createPortalRegistry } from './registry/portal-registry.ts';
import { reconcileContentScripts } from './registry/register-content-scripts.ts';
import { createRouter } from './router.ts';

// Composition root of the background. Listeners are registered synchronously at top level so that a
// stopped MV3 worker (or Firefox event page) is woken for them; no state lives only in memory here.

const registry = createPortalRegistry();
const contentSeen = createContentSeenStore();
const helper = createHelperClient({ connect: connectHelperPort });
const baseUrl = browser.runtime.getURL('');

const route = createRouter({
  spec: backgroundProtocol,
  handlers: {
    ...pageHandlers({ registry, recordSeen: (entry) => contentSeen.record(entry) }),
    ...helperHandlers({ helper }),
  },
  identify: (sender) =>
    identifySender(sender, {
      extensionId: browser.runtime.id,
      baseUrl,
      isRegisteredOrigin: (origin) => registry.byOrigin(origin) !== undefined,
    }),
  onRefused: ({ type, origin }) => {
    if (type === 'page.hello' && origin !== null) void contentSeen.record({ origin, accepted: false, at: Date.now() });
  },
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  route(message, { id: sender.id, url: sender.url, tabId: sender.tab?.id, frameId: sender.frameId }),
);

const reconcile = (): Promise<void> => reconcileContentScripts(browser.scripting, registry.origins());
browser.runtime.onInstalled.addListener(() => void reconcile());
browser.runtime.onStartup.addListener(() => void reconcile());
// Also on every worker start: cheap, idempotent, and covers a registration lost while the worker slept.
void reconcile();
