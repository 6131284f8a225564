import type { Result } from '../../../shared/protocol/result.ts';

/** The keyboard command for "Diese Seite ausfüllen" (manifest `commands`). */
export const FILL_COMMAND = 'fill-page';

/**
 * Alt+Shift+F: a gesture a page cannot fake, so it does what the popup's "Diese Seite ausfüllen" does,
 * for the tab the command came from (else the active tab). A locked vault opens the popup to unlock;
 * every other outcome is the fill service's own (consent window, audit entry).
 */
export async function runFillCommand(command: string, tabId: number | undefined, deps: {
  activeTabId: () => Promise<number | undefined>;
  fill: (tabId: number) => Promise<Result<unknown>>;
  openPopup: () => Promise<void>;
}): Promise<void> {
  if (command !== FILL_COMMAND) return;
  const target = tabId ?? (await deps.activeTabId());
  if (target === undefined) return;
  const result = await deps.fill(target);
  if (!result.ok && result.error.code === 'LOCKED') await deps.openPopup();
}
