import { describe, expect, it } from 'vitest';
import { trustGap, type TrustGap, type TrustGapInput } from '../../../../shared/domain/trust-gap.ts';

const base: TrustGapInput = { required: 'high', account: null, data: [], portalHasEid: true, portalHasUpgradePage: true };

describe('trustGap: what the citizen has against what the page needs, and what closes the gap', () => {
  it.each<[string, Partial<TrustGapInput>, TrustGap]>([
    [
      '"niedrig" is met by any account and any data; nothing to offer',
      { required: 'low', data: ['low'] },
      { account: 'meets', data: 'meets', steps: [] },
    ],
    ['"niedrig" with no data stored: still nothing to offer', { required: 'low' }, { account: 'meets', data: 'none', steps: [] }],
    [
      '"hoch", account not known, typed data: the upgrade page, then the card',
      { data: ['low', 'high'] },
      { account: 'unknown', data: 'below', steps: ['upgrade-page', 'read-card'] },
    ],
    [
      '"hoch" after an eID sign-in, all data from the card: met',
      { account: 'high', data: ['high', 'high'] },
      { account: 'meets', data: 'meets', steps: [] },
    ],
    [
      '"hoch", no upgrade page: an eID sign-in instead',
      { portalHasUpgradePage: false, data: ['high'] },
      { account: 'unknown', data: 'meets', steps: ['eid-signin'] },
    ],
    [
      '"hoch", no eID at this portal and no upgrade page: only the card for the data',
      { portalHasUpgradePage: false, portalHasEid: false, data: ['low'] },
      { account: 'unknown', data: 'below', steps: ['read-card'] },
    ],
    [
      '"substanziell" is met by an eID sign-in ("hoch")',
      { required: 'substantial', account: 'high', data: ['high'] },
      { account: 'meets', data: 'meets', steps: [] },
    ],
    [
      '"hoch" with no data stored: reading the card fills the vault',
      { account: 'high' },
      { account: 'meets', data: 'none', steps: ['read-card'] },
    ],
    [
      'an account known only as "substanziell" is below "hoch"',
      { account: 'substantial', data: ['high'] },
      { account: 'below', data: 'meets', steps: ['upgrade-page'] },
    ],
  ])('%s', (_name, input, expected) => {
    expect(trustGap({ ...base, ...input })).toEqual(expected);
  });
});
