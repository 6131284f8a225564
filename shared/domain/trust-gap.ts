import { TRUST_LEVELS, type TrustLevel } from './trust-level.ts';

/** A step that closes a gap between what a service needs and what the citizen has (docs/PORTALS.md §16). */
export type TrustStep = 'upgrade-page' | 'eid-signin' | 'read-card';

export interface TrustGapInput {
  readonly required: TrustLevel;
  /**
   * The account's level as Amtspass knows it: `high` only after an eID sign-in through Amtspass on this
   * portal, otherwise null (not known). Amtspass never infers `substantial`: it would claim what it did
   * not see.
   */
  readonly account: TrustLevel | null;
  /** The trust of each stored attribute of the citizen; empty when the vault holds none (or is locked). */
  readonly data: readonly TrustLevel[];
  /** The portal signs in with the Online-Ausweis (it has eID origins). */
  readonly portalHasEid: boolean;
  /** The portal has an account page that raises the level. */
  readonly portalHasUpgradePage: boolean;
}

export interface TrustGap {
  /** `unknown`: Amtspass cannot tell (no eID sign-in seen here); never guessed upward. */
  readonly account: 'meets' | 'below' | 'unknown';
  /** `none`: no stored data to judge. */
  readonly data: 'meets' | 'below' | 'none';
  /** What closes the gaps, in the order to offer them. */
  readonly steps: readonly TrustStep[];
}

const rank = (level: TrustLevel): number => TRUST_LEVELS.indexOf(level);

/**
 * The gap between what a page needs and what the citizen's account and data have, and the steps that
 * close it. `low` is met by anything; an account Amtspass did not see sign in with the eID is `unknown`
 * and, where more than `low` is needed, gets the step that proves it (the portal's upgrade page, else an
 * eID sign-in). Typed data below the level gets "read the card", whose values are `high`.
 */
export function trustGap(input: TrustGapInput): TrustGap {
  const needsMore = rank(input.required) > rank('low');
  const account = !needsMore
    ? 'meets'
    : input.account === null
      ? 'unknown'
      : rank(input.account) >= rank(input.required)
        ? 'meets'
        : 'below';
  const data = input.data.length === 0 ? 'none' : input.data.every((level) => rank(level) >= rank(input.required)) ? 'meets' : 'below';
  const steps: TrustStep[] = [];
  if (account !== 'meets') {
    if (input.portalHasUpgradePage) steps.push('upgrade-page');
    else if (input.portalHasEid) steps.push('eid-signin');
  }
  if (needsMore && data !== 'meets') steps.push('read-card');
  return { account, data, steps };
}
