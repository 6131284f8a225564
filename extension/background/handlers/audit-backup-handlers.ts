import type { HandlerMap } from '../../../shared/protocol/protocol-spec.ts';
import { fail, ok } from '../../../shared/protocol/result.ts';
import type { UiProtocol } from '../../../shared/protocol/ui-protocol.ts';
import { openBackup, sealBackup } from '../../storage/backup-codec.ts';
import { restoreBackup } from '../../storage/backup-restore.ts';
import { isAcceptablePassphrase } from '../../../shared/domain/passphrase-policy.ts';
import { vaultSnapshot } from '../../storage/vault-snapshot.ts';
import type { VaultStores } from '../../storage/vault-stores.ts';
import type { RequestContext } from '../router.ts';
import { auditToCsv, auditToJson } from '../vault/audit-export.ts';
import type { WithKeys } from '../vault/with-keys.ts';

type Messages = Pick<UiProtocol, 'audit.list' | 'audit.export' | 'audit.delete' | 'audit.deleteAll' | 'backup.export' | 'backup.import'>;

const day = (time: number): string => new Date(time).toISOString().slice(0, 10);

/** The disclosure log ("Datenzugriff") and encrypted backups. */
export function auditBackupHandlers(deps: {
  stores: VaultStores;
  withKeys: WithKeys;
  now: () => number;
}): HandlerMap<Messages, RequestContext> {
  const { stores, withKeys, now } = deps;
  return {
    'audit.list': (filter) => withKeys(async (keys) => ok(await stores.audit.list(keys, filter))),
    'audit.export': ({ format, filter }) =>
      withKeys(async (keys) => {
        const { entries } = await stores.audit.list(keys, filter ?? {});
        const stamp = day(now());
        return ok(
          format === 'json'
            ? { filename: `amtspass-datenzugriff-${stamp}.json`, mimeType: 'application/json', content: auditToJson(entries, now()) }
            : { filename: `amtspass-datenzugriff-${stamp}.csv`, mimeType: 'text/csv', content: auditToCsv(entries) },
        );
      }),
    'audit.delete': ({ seq }) => withKeys((keys) => stores.audit.remove(keys, seq)),
    'audit.deleteAll': () => withKeys(() => stores.audit.removeAll()),
    'backup.export': ({ passphrase }) =>
      withKeys(async (keys) => {
        if (!isAcceptablePassphrase(passphrase)) return fail('WEAK_PASSPHRASE', 'backup passphrase too short or too simple');
        const content = await sealBackup(await vaultSnapshot(stores, keys), passphrase, new Date(now()));
        return ok({ filename: `amtspass-sicherung-${day(now())}.json`, mimeType: 'application/json', content });
      }),
    'backup.import': ({ content, passphrase, mode }) =>
      withKeys(async (keys) => {
        const opened = await openBackup(content, passphrase);
        if (!opened.ok) return opened;
        return restoreBackup(stores, keys, await vaultSnapshot(stores, keys), opened.value, mode);
      }),
  };
}
