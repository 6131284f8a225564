import type { VaultDb } from './db.ts';
import type { KeyValueArea } from './key-value-area.ts';

/**
 * "Delete all my data": every store of the database and both extension storage areas are emptied,
 * records, audit log, keys, throttle state and settings alike, in one transaction for the database.
 */
export async function eraseVault(deps: { db: VaultDb; local: KeyValueArea; session: KeyValueArea }): Promise<void> {
  const tx = deps.db.transaction(['records', 'audit', 'meta'], 'readwrite');
  void tx.objectStore('records').clear();
  void tx.objectStore('audit').clear();
  void tx.objectStore('meta').clear();
  await tx.done;
  await deps.local.clear();
  await deps.session.clear();
}
