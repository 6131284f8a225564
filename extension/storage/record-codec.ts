import { utf8, type Bytes } from './bytes.ts';
import { open, seal, type Sealed } from './vault-crypto.ts';

/** Kinds of encrypted record. The kind is stored in clear (it is the index); everything else is sealed. */
export const RECORD_TYPES = ['attribute', 'attributeHistory', 'credential', 'consent', 'settings', 'person', 'sectionChoice'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

/** Largest plaintext of one record, in bytes; a larger one is refused before anything is written. */
export const MAX_RECORD_PLAINTEXT_BYTES = 64 * 1024;
/** Plaintexts are padded up to the next bucket so ciphertext length says little about the value. */
export const PADDING_BUCKETS = [256, 1024, 4096, 16384, 65540] as const;

/** A record as IndexedDB holds it. */
export interface EncryptedRecord {
  readonly id: string;
  readonly type: RecordType;
  /** Payload schema version, also bound into the additional data. */
  readonly v: number;
  readonly iv: Bytes;
  readonly ct: Bytes;
}

/** Binds a ciphertext to its vault, id, type and version, so records cannot be swapped or relabelled. */
export function recordAad(vaultId: string, record: Pick<EncryptedRecord, 'id' | 'type' | 'v'>): Bytes {
  return utf8(JSON.stringify(['amtspass record', vaultId, record.id, record.type, record.v]));
}

export function pad(body: Bytes): Bytes | null {
  const total = body.length + 4;
  const bucket = PADDING_BUCKETS.find((size) => size >= total);
  if (bucket === undefined || body.length > MAX_RECORD_PLAINTEXT_BYTES) return null;
  const out = new Uint8Array(bucket);
  new DataView(out.buffer).setUint32(0, body.length);
  out.set(body, 4);
  return out;
}

export function unpad(padded: Bytes): Bytes | null {
  if (padded.length < 4) return null;
  const length = new DataView(padded.buffer, padded.byteOffset).getUint32(0);
  return length <= padded.length - 4 ? padded.subarray(4, 4 + length) : null;
}

/** Seals a JSON payload; null when it is larger than MAX_RECORD_PLAINTEXT_BYTES. */
export async function encryptRecord(
  key: CryptoKey,
  vaultId: string,
  header: Pick<EncryptedRecord, 'id' | 'type' | 'v'>,
  payload: unknown,
): Promise<EncryptedRecord | null> {
  const padded = pad(utf8(JSON.stringify(payload)));
  if (padded === null) return null;
  const sealed: Sealed = await seal(key, padded, recordAad(vaultId, header));
  return { ...header, iv: sealed.iv, ct: sealed.ct };
}

/** The payload, or null when the record was tampered with, swapped, or sealed under another key. */
export async function decryptRecord(key: CryptoKey, vaultId: string, record: EncryptedRecord): Promise<unknown> {
  if (!(record.iv instanceof Uint8Array) || !(record.ct instanceof Uint8Array)) return null;
  const padded = await open(key, record, recordAad(vaultId, record));
  const body = padded && unpad(padded);
  if (!body) return null;
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
  } catch {
    return null;
  }
}
