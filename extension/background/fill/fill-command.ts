import type { Result } from '../../../shared/protocol/result.ts';

/** The keyboard command for "Diese Seite ausfüllen" (manifest `commands`). */
export const FILL_COMMAND = 'fill-page';

/**
 * Alt+Shift+F: a gesture a page cannot fake, so it does what the popup's "Diese Seite ausfüllen" does,
 * for the tab the command came from (else the active tab). Every outcome is activate-fill's own
 * (consent window, audit entry, the popup opened to unlock).
 */
export async function runFillCommand(
  command: string,
  tabId: number | undefined,
  deps: {
    activeTabId: () => Promise<number | undefined>;
    activateFill: (trigger: 'command', tabId: number) => Promise<Result<unknown>>;
  },
): Promise<void> {
  if (command !== FILL_COMMAND) return;
  const target = tabId ?? (await deps.activeTabId());
  if (target === undefined) return;
  await deps.activateFill('command', target);
}
