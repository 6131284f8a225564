import type { HandlerMap } from '../../../shared/protocol/protocol-spec.ts';
import { fail, ok } from '../../../shared/protocol/result.ts';
import type { UiProtocol } from '../../../shared/protocol/ui-protocol.ts';
import { eraseVault } from '../../storage/erase-vault.ts';
import type { KeyValueArea } from '../../storage/key-value-area.ts';
import type { VaultSession } from '../../storage/vault-session.ts';
import type { VaultStores } from '../../storage/vault-stores.ts';
import type { RequestContext } from '../router.ts';
import type { AutoLock } from '../vault/auto-lock.ts';
import { pruneAudit } from '../vault/prune-audit.ts';
import type { WithKeys } from '../vault/with-keys.ts';

type VaultMessages = Pick<
  UiProtocol,
  | 'vault.status'
  | 'vault.setup'
  | 'vault.unlock'
  | 'vault.lock'
  | 'vault.changePassphrase'
  | 'settings.get'
  | 'settings.set'
  | 'data.deleteAll'
>;

/** Set-up, unlock, lock, passphrase change, settings, and erasure of everything. */
export function vaultHandlers(deps: {
  session: VaultSession;
  stores: VaultStores;
  autoLock: AutoLock;
  withKeys: WithKeys;
  areas: { local: KeyValueArea; session: KeyValueArea };
  now: () => number;
}): HandlerMap<VaultMessages, RequestContext> {
  const { session, stores, autoLock, withKeys } = deps;
  return {
    'vault.status': async () => ok(await session.status()),
    'vault.setup': async ({ passphrase }) => {
      const result = await session.setup(passphrase);
      if (result.ok) await autoLock.noteActivity();
      return result;
    },
    'vault.unlock': async ({ passphrase }) => {
      const result = await session.unlock(passphrase);
      if (!result.ok) return result;
      await autoLock.noteActivity();
      const keys = await session.keys();
      if (keys) await pruneAudit({ ...stores, now: deps.now }, keys);
      return result;
    },
    'vault.lock': async () => {
      await session.lock();
      await autoLock.stop();
      return ok({});
    },
    'vault.changePassphrase': ({ current, next }) => withKeys(() => session.changePassphrase(current, next)),
    'settings.get': () => withKeys(async (keys) => ok(await stores.settings.get(keys))),
    'settings.set': (settings) =>
      withKeys(async (keys) => {
        const saved = await stores.settings.set(keys, settings);
        if (saved.ok) await pruneAudit({ ...stores, now: deps.now }, keys);
        return saved;
      }),
    'data.deleteAll': async () => {
      if (!(await session.status()).setUp) return fail('NOT_SET_UP', 'nothing to delete');
      await session.lock();
      await autoLock.stop();
      await eraseVault({ db: stores.db, ...deps.areas });
      return ok({});
    },
  };
}
