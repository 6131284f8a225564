import { browser, type Runtime } from '../platform/browser.ts';
import { tabs } from '../platform/tabs.ts';
import { composeBackground } from './compose-background.ts';
import { runFillCommand } from './fill/fill-command.ts';

// Composition root of the background: what is wired to which browser event. Listeners are registered
// synchronously at top level so that a stopped MV3 worker (or Firefox event page) is woken for them;
// they wait for the composed services (compose-background.ts).

const background = composeBackground();
const { ready } = background;

browser.runtime.onMessage.addListener(async (message: unknown, sender: Runtime.MessageSender) =>
  (await ready).route(message, { id: sender.id, url: sender.url, tabId: sender.tab?.id, frameId: sender.frameId }),
);
// Alt+Shift+F fills the active tab like the popup's button.
browser.commands.onCommand.addListener((command, tab) => {
  void ready.then(({ activateFill }) => runFillCommand(command, tab?.id, { activeTabId: () => tabs.active(), activateFill }));
});
browser.alarms.onAlarm.addListener((alarm) => void ready.then(({ autoLock }) => autoLock.onAlarm(alarm.name)));
browser.idle.onStateChanged.addListener((state) => void ready.then(({ autoLock }) => autoLock.onIdleState(state)));
browser.tabs.onRemoved.addListener((tabId) => void background.forgetTab(tabId));
browser.permissions.onRemoved.addListener((removed) => void background.permissionsRemoved(removed.origins ?? []));
browser.runtime.onInstalled.addListener(() => void background.reconcile());
browser.runtime.onStartup.addListener(() => {
  // A new browser session starts locked: the session key in storage.session is already gone.
  void ready.then(({ session }) => session.forgetStaleSession());
  void background.reconcile();
});
// Also on every worker start: cheap, idempotent, and covers a registration lost while the worker slept.
void background.reconcile();
