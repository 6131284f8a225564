import * as v from 'valibot';

/** Auto-lock after this many idle minutes; the default of the issue is 15. */
export const DEFAULT_AUTO_LOCK_MINUTES = 15;
/** Audit entries older than this are removed (GDPR minimisation); 24 months by default. */
export const DEFAULT_AUDIT_RETENTION_DAYS = 730;

export const VaultSettingsSchema = v.strictObject({
  autoLockMinutes: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(24 * 60)),
  auditRetentionDays: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3650)),
});
export type VaultSettings = v.InferOutput<typeof VaultSettingsSchema>;

export const DEFAULT_VAULT_SETTINGS: VaultSettings = {
  autoLockMinutes: DEFAULT_AUTO_LOCK_MINUTES,
  auditRetentionDays: DEFAULT_AUDIT_RETENTION_DAYS,
};
