/** Persisted state of failed unlock attempts. */
export interface ThrottleState {
  readonly failures: number;
  /** Epoch ms before which no unlock attempt is accepted. */
  readonly notBefore: number;
}

/** Free attempts before the delay starts. */
export const FREE_UNLOCK_ATTEMPTS = 3;
/** Longest delay between attempts. */
export const MAX_UNLOCK_DELAY_MS = 5 * 60_000;

/** Delay after the given number of consecutive failures: 0, 0, 1 s, 2 s, 4 s … up to 5 minutes. */
export function unlockDelayMs(failures: number): number {
  if (failures < FREE_UNLOCK_ATTEMPTS) return 0;
  return Math.min(MAX_UNLOCK_DELAY_MS, 1000 * 2 ** (failures - FREE_UNLOCK_ATTEMPTS));
}
