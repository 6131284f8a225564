import { utf8, type Bytes } from './bytes.ts';

/**
 * Key derivation parameters, stored with the vault so they can be raised later (a new passphrase or
 * an explicit upgrade re-derives with the current default). PBKDF2-HMAC-SHA-256 with at least
 * 600,000 iterations (OWASP; docs/SECURITY.md §3.7).
 */
export interface KdfParams {
  readonly name: 'PBKDF2';
  readonly hash: 'SHA-256';
  readonly iterations: number;
  readonly salt: Bytes;
}

export const DEFAULT_KDF_ITERATIONS = 600_000;
/** Fewer iterations are refused when a vault or backup is read: a file cannot lower the cost. */
export const MIN_KDF_ITERATIONS = 600_000;
export const SALT_BYTES = 16;
export const IV_BYTES = 12;
export const VAULT_KEY_BYTES = 32;

export function randomBytes(count: number): Bytes {
  return crypto.getRandomValues(new Uint8Array(count));
}

export function newKdfParams(iterations = DEFAULT_KDF_ITERATIONS): KdfParams {
  return { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: randomBytes(SALT_BYTES) };
}

/** Passphrase → key-encryption key (AES-256-GCM, not extractable, used only for the vault key). */
export async function deriveKek(passphrase: string, kdf: KdfParams): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', utf8(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: kdf.hash, iterations: kdf.iterations, salt: kdf.salt },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export interface Sealed {
  readonly iv: Bytes;
  readonly ct: Bytes;
}

/** AES-256-GCM with a fresh 96-bit IV and the given additional data. */
export async function seal(key: CryptoKey, plaintext: Bytes, aad: Bytes): Promise<Sealed> {
  const iv = randomBytes(IV_BYTES);
  const ct = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad, tagLength: 128 }, key, plaintext));
  return { iv, ct };
}

/** The plaintext, or null when the key, IV, ciphertext or additional data do not match. */
export async function open(key: CryptoKey, sealed: Sealed, aad: Bytes): Promise<Bytes | null> {
  try {
    return new Uint8Array(
      await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv, additionalData: aad, tagLength: 128 }, key, sealed.ct),
    );
  } catch {
    return null;
  }
}

/** The keys a vault works with once unlocked; none is extractable. */
export interface VaultKeys {
  readonly vaultId: string;
  /** AES-256-GCM for records. */
  readonly records: CryptoKey;
  /** AES-256-GCM for audit entries. */
  readonly auditEnc: CryptoKey;
  /** HMAC-SHA-256 chaining the audit log. */
  readonly auditMac: CryptoKey;
  /** HMAC-SHA-256 turning record names (`attribute|givenNames`) into ids that reveal nothing. */
  readonly recordIds: CryptoKey;
}

/** HKDF sub-keys from the raw vault key, so each use has its own key (docs/SECURITY.md §3.7). */
export async function deriveVaultKeys(vaultId: string, rawVaultKey: Bytes): Promise<VaultKeys> {
  const base = await crypto.subtle.importKey('raw', rawVaultKey, 'HKDF', false, ['deriveKey']);
  const sub = (info: string, algorithm: AesKeyGenParams | HmacImportParams, usages: KeyUsage[]): Promise<CryptoKey> =>
    crypto.subtle.deriveKey({ name: 'HKDF', hash: 'SHA-256', salt: utf8(vaultId), info: utf8(info) }, base, algorithm, false, usages);
  return {
    vaultId,
    records: await sub('amtspass records v1', { name: 'AES-GCM', length: 256 }, ['encrypt', 'decrypt']),
    auditEnc: await sub('amtspass audit enc v1', { name: 'AES-GCM', length: 256 }, ['encrypt', 'decrypt']),
    auditMac: await sub('amtspass audit mac v1', { name: 'HMAC', hash: 'SHA-256', length: 256 }, ['sign', 'verify']),
    recordIds: await sub('amtspass record ids v1', { name: 'HMAC', hash: 'SHA-256', length: 256 }, ['sign']),
  };
}

/** Additional data that binds the wrapped vault key to its vault. */
export function vaultKeyAad(vaultId: string): Bytes {
  return utf8(`amtspass vault key|${vaultId}`);
}

/** A stable record id for a name such as `attribute|givenNames`: keyed, so ids reveal no name. */
export async function recordIdFor(keys: VaultKeys, name: string): Promise<string> {
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', keys.recordIds, utf8(name)));
  return Array.from(mac.subarray(0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
}
