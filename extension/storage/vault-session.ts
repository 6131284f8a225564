import { readMeta } from './read-meta.ts';
import { fail, ok, type Result } from '../../shared/protocol/result.ts';
import { fromBase64, toBase64, type Bytes } from './bytes.ts';
import type { VaultDb } from './db.ts';
import type { KeyValueArea } from './key-value-area.ts';
import { isAcceptablePassphrase } from '../../shared/domain/passphrase-policy.ts';
import { unlockDelayMs, type ThrottleState } from './unlock-throttle.ts';
import {
  DEFAULT_KDF_ITERATIONS,
  deriveKek,
  deriveVaultKeys,
  MIN_KDF_ITERATIONS,
  newKdfParams,
  open,
  randomBytes,
  seal,
  VAULT_KEY_BYTES,
  vaultKeyAad,
  type KdfParams,
  type VaultKeys,
} from './vault-crypto.ts';

/** The vault header in the `meta` store: the only place the (wrapped) vault key lives. */
export interface VaultHeader {
  readonly format: 'amtspass-vault';
  readonly vaultId: string;
  readonly kdf: KdfParams;
  readonly wrappedKey: { iv: Bytes; ct: Bytes };
  readonly createdAt: number;
}

export interface VaultStatus {
  readonly setUp: boolean;
  readonly unlocked: boolean;
  /** Milliseconds until another unlock attempt is accepted (0: now). */
  readonly retryAfterMs: number;
}

/** storage.session: the per-unlock session key (memory only, gone when the browser stops). */
const SESSION_KEY = 'vaultSessionKey';
/** storage.local: the vault key sealed under that session key, so a restarted worker stays unlocked. */
const SESSION_WRAPPED = 'vaultSessionWrapped';

export interface VaultSession {
  status(): Promise<VaultStatus>;
  setup(passphrase: string): Promise<Result<Record<string, never>>>;
  unlock(passphrase: string): Promise<Result<Record<string, never>>>;
  lock(): Promise<void>;
  /** The unlocked keys, restored from the session after a worker restart; null when locked. */
  keys(): Promise<VaultKeys | null>;
  changePassphrase(current: string, next: string): Promise<Result<Record<string, never>>>;
  /** Removes the session after a browser start: a new browser session starts locked. */
  forgetStaleSession(): Promise<void>;
}

/**
 * Set-up, unlock and lock (docs/SECURITY.md §3.7, "session" mode): passphrase → PBKDF2 → KEK → vault key.
 * On unlock a random session key in storage.session seals the vault key into storage.local, so the
 * MV3 worker can stop at any time without locking; the browser closing clears storage.session, which
 * locks. Failed unlocks are throttled with a persisted, growing delay.
 */
export function createVaultSession(deps: {
  db: VaultDb;
  session: KeyValueArea;
  local: KeyValueArea;
  now: () => number;
  kdfIterations?: number;
}): VaultSession {
  const { db, session, local, now } = deps;
  let cached: VaultKeys | null = null;

  const header = async (): Promise<VaultHeader | undefined> => readMeta(db, 'header');
  const throttle = async (): Promise<ThrottleState> => (await readMeta(db, 'throttle')) ?? { failures: 0, notBefore: 0 };

  async function openSession(vaultId: string, rawKey: Bytes): Promise<void> {
    const sessionRaw = randomBytes(32);
    const sessionKey = await crypto.subtle.importKey('raw', sessionRaw, 'AES-GCM', false, ['encrypt']);
    const sealed = await seal(sessionKey, rawKey, vaultKeyAad(vaultId));
    await local.set(SESSION_WRAPPED, { vaultId, iv: toBase64(sealed.iv), ct: toBase64(sealed.ct) });
    await session.set(SESSION_KEY, toBase64(sessionRaw));
    cached = await deriveVaultKeys(vaultId, rawKey);
    sessionRaw.fill(0);
  }

  async function restore(): Promise<VaultKeys | null> {
    const storedKey = await session.get(SESSION_KEY);
    const sessionRaw = typeof storedKey === 'string' ? fromBase64(storedKey) : null;
    const wrapped = (await local.get(SESSION_WRAPPED)) as { vaultId: string; iv: string; ct: string } | undefined;
    const stored = await header();
    if (!sessionRaw || sessionRaw.length !== 32 || !wrapped || !stored || wrapped.vaultId !== stored.vaultId) return null;
    const sessionKey = await crypto.subtle.importKey('raw', sessionRaw, 'AES-GCM', false, ['decrypt']);
    const iv = fromBase64(wrapped.iv);
    const ct = fromBase64(wrapped.ct);
    const raw = iv && ct ? await open(sessionKey, { iv, ct }, vaultKeyAad(stored.vaultId)) : null;
    if (!raw) return null;
    const keys = await deriveVaultKeys(stored.vaultId, raw);
    raw.fill(0);
    return keys;
  }

  async function unwrap(stored: VaultHeader, passphrase: string): Promise<Bytes | null> {
    if (stored.kdf.iterations < MIN_KDF_ITERATIONS) return null;
    const kek = await deriveKek(passphrase, stored.kdf);
    return open(kek, stored.wrappedKey, vaultKeyAad(stored.vaultId));
  }

  async function sealHeader(vaultId: string, rawKey: Bytes, passphrase: string, createdAt: number): Promise<VaultHeader> {
    const kdf = newKdfParams(deps.kdfIterations ?? DEFAULT_KDF_ITERATIONS);
    const wrappedKey = await seal(await deriveKek(passphrase, kdf), rawKey, vaultKeyAad(vaultId));
    return { format: 'amtspass-vault', vaultId, kdf, wrappedKey, createdAt };
  }

  return {
    async status() {
      // Every popup open asks this first: the three reads go out together.
      const [state, stored, keys] = await Promise.all([throttle(), header(), this.keys()]);
      return { setUp: stored !== undefined, unlocked: keys !== null, retryAfterMs: Math.max(0, state.notBefore - now()) };
    },
    async setup(passphrase) {
      if (await header()) return fail('ALREADY_SET_UP', 'a vault exists');
      if (!isAcceptablePassphrase(passphrase)) return fail('WEAK_PASSPHRASE', 'passphrase too short or too simple');
      const vaultId = crypto.randomUUID();
      const rawKey = randomBytes(VAULT_KEY_BYTES);
      await db.put('meta', await sealHeader(vaultId, rawKey, passphrase, now()), 'header');
      await openSession(vaultId, rawKey);
      rawKey.fill(0);
      return ok({});
    },
    async unlock(passphrase) {
      const stored = await header();
      if (!stored) return fail('NOT_SET_UP', 'no vault yet');
      const state = await throttle();
      if (state.notBefore > now()) return fail('UNLOCK_THROTTLED', `retry in ${Math.ceil((state.notBefore - now()) / 1000)} s`);
      const rawKey = await unwrap(stored, passphrase);
      if (!rawKey) {
        const failures = state.failures + 1;
        await db.put('meta', { failures, notBefore: now() + unlockDelayMs(failures) }, 'throttle');
        return fail('WRONG_PASSPHRASE', 'the passphrase does not open this vault');
      }
      await db.put('meta', { failures: 0, notBefore: 0 }, 'throttle');
      await openSession(stored.vaultId, rawKey);
      rawKey.fill(0);
      return ok({});
    },
    async lock() {
      cached = null;
      await session.remove(SESSION_KEY);
      await local.remove(SESSION_WRAPPED);
    },
    async keys() {
      cached ??= await restore();
      return cached;
    },
    async changePassphrase(current, next) {
      const stored = await header();
      if (!stored) return fail('NOT_SET_UP', 'no vault yet');
      if (!isAcceptablePassphrase(next)) return fail('WEAK_PASSPHRASE', 'passphrase too short or too simple');
      const rawKey = await unwrap(stored, current);
      if (!rawKey) return fail('WRONG_PASSPHRASE', 'the current passphrase is wrong');
      // Only the vault key is re-wrapped (with a fresh salt and today's iterations); records stay as they are.
      await db.put('meta', await sealHeader(stored.vaultId, rawKey, next, stored.createdAt), 'header');
      rawKey.fill(0);
      return ok({});
    },
    async forgetStaleSession() {
      cached = null;
      await local.remove(SESSION_WRAPPED);
    },
  };
}
