import type { DBSchema } from 'idb';
import type { ChainState, StoredAuditEntry } from './audit-store.ts';
import type { EncryptedRecord, RecordType } from './record-codec.ts';
import type { ThrottleState } from './unlock-throttle.ts';
import type { VaultHeader } from './vault-session.ts';

/** What each key of the `meta` store holds. */
export interface MetaValues {
  /** The vault header: the only place the (wrapped) vault key lives. */
  header: VaultHeader;
  /** Failed unlocks and when the next attempt is accepted. */
  throttle: ThrottleState;
  /** The audit log's chain: the MAC before the first kept entry, and the last entry. */
  auditChain: ChainState;
}

/**
 * The vault database's shape, for idb's typed API: every read and write names its store and gets its
 * value type, so no caller casts what IndexedDB returns. Only `meta` holds values of several types,
 * one per key (read-meta.ts reads them typed).
 */
export interface VaultDbSchema extends DBSchema {
  meta: { key: keyof MetaValues; value: MetaValues[keyof MetaValues] };
  records: { key: string; value: EncryptedRecord; indexes: { type: RecordType } };
  audit: { key: number; value: StoredAuditEntry };
}
