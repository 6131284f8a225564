import * as v from 'valibot';

/** Auto-lock after this many idle minutes; the default of the issue is 15. */
export const DEFAULT_AUTO_LOCK_MINUTES = 15;
/** Audit entries older than this are removed (GDPR minimisation); 24 months by default. */
export const DEFAULT_AUDIT_RETENTION_DAYS = 730;

/**
 * The attribute provider of "Daten aus dem Ausweis übernehmen": an eID service whose refresh address
 * returns self-information JSON (docs/EID.md §11 b). Governikus' AusweisAuskunft is the one known; whether
 * a third-party client may use it is still open, so the citizen can name another.
 */
export const DEFAULT_WALLET_PROVIDER_URL = 'https://www.autentapp.de/AusweisAuskunft/WebServiceRequesterServlet?mode=json';

export const VaultSettingsSchema = v.strictObject({
  autoLockMinutes: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(24 * 60)),
  auditRetentionDays: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3650)),
  // Settings saved before the wallet read existed have no provider: they get the default.
  walletProviderUrl: v.optional(v.pipe(v.string(), v.maxLength(2048), v.regex(/^https:\/\/[^\s]+$/)), DEFAULT_WALLET_PROVIDER_URL),
});
export type VaultSettings = v.InferOutput<typeof VaultSettingsSchema>;

export const DEFAULT_VAULT_SETTINGS: VaultSettings = {
  autoLockMinutes: DEFAULT_AUTO_LOCK_MINUTES,
  auditRetentionDays: DEFAULT_AUDIT_RETENTION_DAYS,
  walletProviderUrl: DEFAULT_WALLET_PROVIDER_URL,
};
