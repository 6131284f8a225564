import type { ActivationStatus } from '../../../shared/protocol/content-protocol.ts';
import { ok, type Result } from '../../../shared/protocol/result.ts';
import type { VaultKeys } from '../../storage/vault-crypto.ts';
import type { WithKeys } from '../vault/with-keys.ts';
import type { ActivateFill } from './activate-fill.ts';
import type { SignInStatus } from '../../../shared/protocol/fill-messages.ts';

/**
 * A trusted click on the in-page hint: the same as the popup's buttons, for the sender's own tab. Only
 * the status travels back to the page, never counts, ids or account names.
 */
export function createHintActivation(deps: {
  activateFill: ActivateFill;
  signIn: (keys: VaultKeys, tabId: number) => Promise<Result<SignInStatus>>;
  withKeys: WithKeys;
  /** The vault is locked: show the citizen where to unlock. */
  openUnlock: () => Promise<void>;
}) {
  return async (tabId: number, action: 'fill' | 'signin'): Promise<Result<{ status: ActivationStatus }>> => {
    if (action === 'fill') return statusOnly(await deps.activateFill('hint', tabId));
    const result = await deps.withKeys((keys) => deps.signIn(keys, tabId));
    // A sign-in needs the unlocked vault: the popup unlocks it.
    if (!result.ok && result.error.code === 'LOCKED') await deps.openUnlock();
    return statusOnly(result);
  };
}

const statusOnly = (result: Result<{ status: ActivationStatus }>): Result<{ status: ActivationStatus }> =>
  result.ok ? ok({ status: result.value.status }) : result;
