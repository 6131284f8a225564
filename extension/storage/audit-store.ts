import { readMeta } from './read-meta.ts';
import * as v from 'valibot';
import { AuditEntrySchema, type AuditEntry, type ListedAuditEntry } from '../../shared/domain/audit-entry.ts';
import { fail, ok, type Result } from '../../shared/protocol/result.ts';
import { utf8, type Bytes } from './bytes.ts';
import { CHAIN_MAC_BYTES, chainMac, sameBytes } from './audit-chain.ts';
import type { VaultDb } from './db.ts';
import { open, seal, type VaultKeys } from './vault-crypto.ts';

/** Entries kept at most; the oldest go first when the log is full. */
export const MAX_AUDIT_ENTRIES = 10_000;

export interface StoredAuditEntry {
  readonly seq: number;
  readonly iv: Bytes;
  readonly ct: Bytes;
  readonly mac: Bytes;
}

/** Chain state in `meta`: the MAC before the first kept entry, and the last entry. */
export interface ChainState {
  readonly anchor: Bytes;
  readonly head: { seq: number; mac: Bytes } | null;
}

export interface AuditFilter {
  readonly portalId?: string;
  readonly kind?: AuditEntry['kind'];
  readonly since?: number;
  readonly until?: number;
}

const aadOf = (vaultId: string, seq: number): Bytes => utf8(`amtspass audit|${vaultId}|${seq}`);

/**
 * The disclosure log: append-only for everyone but the citizen. Each entry is sealed (AES-GCM) and
 * chained by HMAC over the previous MAC, its sequence number and its ciphertext, so deleting or
 * reordering entries outside Amtspass shows on `verify`. The citizen's own deletions re-chain the
 * rest under the key, and only while the chain is intact, so they cannot launder tampering.
 */
export function createAuditStore(db: VaultDb) {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  };
  const chainState = async (): Promise<ChainState> =>
    (await readMeta(db, 'auditChain')) ?? { anchor: new Uint8Array(CHAIN_MAC_BYTES), head: null };
  const all = async (): Promise<StoredAuditEntry[]> => db.getAll('audit');

  async function verifyChain(keys: VaultKeys, entries: StoredAuditEntry[], state: ChainState): Promise<number | null> {
    let previous = state.anchor;
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i] as StoredAuditEntry;
      if (!sameBytes(await chainMac(keys.auditMac, previous, entry), entry.mac)) return i;
      previous = entry.mac;
    }
    const last = entries.at(-1);
    const headMatches = last
      ? state.head !== null && state.head.seq === last.seq && sameBytes(state.head.mac, last.mac)
      : state.head === null;
    return headMatches ? null : entries.length;
  }

  async function decode(keys: VaultKeys, entry: StoredAuditEntry): Promise<AuditEntry | null> {
    const plain = await open(keys.auditEnc, entry, aadOf(keys.vaultId, entry.seq));
    if (!plain) return null;
    const parsed = v.safeParse(AuditEntrySchema, JSON.parse(new TextDecoder().decode(plain)));
    return parsed.success ? parsed.output : null;
  }

  /** Re-chains `kept` from `anchor` and replaces the whole log with it, in one transaction. */
  async function rewrite(keys: VaultKeys, anchor: Bytes, kept: StoredAuditEntry[], removed: number[]): Promise<void> {
    const rechained: StoredAuditEntry[] = [];
    let previous = anchor;
    for (const entry of kept) {
      const mac = await chainMac(keys.auditMac, previous, entry);
      rechained.push({ ...entry, mac });
      previous = mac;
    }
    const last = rechained.at(-1);
    const tx = db.transaction(['audit', 'meta'], 'readwrite');
    for (const seq of removed) void tx.objectStore('audit').delete(seq);
    for (const entry of rechained) void tx.objectStore('audit').put(entry);
    void tx.objectStore('meta').put({ anchor, head: last ? { seq: last.seq, mac: last.mac } : null } satisfies ChainState, 'auditChain');
    await tx.done;
  }

  /** Drops entries older than `olderThan` (epoch ms) and beyond `maxEntries`, oldest first; the chain is re-anchored. */
  async function prune(keys: VaultKeys, limits: { maxEntries: number; olderThan: number }): Promise<number> {
    const stored = await all();
    const state = await chainState();
    if ((await verifyChain(keys, stored, state)) !== null) return 0;
    let drop = Math.max(0, stored.length - limits.maxEntries);
    while (drop < stored.length) {
      const entry = await decode(keys, stored[drop] as StoredAuditEntry);
      if (!entry || entry.time >= limits.olderThan) break;
      drop++;
    }
    if (drop === 0) return 0;
    const anchor = (stored[drop - 1] as StoredAuditEntry).mac;
    const tx = db.transaction(['audit', 'meta'], 'readwrite');
    for (const entry of stored.slice(0, drop)) void tx.objectStore('audit').delete(entry.seq);
    void tx.objectStore('meta').put({ anchor, head: state.head } satisfies ChainState, 'auditChain');
    await tx.done;
    return drop;
  }

  /** A whole new log (backup restore): sealed and chained from a zero anchor, for the caller's transaction. */
  async function sealLog(keys: VaultKeys, entries: readonly AuditEntry[]): Promise<{ stored: StoredAuditEntry[]; chain: ChainState }> {
    const anchor = new Uint8Array(CHAIN_MAC_BYTES);
    const stored: StoredAuditEntry[] = [];
    let previous: Bytes = anchor;
    for (const [index, entry] of entries.entries()) {
      const seq = index + 1;
      const sealed = await seal(keys.auditEnc, utf8(JSON.stringify(entry)), aadOf(keys.vaultId, seq));
      const mac = await chainMac(keys.auditMac, previous, { seq, ...sealed });
      stored.push({ seq, ...sealed, mac });
      previous = mac;
    }
    const last = stored.at(-1);
    return { stored, chain: { anchor, head: last ? { seq: last.seq, mac: last.mac } : null } };
  }

  return {
    prune,
    sealLog,

    append(keys: VaultKeys, entry: AuditEntry): Promise<Result<{ seq: number }>> {
      return serial(async () => {
        const parsed = v.safeParse(AuditEntrySchema, entry);
        if (!parsed.success) return fail('INVALID_VALUE', 'invalid audit entry');
        const state = await chainState();
        const seq = (state.head?.seq ?? 0) + 1;
        const sealed = await seal(keys.auditEnc, utf8(JSON.stringify(parsed.output)), aadOf(keys.vaultId, seq));
        const mac = await chainMac(keys.auditMac, state.head?.mac ?? state.anchor, { seq, ...sealed });
        const tx = db.transaction(['audit', 'meta'], 'readwrite');
        void tx.objectStore('audit').put({ seq, ...sealed, mac } satisfies StoredAuditEntry);
        void tx.objectStore('meta').put({ anchor: state.anchor, head: { seq, mac } } satisfies ChainState, 'auditChain');
        await tx.done;
        if (seq % 100 === 0) await prune(keys, { maxEntries: MAX_AUDIT_ENTRIES, olderThan: 0 });
        return ok({ seq });
      });
    },

    /** Entries, newest first, with whether the chain is intact (`brokenAt`: index of the first bad entry). */
    async list(keys: VaultKeys, filter: AuditFilter = {}): Promise<{ entries: ListedAuditEntry[]; intact: boolean; unreadable: number }> {
      const stored = await all();
      const broken = await verifyChain(keys, stored, await chainState());
      const entries: ListedAuditEntry[] = [];
      let unreadable = 0;
      for (const item of stored) {
        const entry = await decode(keys, item);
        if (!entry) {
          unreadable++;
          continue;
        }
        if (filter.portalId && entry.portalId !== filter.portalId) continue;
        if (filter.kind && entry.kind !== filter.kind) continue;
        if (filter.since !== undefined && entry.time < filter.since) continue;
        if (filter.until !== undefined && entry.time > filter.until) continue;
        entries.push({ seq: item.seq, ...entry });
      }
      return { entries: entries.reverse(), intact: broken === null, unreadable };
    },

    async verify(keys: VaultKeys): Promise<Result<{ entries: number }>> {
      const stored = await all();
      const broken = await verifyChain(keys, stored, await chainState());
      return broken === null ? ok({ entries: stored.length }) : fail('INTEGRITY_VIOLATION', `audit chain broken at entry ${broken}`);
    },

    /** The citizen deletes one entry; refused while the chain is broken. */
    remove(keys: VaultKeys, seq: number): Promise<Result<Record<string, never>>> {
      return serial(async () => {
        const stored = await all();
        const state = await chainState();
        if ((await verifyChain(keys, stored, state)) !== null) return fail('INTEGRITY_VIOLATION', 'audit chain is broken');
        const index = stored.findIndex((entry) => entry.seq === seq);
        if (index < 0) return fail('NOT_FOUND', 'no such entry');
        await rewrite(
          keys,
          state.anchor,
          stored.filter((entry) => entry.seq !== seq),
          [seq],
        );
        return ok({});
      });
    },

    /** Deletes every entry and starts a new chain. */
    removeAll(): Promise<Result<Record<string, never>>> {
      return serial(async () => {
        const tx = db.transaction(['audit', 'meta'], 'readwrite');
        void tx.objectStore('audit').clear();
        void tx.objectStore('meta').delete('auditChain');
        await tx.done;
        return ok({});
      });
    },

    /** Every readable entry in order, for the encrypted backup. */
    async exportEntries(keys: VaultKeys): Promise<AuditEntry[]> {
      const entries = await Promise.all((await all()).map((entry) => decode(keys, entry)));
      return entries.filter((entry): entry is AuditEntry => entry !== null);
    },
  };
}

export type AuditStore = ReturnType<typeof createAuditStore>;
