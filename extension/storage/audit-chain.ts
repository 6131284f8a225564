import { utf8, type Bytes } from './bytes.ts';

/** MAC length of the chain (HMAC-SHA-256). */
export const CHAIN_MAC_BYTES = 32;

/** The MAC of one entry: over the previous MAC, its sequence number and its sealed bytes. */
export async function chainMac(key: CryptoKey, previous: Bytes, entry: { seq: number; iv: Bytes; ct: Bytes }): Promise<Bytes> {
  const seq = utf8(`|${entry.seq}|`);
  const data = new Uint8Array(previous.length + seq.length + entry.iv.length + entry.ct.length);
  data.set(previous, 0);
  data.set(seq, previous.length);
  data.set(entry.iv, previous.length + seq.length);
  data.set(entry.ct, previous.length + seq.length + entry.iv.length);
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, data));
}

export function sameBytes(a: Bytes, b: Bytes): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] as number) ^ (b[i] as number);
  return diff === 0;
}
