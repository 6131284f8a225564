import { ConsentSchema, type Consent } from '../../shared/domain/consent.ts';
import { ok, type Result } from '../../shared/protocol/result.ts';
import type { AttributeId } from '../../shared/vocabulary/attribute-ids.ts';
import type { RecordStore } from './record-store.ts';
import { recordIdFor, type VaultKeys } from './vault-crypto.ts';

/** Where a consent record lives: one per exact origin (a consent kept per portal before has no record here). */
export const consentRecordKey = (origin: string): string => `consent|origin|${origin}`;

/**
 * Consents per exact origin × attribute. They start empty; revoking is always possible, granting only
 * from extension pages.
 */
export function createConsentStore(records: RecordStore, now: () => number) {
  const idOf = (keys: VaultKeys, origin: string): Promise<string> => recordIdFor(keys, consentRecordKey(origin));

  async function read(keys: VaultKeys, origin: string): Promise<Result<Consent | null>> {
    return records.get(keys, await idOf(keys, origin), 'consent', ConsentSchema);
  }

  async function write(keys: VaultKeys, consent: Consent): Promise<Result<Record<string, never>>> {
    const id = await idOf(keys, consent.origin);
    return consent.attributeIds.length === 0
      ? records.commit(keys, [], [id])
      : records.commit(keys, [{ id, type: 'consent', payload: consent }]);
  }

  return {
    async list(keys: VaultKeys): Promise<Consent[]> {
      return (await records.list(keys, 'consent', ConsentSchema)).items
        .map((item) => item.value)
        .sort((a, b) => a.portalId.localeCompare(b.portalId) || a.origin.localeCompare(b.origin));
    },

    async forOrigin(keys: VaultKeys, origin: string): Promise<Result<Consent | null>> {
      return read(keys, origin);
    },

    async grant(
      keys: VaultKeys,
      target: { portalId: string; origin: string },
      attributeIds: readonly AttributeId[],
    ): Promise<Result<Consent>> {
      const existing = await read(keys, target.origin);
      if (!existing.ok) return existing;
      const merged = [...new Set([...(existing.value?.attributeIds ?? []), ...attributeIds])].sort();
      const consent: Consent = {
        portalId: target.portalId,
        origin: target.origin,
        attributeIds: merged,
        grantedAt: existing.value?.grantedAt ?? now(),
        lastUsedAt: existing.value?.lastUsedAt ?? null,
      };
      const written = await write(keys, consent);
      return written.ok ? ok(consent) : written;
    },

    async revoke(keys: VaultKeys, origin: string, attributeId: AttributeId): Promise<Result<Record<string, never>>> {
      const existing = await read(keys, origin);
      if (!existing.ok) return existing;
      if (existing.value === null) return ok({});
      return write(keys, { ...existing.value, attributeIds: existing.value.attributeIds.filter((id) => id !== attributeId) });
    },

    async revokeOrigin(keys: VaultKeys, origin: string): Promise<Result<Record<string, never>>> {
      return records.commit(keys, [], [await idOf(keys, origin)]);
    },

    async revokeAll(keys: VaultKeys): Promise<Result<Record<string, never>>> {
      const all = await records.list(keys, 'consent', ConsentSchema);
      return records.commit(keys, [], [...all.items.map((item) => item.id), ...all.corrupt]);
    },
  };
}

export type ConsentStore = ReturnType<typeof createConsentStore>;
