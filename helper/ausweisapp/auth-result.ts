import type { EidFailure } from '../../shared/protocol/eid-messages.ts';

export interface AuthResult {
  readonly major: string;
  readonly minor?: string;
  readonly reason?: string;
}

/** `reason` codes (AusweisApp ≥ 1.26.3, failurecodes.rst) we word specially; others by their minor. */
const BY_REASON: Readonly<Record<string, EidFailure>> = {
  User_Cancelled: 'CANCELLED',
  Card_Removed: 'CARD_REMOVED',
};

/** Result minors AusweisApp sends (docs/EID.md §8), by their last segment. */
const BY_MINOR: Readonly<Record<string, EidFailure>> = {
  cancellationByUser: 'CANCELLED',
  trustedChannelEstablishmentFailed: 'NETWORK',
  unknownError: 'CARD_ERROR',
  internalError: 'SERVER',
  communicationError: 'NETWORK',
  serverError: 'SERVER',
};

/** Map on `reason` when present, else on `minor` (docs/EID.md §8). */
export function failureOf(result: AuthResult): EidFailure {
  const byReason = result.reason ? BY_REASON[result.reason] : undefined;
  if (byReason) return byReason;
  if (result.reason?.startsWith('Certificate_Check_Failed') === true) return 'CERTIFICATE';
  if (result.reason?.includes('Network') === true) return 'NETWORK';
  const minor = result.minor?.split('#').pop() ?? '';
  return BY_MINOR[minor] ?? 'UNKNOWN';
}

/**
 * The refresh URL as the browser activation would deliver it (TR-03124-1 §2.7.4.2): 1.26.2 leaves out
 * `ResultMajor`, 2.5 adds it, so it is appended only when missing. The portal learns the real result
 * from its eID server; nothing here decides anything on it.
 */
export function withResultMajor(url: string, result: AuthResult): string {
  const parsed = new URL(url);
  if (parsed.searchParams.has('ResultMajor')) return parsed.href;
  const ok = result.major.endsWith('#ok');
  parsed.searchParams.set('ResultMajor', ok ? 'ok' : 'error');
  if (!ok) parsed.searchParams.set('ResultMinor', (result.minor?.split('#').pop() ?? 'clientError').slice(0, 64));
  return parsed.href;
}
