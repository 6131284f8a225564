import type { AuditStore } from '../../storage/audit-store.ts';
import { MAX_AUDIT_ENTRIES } from '../../storage/audit-store.ts';
import type { SettingsStore } from '../../storage/settings-store.ts';
import type { VaultKeys } from '../../storage/vault-crypto.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Applies the retention setting: entries older than it, and beyond the size limit, are removed. */
export async function pruneAudit(
  deps: { audit: AuditStore; settings: SettingsStore; now: () => number },
  keys: VaultKeys,
): Promise<number> {
  const { auditRetentionDays } = await deps.settings.get(keys);
  return deps.audit.prune(keys, { maxEntries: MAX_AUDIT_ENTRIES, olderThan: deps.now() - auditRetentionDays * DAY_MS });
}
