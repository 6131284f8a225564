import type { Result } from '../../../shared/protocol/result.ts';
import type { VaultKeys } from '../../storage/vault-crypto.ts';
import type { FillStatus } from '../../../shared/protocol/fill-messages.ts';

/** Who asked for a fill; each is a gesture a page cannot fake (docs/SECURITY.md §3.1). */
export type FillTrigger = 'popup' | 'hint' | 'command';

/**
 * The one way into a form fill, for all three triggers: the popup's "Diese Seite ausfüllen", a trusted
 * click on the in-page hint, and the keyboard command. Unlocked, the fill service decides; locked, the
 * confirm window unlocks first. Where even that cannot help (no form on the tab), the hint and the
 * command open the popup so the citizen sees where to unlock; the popup is already open.
 */
export function createActivateFill(deps: {
  keys: () => Promise<VaultKeys | null>;
  noteActivity: () => Promise<void>;
  request: (keys: VaultKeys | null, tabId: number) => Promise<Result<FillStatus>>;
  openUnlock: () => Promise<void>;
}) {
  return async (trigger: FillTrigger, tabId: number): Promise<Result<FillStatus>> => {
    const keys = await deps.keys();
    if (keys) await deps.noteActivity();
    const result = await deps.request(keys, tabId);
    if (!result.ok && result.error.code === 'LOCKED' && trigger !== 'popup') await deps.openUnlock();
    return result;
  };
}

export type ActivateFill = ReturnType<typeof createActivateFill>;
