import * as v from 'valibot';
import { AttributeHistoryEntrySchema, StoredAttributeSchema } from '../domain/attribute.ts';
import { PendingSectionSchema, PersonOptionSchema, SectionChoicesSchema } from './person-messages.ts';
import { MAX_FILL_SECTIONS } from './tab-protocol.ts';
import { AUDIT_KINDS, AuditEntrySchema } from '../domain/audit-entry.ts';
import { ConsentOriginSchema, ConsentSchema, PortalIdSchema } from '../domain/consent.ts';
import { MAX_PASSWORD_CHARS, MAX_USERNAME_CHARS } from '../domain/credential.ts';
import { VaultSettingsSchema } from '../domain/vault-settings.ts';
import { ATTRIBUTE_IDS } from '../vocabulary/attribute-ids.ts';
import { MAX_SIGN_IN_ROUTES, SignInRouteSchema } from './tab-protocol.ts';

/** Schemas of the vault messages in the UI table (ui-protocol.ts). Every string is bounded. */

/** Passphrases are checked for policy in the background; this only bounds the input. */
export const PassphraseSchema = v.pipe(v.string(), v.maxLength(1024));
/** Typed input before normalisation (normalise-user-value bounds the stored value further). */
const RawValue = v.pipe(v.string(), v.maxLength(1000));
const Timestamp = v.pipe(v.number(), v.integer(), v.minValue(0));
const AttributeIdSchema = v.picklist(ATTRIBUTE_IDS);
const OriginSchema = v.pipe(v.string(), v.maxLength(300));
const RecordIdSchema = v.pipe(v.string(), v.regex(/^[0-9a-f]{32}$/));
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

export const CredentialSummarySchema = v.strictObject({ id: RecordIdSchema, origin: OriginSchema, username: v.string(), updatedAt: Timestamp });
export const CredentialListSchema = v.strictObject({ credentials: v.array(CredentialSummarySchema) });
export const CredentialSaveRequestSchema = v.strictObject({
  origin: OriginSchema,
  username: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_USERNAME_CHARS)),
  password: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_PASSWORD_CHARS)),
});
export const CredentialRefSchema = v.strictObject({ id: RecordIdSchema });

export const ConsentListSchema = v.strictObject({ consents: v.array(ConsentSchema) });
export const ConsentGrantRequestSchema = v.strictObject({ portalId: PortalIdSchema, origin: ConsentOriginSchema, attributeIds: v.pipe(v.array(AttributeIdSchema), v.minLength(1), v.maxLength(ATTRIBUTE_IDS.length)) });
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

export const PortalSummarySchema = v.strictObject({
  id: v.pipe(v.string(), v.maxLength(64)),
  name: v.pipe(v.string(), v.maxLength(80)),
  origins: v.pipe(v.array(OriginSchema), v.maxLength(10)),
  userAdded: v.boolean(),
  retired: v.boolean(),
});
export const PortalListSchema = v.strictObject({ portals: v.pipe(v.array(PortalSummarySchema), v.maxLength(200)) });
export const PortalAddRequestSchema = v.strictObject({ origin: OriginSchema, name: v.pipe(v.string(), v.maxLength(80)) });
export const PortalRefSchema = v.strictObject({ portalId: v.pipe(v.string(), v.maxLength(64)) });

export const TabRefSchema = v.strictObject({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) });
export const FillStatusSchema = v.variant('status', [
  /**
   * `kept`: fields that held another value the portal had put there, left as they were; `unchanged`:
   * fields that held the very value already (the portal's prefill, or the browser's restore after a reload).
   */
  v.strictObject({ status: v.literal('filled'), filled: v.number(), skipped: v.number(), kept: v.number(), unchanged: v.number() }),
  v.strictObject({ status: v.literal('needs-consent'), pendingId: v.string() }),
  v.strictObject({ status: v.literal('nothing-to-fill') }),
]);
export type FillStatus = v.InferOutput<typeof FillStatusSchema>;
/** A sign-in route the citizen may pick: its place and target on the page, and the account it leads to. */
const RouteChoiceSchema = v.strictObject({
  id: SignInRouteSchema.entries.id,
  target: SignInRouteSchema.entries.target,
  portalName: v.pipe(v.string(), v.maxLength(80)),
});
export const SignInRequestSchema = v.strictObject({
  tabId: v.pipe(v.number(), v.integer(), v.minValue(0)),
  credentialId: v.optional(RecordIdSchema),
  /** Sign in through this identity account instead (a choice the background offered). */
  route: v.optional(v.strictObject({ id: SignInRouteSchema.entries.id, target: SignInRouteSchema.entries.target })),
});
export const SignInStatusSchema = v.variant('status', [
  v.strictObject({ status: v.literal('submitted') }),
  v.strictObject({ status: v.literal('method-chosen') }),
  /** No stored account, but the page's eID link: the eID sign-in runs in our window. */
  v.strictObject({ status: v.literal('eid-started') }),
  /** The password is in; the login form waits for a certificate file only the citizen can choose. */
  v.strictObject({ status: v.literal('choose-file') }),
  v.strictObject({
    status: v.literal('choose-account'),
    accounts: v.pipe(v.array(v.strictObject({ id: RecordIdSchema, username: v.pipe(v.string(), v.maxLength(MAX_USERNAME_CHARS)) })), v.maxLength(50)),
    routes: v.pipe(v.array(RouteChoiceSchema), v.maxLength(MAX_SIGN_IN_ROUTES)),
  }),
]);
export type SignInStatus = v.InferOutput<typeof SignInStatusSchema>;
export const PendingRefSchema = v.strictObject({ pendingId: v.pipe(v.string(), v.regex(/^[0-9a-f]{24}$/)) });
/** Who is asking, without any value: what the confirm window shows above its unlock form. */
export const PendingTargetSchema = v.strictObject({ portalName: v.pipe(v.string(), v.maxLength(80)), origin: OriginSchema });
export const PendingViewSchema = v.strictObject({
  portalName: v.string(),
  origin: OriginSchema,
  requiredTrust: v.picklist(['low', 'substantial', 'high']),
  attributes: v.array(v.strictObject({
    attributeId: AttributeIdSchema,
    fieldLabel: v.string(),
    value: v.string(),
    trust: v.picklist(['low', 'substantial', 'high']),
    source: v.picklist(['user', 'eid', 'import']),
    readAt: v.optional(Timestamp),
    alreadyConsented: v.boolean(),
    meetsTrust: v.boolean(),
    /** What the page already put into the field (the portal's prefill), shown beside ours; it stays unless replaced. */
    pagePrefill: v.nullable(v.pipe(v.string(), v.maxLength(200))),
  })),
  /** Other persons' sections of the form (a child's, the partner's), each with its proposed person. */
  sections: v.pipe(v.array(PendingSectionSchema), v.maxLength(MAX_FILL_SECTIONS)),
});
export const ConsentDecisionSchema = v.strictObject({
  pendingId: v.pipe(v.string(), v.regex(/^[0-9a-f]{24}$/)),
  approve: v.pipe(v.array(AttributeIdSchema), v.maxLength(ATTRIBUTE_IDS.length)),
  remember: v.boolean(),
  /** Attributes whose value replaces the portal's prefill (the citizen ticked "ersetzen"); default none. */
  replace: v.optional(v.pipe(v.array(AttributeIdSchema), v.maxLength(ATTRIBUTE_IDS.length))),
  /** Who fills each other person's section; a section not named stays empty. */
  sections: SectionChoicesSchema,
});
export const PageCurrentSchema = v.strictObject({
  page: v.nullable(v.strictObject({ portalId: v.string(), portalName: v.string(), origin: OriginSchema, kind: v.picklist(['login', 'form', 'none']), retired: v.boolean(), organisation: v.boolean() })),
  /** A sign-in the citizen made by hand on this tab, offered for saving (user name only). */
  offer: v.nullable(v.strictObject({ origin: OriginSchema, username: v.string() })),
});
export const OfferDecisionSchema = v.strictObject({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)), save: v.boolean() });

export { VaultSettingsSchema };
