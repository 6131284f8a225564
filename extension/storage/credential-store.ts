import { CredentialSchema, type Credential, type CredentialSummary } from '../../shared/domain/credential.ts';
import { httpsOriginOf } from '../../shared/domain/origin.ts';
import { fail, ok, type Result } from '../../shared/protocol/result.ts';
import type { RecordStore } from './record-store.ts';
import { recordIdFor, type VaultKeys } from './vault-crypto.ts';

/** Credentials kept at most; a citizen has a handful of identity accounts. */
export const MAX_CREDENTIALS = 200;

/** Username/password pairs for identity accounts, each bound to one exact https origin. */
export function createCredentialStore(records: RecordStore, now: () => number) {
  return {
    /** Usernames and origins only: lists never carry a password. */
    async list(keys: VaultKeys): Promise<{ credentials: CredentialSummary[]; corrupt: number }> {
      const listed = await records.list(keys, 'credential', CredentialSchema);
      return {
        credentials: listed.items.map(({ id, value }) => ({
          id,
          origin: value.origin,
          username: value.username,
          updatedAt: value.updatedAt,
        })),
        corrupt: listed.corrupt.length,
      };
    },

    async save(keys: VaultKeys, input: { origin: string; username: string; password: string }): Promise<Result<CredentialSummary>> {
      if (httpsOriginOf(input.origin) !== input.origin) return fail('ORIGIN_NOT_ALLOWED', 'credentials bind to an exact https origin');
      const id = await recordIdFor(keys, `credential|${input.origin}|${input.username}`);
      const existing = await records.get(keys, id, 'credential', CredentialSchema);
      if (!existing.ok) return existing;
      if (existing.value === null && (await records.count('credential')) >= MAX_CREDENTIALS)
        return fail('LIMIT_EXCEEDED', 'too many credentials');
      // Only the known fields: a caller's extra properties must not end up in the sealed record.
      const credential: Credential = { origin: input.origin, username: input.username, password: input.password, updatedAt: now() };
      const written = await records.commit(keys, [{ id, type: 'credential', payload: credential }]);
      return written.ok ? ok({ id, origin: input.origin, username: input.username, updatedAt: credential.updatedAt }) : written;
    },

    async remove(keys: VaultKeys, id: string): Promise<Result<Record<string, never>>> {
      const existing = await records.get(keys, id, 'credential', CredentialSchema);
      if (!existing.ok) return existing;
      if (existing.value === null) return fail('NOT_FOUND', 'no such credential');
      return records.commit(keys, [], [id]);
    },

    /** The full credentials for one exact origin (sign-in only; never sent to a page before the user acts). */
    async forOrigin(keys: VaultKeys, origin: string): Promise<(Credential & { id: string })[]> {
      return (await records.list(keys, 'credential', CredentialSchema)).items
        .filter((item) => item.value.origin === origin)
        .map(({ id, value }) => ({ id, ...value }));
    },
  };
}

export type CredentialStore = ReturnType<typeof createCredentialStore>;
