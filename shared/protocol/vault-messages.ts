import * as v from 'valibot';
import { AttributeHistoryEntrySchema, StoredAttributeSchema } from '../domain/attribute.ts';
import { PersonOptionSchema } from './person-messages.ts';
import { AUDIT_KINDS, AuditEntrySchema } from '../domain/audit-entry.ts';
import { ConsentOriginSchema, ConsentSchema, PortalIdSchema } from '../domain/consent.ts';
import { MAX_PASSWORD_CHARS, MAX_USERNAME_CHARS } from '../domain/credential.ts';
import { VaultSettingsSchema } from '../domain/vault-settings.ts';
import { ATTRIBUTE_IDS } from '../vocabulary/attribute-ids.ts';

/**
 * Schemas of the vault's own messages in the UI table (ui-protocol.ts): set-up and unlock, attributes,
 * accounts, consents, the log, backups and erasure; the small schemas the other message files share.
 * Fill and sign-in: fill-messages.ts; portals: portal-messages.ts. Every string is bounded.
 */

/** Passphrases are checked for policy in the background; this only bounds the input. */
export const PassphraseSchema = v.pipe(v.string(), v.maxLength(1024));
/** Typed input before normalisation (normalise-user-value bounds the stored value further). */
const RawValue = v.pipe(v.string(), v.maxLength(1000));
export const Timestamp = v.pipe(v.number(), v.integer(), v.minValue(0));
export const AttributeIdSchema = v.picklist(ATTRIBUTE_IDS);
export const OriginSchema = v.pipe(v.string(), v.maxLength(300));
export const RecordIdSchema = v.pipe(v.string(), v.regex(/^[0-9a-f]{32}$/));
/** Largest backup file accepted, in characters of its JSON text. */
export const MAX_BACKUP_CHARS = 8 * 1024 * 1024;

export const VaultStatusSchema = v.strictObject({
  setUp: v.boolean(),
  unlocked: v.boolean(),
  retryAfterMs: v.pipe(v.number(), v.minValue(0)),
});

export const SetupRequestSchema = v.strictObject({ passphrase: PassphraseSchema });
export const UnlockRequestSchema = v.strictObject({ passphrase: PassphraseSchema });
export const ChangePassphraseRequestSchema = v.strictObject({ current: PassphraseSchema, next: PassphraseSchema });

export const AttributeListSchema = v.strictObject({
  attributes: v.array(StoredAttributeSchema),
  corruptRecords: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export const AttributeListRequestSchema = v.strictObject({ personId: PersonOptionSchema });
export const AttributeSetRequestSchema = v.strictObject({ attributeId: AttributeIdSchema, value: RawValue, personId: PersonOptionSchema });
export const AttributeRefSchema = v.strictObject({ attributeId: AttributeIdSchema, personId: PersonOptionSchema });
export const AttributeHistorySchema = v.strictObject({ entries: v.array(AttributeHistoryEntrySchema) });

export const CredentialSummarySchema = v.strictObject({
  id: RecordIdSchema,
  origin: OriginSchema,
  username: v.string(),
  updatedAt: Timestamp,
});
export const CredentialListSchema = v.strictObject({ credentials: v.array(CredentialSummarySchema) });
export const CredentialSaveRequestSchema = v.strictObject({
  origin: OriginSchema,
  username: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_USERNAME_CHARS)),
  password: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_PASSWORD_CHARS)),
});
export const CredentialRefSchema = v.strictObject({ id: RecordIdSchema });

export const ConsentListSchema = v.strictObject({ consents: v.array(ConsentSchema) });
export const ConsentGrantRequestSchema = v.strictObject({
  portalId: PortalIdSchema,
  origin: ConsentOriginSchema,
  attributeIds: v.pipe(v.array(AttributeIdSchema), v.minLength(1), v.maxLength(ATTRIBUTE_IDS.length)),
});
export const ConsentRevokeRequestSchema = v.strictObject({ origin: ConsentOriginSchema, attributeId: AttributeIdSchema });
export const ConsentOriginRefSchema = v.strictObject({ origin: ConsentOriginSchema });

export const AuditFilterSchema = v.strictObject({
  portalId: v.optional(PortalIdSchema),
  kind: v.optional(v.picklist(AUDIT_KINDS)),
  since: v.optional(Timestamp),
  until: v.optional(Timestamp),
});
export const AuditListSchema = v.strictObject({
  entries: v.array(v.strictObject({ seq: v.pipe(v.number(), v.integer(), v.minValue(1)), ...AuditEntrySchema.entries })),
  intact: v.boolean(),
  unreadable: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export const AuditExportRequestSchema = v.strictObject({ format: v.picklist(['json', 'csv']), filter: v.optional(AuditFilterSchema) });
export const ExportedFileSchema = v.strictObject({ filename: v.string(), mimeType: v.string(), content: v.string() });
export const AuditRefSchema = v.strictObject({ seq: v.pipe(v.number(), v.integer(), v.minValue(1)) });

export const BackupExportRequestSchema = v.strictObject({ passphrase: PassphraseSchema });
export const BackupImportRequestSchema = v.strictObject({
  content: v.pipe(v.string(), v.maxLength(MAX_BACKUP_CHARS)),
  passphrase: PassphraseSchema,
  mode: v.picklist(['merge', 'replace']),
});
const Counts = v.strictObject({ added: v.number(), updated: v.number(), unchanged: v.number(), removed: v.number() });
export const ImportReportSchema = v.strictObject({
  attributes: Counts,
  credentials: Counts,
  consents: Counts,
  auditEntries: Counts,
  settings: v.picklist(['kept', 'replaced']),
});
export type ImportReport = v.InferOutput<typeof ImportReportSchema>;

/** "Delete all my data" must say so explicitly; a stray message cannot erase the vault. */
export const DeleteAllRequestSchema = v.strictObject({ confirm: v.literal('delete-all-my-data') });

export { VaultSettingsSchema };
