import * as v from 'valibot';
import { fail, ok, type Result } from '../../shared/protocol/result.ts';
import type { VaultDb } from './db.ts';
import { decryptRecord, encryptRecord, type EncryptedRecord, type RecordType } from './record-codec.ts';
import type { VaultKeys } from './vault-crypto.ts';

/** Payload schema version of every record type today; bound into each record's additional data. */
export const RECORD_VERSION = 1;

export interface RecordWrite {
  readonly id: string;
  readonly type: RecordType;
  readonly payload: unknown;
}

export interface RecordList<T> {
  readonly items: { id: string; value: T }[];
  /** Ids of records that failed to decrypt or to parse: tampered, swapped or corrupt. */
  readonly corrupt: string[];
}

/**
 * Encrypted records in IndexedDB. Encryption happens before a transaction opens (an await on
 * WebCrypto would end it), and each batch is one transaction: after a crash or a stopped worker
 * every record is in its old or its new state, never half-written.
 */
export function createRecordStore(db: VaultDb) {
  async function decode<S extends v.GenericSchema>(keys: VaultKeys, record: EncryptedRecord, schema: S): Promise<v.InferOutput<S> | null> {
    const payload = await decryptRecord(keys.records, keys.vaultId, record);
    const parsed = v.safeParse(schema, payload);
    return parsed.success ? parsed.output : null;
  }

  /** Encrypts records for a transaction that is yet to open (WebCrypto awaits would end it). */
  async function seal(keys: VaultKeys, writes: readonly RecordWrite[]): Promise<Result<EncryptedRecord[]>> {
    const sealed: EncryptedRecord[] = [];
    for (const write of writes) {
      const record = await encryptRecord(keys.records, keys.vaultId, { id: write.id, type: write.type, v: RECORD_VERSION }, write.payload);
      if (!record) return fail('LIMIT_EXCEEDED', 'record too large');
      sealed.push(record);
    }
    return ok(sealed);
  }

  return {
    async list<S extends v.GenericSchema>(keys: VaultKeys, type: RecordType, schema: S): Promise<RecordList<v.InferOutput<S>>> {
      const records = await db.getAllFromIndex('records', 'type', type);
      const decoded = await Promise.all(records.map((record) => decode(keys, record, schema)));
      const items: { id: string; value: v.InferOutput<S> }[] = [];
      const corrupt: string[] = [];
      decoded.forEach((value, i) => {
        const id = (records[i] as EncryptedRecord).id;
        if (value === null) corrupt.push(id);
        else items.push({ id, value });
      });
      return { items, corrupt };
    },

    async get<S extends v.GenericSchema>(
      keys: VaultKeys,
      id: string,
      type: RecordType,
      schema: S,
    ): Promise<Result<v.InferOutput<S> | null>> {
      const record = await db.get('records', id);
      if (!record) return ok(null);
      if (record.type !== type) return fail('CORRUPT_RECORD', 'record has another type');
      const value = await decode(keys, record, schema);
      return value === null ? fail('CORRUPT_RECORD', 'record cannot be decrypted') : ok(value);
    },

    seal,

    /** Writes and deletes in one transaction; nothing is written if any record is too large. */
    async commit(keys: VaultKeys, writes: readonly RecordWrite[], deletes: readonly string[] = []): Promise<Result<Record<string, never>>> {
      const sealed = await seal(keys, writes);
      if (!sealed.ok) return sealed;
      const tx = db.transaction('records', 'readwrite');
      for (const id of deletes) void tx.store.delete(id);
      for (const record of sealed.value) void tx.store.put(record);
      await tx.done;
      return ok({});
    },

    async count(type: RecordType): Promise<number> {
      return db.countFromIndex('records', 'type', type);
    },
  };
}

export type RecordStore = ReturnType<typeof createRecordStore>;
