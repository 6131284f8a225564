import * as v from 'valibot';
import { AttributeHistoryEntrySchema, StoredAttributeSchema } from '../../shared/domain/attribute.ts';
import { AuditEntrySchema } from '../../shared/domain/audit-entry.ts';
import { ConsentSchema } from '../../shared/domain/consent.ts';
import { CredentialSchema } from '../../shared/domain/credential.ts';
import { MAX_PERSONS, PersonSchema } from '../../shared/domain/person.ts';
import { VaultSettingsSchema } from '../../shared/domain/vault-settings.ts';
import { fail, ok, type Result } from '../../shared/protocol/result.ts';
import { fromBase64, toBase64, utf8 } from './bytes.ts';
import { deriveKek, MIN_KDF_ITERATIONS, newKdfParams, open, seal } from './vault-crypto.ts';

export const BACKUP_FORMAT = 'amtspass-backup';
export const BACKUP_VERSION = 1;
const BACKUP_AAD = utf8(`${BACKUP_FORMAT}|v${BACKUP_VERSION}`);
const B64 = v.pipe(v.string(), v.regex(/^[A-Za-z0-9+/]*={0,2}$/));

/** The file: KDF parameters in clear, everything else sealed with a key from the backup passphrase. */
const BackupFileSchema = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  createdAt: v.string(),
  kdf: v.strictObject({
    name: v.literal('PBKDF2'),
    hash: v.literal('SHA-256'),
    iterations: v.pipe(v.number(), v.integer(), v.minValue(MIN_KDF_ITERATIONS), v.maxValue(10_000_000)),
    salt: B64,
  }),
  iv: B64,
  ct: B64,
});

/** What a backup holds: every record type and the disclosure log, decrypted, then sealed as one. */
export const BackupContentSchema = v.strictObject({
  /** The household besides the citizen; absent in backups made before households. */
  persons: v.optional(v.pipe(v.array(PersonSchema), v.maxLength(MAX_PERSONS))),
  /** Every person's values (100 per person at most). */
  attributes: v.pipe(v.array(StoredAttributeSchema), v.maxLength(100 * (MAX_PERSONS + 1))),
  history: v.pipe(v.array(AttributeHistoryEntrySchema), v.maxLength(2000 * (MAX_PERSONS + 1))),
  credentials: v.pipe(v.array(CredentialSchema), v.maxLength(200)),
  consents: v.pipe(v.array(ConsentSchema), v.maxLength(1000)),
  settings: VaultSettingsSchema,
  audit: v.pipe(v.array(AuditEntrySchema), v.maxLength(20_000)),
});
export type BackupContent = v.InferOutput<typeof BackupContentSchema>;

export async function sealBackup(content: BackupContent, passphrase: string, createdAt: Date, iterations?: number): Promise<string> {
  const kdf = newKdfParams(iterations);
  const sealed = await seal(await deriveKek(passphrase, kdf), utf8(JSON.stringify(content)), BACKUP_AAD);
  const file: v.InferOutput<typeof BackupFileSchema> = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: createdAt.toISOString(),
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: kdf.iterations, salt: toBase64(kdf.salt) },
    iv: toBase64(sealed.iv),
    ct: toBase64(sealed.ct),
  };
  return `${JSON.stringify(file, null, 1)}\n`;
}

/**
 * Reads a backup file: BACKUP_INVALID for anything that is not ours or is truncated (before any key
 * is derived), BACKUP_WRONG_PASSPHRASE when the passphrase does not open it.
 */
export async function openBackup(text: string, passphrase: string): Promise<Result<BackupContent>> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail('BACKUP_INVALID', 'not a backup file (no JSON)');
  }
  const file = v.safeParse(BackupFileSchema, json);
  if (!file.success) return fail('BACKUP_INVALID', 'not an Amtspass backup of a known version');
  const salt = fromBase64(file.output.kdf.salt);
  const iv = fromBase64(file.output.iv);
  const ct = fromBase64(file.output.ct);
  if (!salt || salt.length < 16 || !iv || iv.length !== 12 || !ct || ct.length < 16)
    return fail('BACKUP_INVALID', 'backup file is damaged');
  const key = await deriveKek(passphrase, { name: 'PBKDF2', hash: 'SHA-256', iterations: file.output.kdf.iterations, salt });
  const plain = await open(key, { iv, ct }, BACKUP_AAD);
  if (!plain) return fail('BACKUP_WRONG_PASSPHRASE', 'the passphrase does not open this backup (or it is damaged)');
  let content: unknown;
  try {
    content = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plain));
  } catch {
    return fail('BACKUP_INVALID', 'backup content is damaged');
  }
  const parsed = v.safeParse(BackupContentSchema, content);
  return parsed.success ? ok(parsed.output) : fail('BACKUP_INVALID', 'backup content does not match its format');
}
