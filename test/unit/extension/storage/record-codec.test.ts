import { describe, expect, it } from 'vitest';
import {
  decryptRecord,
  encryptRecord,
  MAX_RECORD_PLAINTEXT_BYTES,
  pad,
  unpad,
  type EncryptedRecord,
} from '../../../../extension/storage/record-codec.ts';
import { deriveVaultKeys, randomBytes } from '../../../../extension/storage/vault-crypto.ts';

const keysPromise = deriveVaultKeys('vault-1', randomBytes(32));

async function sealed(id = 'r1', payload: unknown = { value: 'Zzyzx-Canary-1' }): Promise<EncryptedRecord> {
  const keys = await keysPromise;
  return (await encryptRecord(keys.records, keys.vaultId, { id, type: 'attribute', v: 1 }, payload)) as EncryptedRecord;
}

describe('record codec (AES-256-GCM per record)', () => {
  it('round-trips, with a fresh IV each time and no plaintext in the ciphertext', async () => {
    const keys = await keysPromise;
    const a = await sealed();
    const b = await sealed();
    expect(await decryptRecord(keys.records, keys.vaultId, a)).toEqual({ value: 'Zzyzx-Canary-1' });
    expect(Buffer.from(a.iv).equals(Buffer.from(b.iv))).toBe(false);
    expect(Buffer.from(a.ct).toString('latin1')).not.toContain('Zzyzx');
  });

  it('pads to buckets so lengths say little', async () => {
    expect((await sealed('r', { value: 'a' })).ct.length).toBe((await sealed('r', { value: 'a'.repeat(200) })).ct.length);
    expect(unpad(pad(new Uint8Array([1, 2, 3])) as Uint8Array<ArrayBuffer>)).toEqual(new Uint8Array([1, 2, 3]));
    expect(pad(new Uint8Array(MAX_RECORD_PLAINTEXT_BYTES + 1))).toBeNull();
  });

  it('refuses a payload above the record limit', async () => {
    const keys = await keysPromise;
    expect(
      await encryptRecord(
        keys.records,
        keys.vaultId,
        { id: 'big', type: 'attribute', v: 1 },
        { v: 'x'.repeat(MAX_RECORD_PLAINTEXT_BYTES) },
      ),
    ).toBeNull();
  });

  it.each([
    ['a flipped ciphertext bit', (r: EncryptedRecord) => ({ ...r, ct: Uint8Array.from(r.ct, (b, i) => (i === 3 ? b ^ 1 : b)) })],
    ['a changed IV', (r: EncryptedRecord) => ({ ...r, iv: Uint8Array.from(r.iv, (b, i) => (i === 0 ? b ^ 1 : b)) })],
    ['a truncated ciphertext', (r: EncryptedRecord) => ({ ...r, ct: r.ct.subarray(0, r.ct.length - 1) })],
    ['another record id (swap)', (r: EncryptedRecord) => ({ ...r, id: 'r2' })],
    ['another type', (r: EncryptedRecord) => ({ ...r, type: 'consent' as const })],
    ['another schema version', (r: EncryptedRecord) => ({ ...r, v: 2 })],
    ['a non-binary IV', (r: EncryptedRecord) => ({ ...r, iv: 'AAAA' as unknown as Uint8Array<ArrayBuffer> })],
  ])('refuses %s', async (_name, tamper) => {
    const keys = await keysPromise;
    expect(await decryptRecord(keys.records, keys.vaultId, tamper(await sealed()))).toBeNull();
  });

  it('refuses a record of another vault and under another key', async () => {
    const keys = await keysPromise;
    const other = await deriveVaultKeys('vault-2', randomBytes(32));
    const record = await sealed();
    expect(await decryptRecord(keys.records, 'vault-2', record)).toBeNull();
    expect(await decryptRecord(other.records, keys.vaultId, record)).toBeNull();
  });
});
