import { fail, type Result } from '../../../shared/protocol/result.ts';
import type { VaultKeys } from '../../storage/vault-crypto.ts';

export type WithKeys = <T>(task: (keys: VaultKeys) => Promise<Result<T>>) => Promise<Result<T>>;

/** Runs a task with the unlocked keys, or answers LOCKED; each use counts as activity for auto-lock. */
export function createWithKeys(deps: { keys: () => Promise<VaultKeys | null>; noteActivity: () => Promise<void> }): WithKeys {
  return async (task) => {
    const keys = await deps.keys();
    if (keys === null) return fail('LOCKED', 'the vault is locked');
    await deps.noteActivity();
    return task(keys);
  };
}
