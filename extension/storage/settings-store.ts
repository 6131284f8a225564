import { DEFAULT_VAULT_SETTINGS, VaultSettingsSchema, type VaultSettings } from '../../shared/domain/vault-settings.ts';
import { ok, type Result } from '../../shared/protocol/result.ts';
import type { RecordStore } from './record-store.ts';
import { recordIdFor, type VaultKeys } from './vault-crypto.ts';

/** Vault settings (auto-lock, audit retention), encrypted like everything else. */
export function createSettingsStore(records: RecordStore) {
  return {
    async get(keys: VaultKeys): Promise<VaultSettings> {
      const stored = await records.get(keys, await recordIdFor(keys, 'settings'), 'settings', VaultSettingsSchema);
      return stored.ok && stored.value ? stored.value : DEFAULT_VAULT_SETTINGS;
    },
    async set(keys: VaultKeys, settings: VaultSettings): Promise<Result<VaultSettings>> {
      const written = await records.commit(keys, [{ id: await recordIdFor(keys, 'settings'), type: 'settings', payload: settings }]);
      return written.ok ? ok(settings) : written;
    },
  };
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;
