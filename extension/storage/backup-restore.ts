import type { AttributeHistoryEntry, StoredAttribute } from '../../shared/domain/attribute.ts';
import type { AuditEntry } from '../../shared/domain/audit-entry.ts';
import type { Consent } from '../../shared/domain/consent.ts';
import { consentRecordKey } from './consent-store.ts';
import { attributeRecordKey, ownerOf } from './attribute-store.ts';
import { personRecordKey } from './person-store.ts';
import type { Person } from '../../shared/domain/person.ts';
import type { Credential } from '../../shared/domain/credential.ts';
import type { ImportReport } from '../../shared/protocol/vault-messages.ts';
import { ok, type Result } from '../../shared/protocol/result.ts';
import type { AuditStore } from './audit-store.ts';
import type { BackupContent } from './backup-codec.ts';
import type { VaultDb } from './db.ts';
import type { RecordStore, RecordWrite } from './record-store.ts';
import { recordIdFor, type VaultKeys } from './vault-crypto.ts';

type Counts = ImportReport['attributes'];

/**
 * Applies a decrypted backup: `replace` makes the vault exactly the backup; `merge` keeps what is
 * there and adds what is new (newer values win, card values are never overwritten by typed ones,
 * consents are joined). The whole new state is sealed first and then written in one transaction over
 * records, audit log and chain state: a failure leaves the vault as it was.
 */
export async function restoreBackup(
  deps: { db: VaultDb; records: RecordStore; audit: AuditStore },
  keys: VaultKeys,
  current: BackupContent,
  incoming: BackupContent,
  mode: 'merge' | 'replace',
): Promise<Result<ImportReport>> {
  const persons = mergeBy(
    current.persons ?? [],
    incoming.persons ?? [],
    (p) => p.personId,
    mode,
    (existing: Person) => existing,
  );
  // A value whose person is not in the vault after the restore would belong to nobody: it is left out.
  const known = new Set(['self', ...persons.result.map((p) => p.personId)]);
  const attributes = mergeBy(
    current.attributes,
    incoming.attributes.filter((a) => known.has(ownerOf(a))),
    (a) => `${ownerOf(a)}|${a.attributeId}`,
    mode,
    preferAttribute,
  );
  const credentials = mergeBy(
    current.credentials,
    incoming.credentials,
    (c) => `${c.origin}|${c.username}`,
    mode,
    (a, b) => (b.updatedAt > a.updatedAt ? b : a),
  );
  const consents = mergeBy(current.consents, incoming.consents, (c) => c.origin, mode, joinConsents);
  const history = (mode === 'replace' ? incoming.history : unique([...current.history, ...incoming.history])).filter((h) =>
    known.has(ownerOf(h)),
  );
  const auditLog = mode === 'replace' ? incoming.audit : unique([...current.audit, ...incoming.audit]).sort((a, b) => a.time - b.time);
  const settings = mode === 'replace' ? incoming.settings : current.settings;

  const writes: RecordWrite[] = [
    ...(await Promise.all(
      persons.result.map(async (p) => ({ id: await recordIdFor(keys, personRecordKey(p.personId)), type: 'person' as const, payload: p })),
    )),
    ...(await Promise.all(
      attributes.result.map(async (a) => ({
        id: await recordIdFor(keys, attributeRecordKey(ownerOf(a), a.attributeId)),
        type: 'attribute' as const,
        payload: a,
      })),
    )),
    ...history.map((h: AttributeHistoryEntry) => ({ id: crypto.randomUUID(), type: 'attributeHistory' as const, payload: h })),
    ...(await Promise.all(
      credentials.result.map(async (c) => ({
        id: await recordIdFor(keys, `credential|${c.origin}|${c.username}`),
        type: 'credential' as const,
        payload: c,
      })),
    )),
    ...(await Promise.all(
      consents.result.map(async (c) => ({ id: await recordIdFor(keys, consentRecordKey(c.origin)), type: 'consent' as const, payload: c })),
    )),
    { id: await recordIdFor(keys, 'settings'), type: 'settings', payload: settings },
  ];
  const sealed = await deps.records.seal(keys, writes);
  if (!sealed.ok) return sealed;
  const log = await deps.audit.sealLog(keys, auditLog);

  const tx = deps.db.transaction(['records', 'audit', 'meta'], 'readwrite');
  void tx.objectStore('records').clear();
  void tx.objectStore('audit').clear();
  for (const record of sealed.value) void tx.objectStore('records').put(record);
  for (const entry of log.stored) void tx.objectStore('audit').put(entry);
  void tx.objectStore('meta').put(log.chain, 'auditChain');
  await tx.done;

  const auditAdded = mode === 'replace' ? auditLog.length : auditLog.length - current.audit.length;
  return ok({
    attributes: attributes.counts,
    credentials: credentials.counts,
    consents: consents.counts,
    auditEntries: {
      added: auditAdded,
      updated: 0,
      unchanged: mode === 'replace' ? 0 : current.audit.length,
      removed: mode === 'replace' ? current.audit.length : 0,
    },
    settings: mode === 'replace' ? 'replaced' : 'kept',
  });
}

function mergeBy<T>(
  current: readonly T[],
  incoming: readonly T[],
  key: (item: T) => string,
  mode: 'merge' | 'replace',
  pick: (existing: T, imported: T) => T,
): { result: T[]; counts: Counts } {
  const counts: Counts = { added: 0, updated: 0, unchanged: 0, removed: 0 };
  const byKey = new Map(current.map((item) => [key(item), item]));
  const result = new Map<string, T>(mode === 'merge' ? byKey : []);
  for (const item of incoming) {
    const existing = byKey.get(key(item));
    const chosen = existing === undefined ? item : mode === 'replace' ? item : pick(existing, item);
    if (existing === undefined) counts.added++;
    else if (JSON.stringify(existing) === JSON.stringify(chosen)) counts.unchanged++;
    else counts.updated++;
    result.set(key(item), chosen);
  }
  if (mode === 'replace') counts.removed = current.filter((item) => !result.has(key(item))).length;
  return { result: [...result.values()], counts };
}

/** Newer wins, except that a typed value never replaces a value read from the ID card. */
function preferAttribute(existing: StoredAttribute, imported: StoredAttribute): StoredAttribute {
  if (existing.source === 'eid' && imported.source !== 'eid') return existing;
  return imported.updatedAt > existing.updatedAt ? imported : existing;
}

function joinConsents(existing: Consent, imported: Consent): Consent {
  const attributeIds = [...new Set([...existing.attributeIds, ...imported.attributeIds])].sort();
  return { ...existing, attributeIds, grantedAt: Math.min(existing.grantedAt, imported.grantedAt) };
}

function unique<T extends AttributeHistoryEntry | AuditEntry | Credential>(items: readonly T[]): T[] {
  return [...new Map(items.map((item) => [JSON.stringify(item), item])).values()];
}
