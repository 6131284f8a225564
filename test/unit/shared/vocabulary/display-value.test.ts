import { describe, expect, it } from 'vitest';
import { displayValue } from '../../../../shared/vocabulary/display-value.ts';
import type { AttributeId } from '../../../../shared/vocabulary/attribute-ids.ts';

/** Stored value → what the citizen reads in the popup, the options page and the confirm window. */
const table: [AttributeId, string, string][] = [
  ['birthDate', '1964-08-12', '12.08.1964'],
  ['birthDate', '1964-08', '08.1964'],
  ['birthDate', '1964', '1964'],
  ['validUntil', '2031-10-31', '31.10.2031'],
  ['nationality', 'DE', 'deutsch'],
  ['nationality', 'XK', 'kosovarisch'],
  ['country', 'AT', 'Österreich'],
  ['issuingState', 'FR', 'Frankreich'],
  ['gender', 'female', 'weiblich'],
  ['gender', 'unspecified', 'ohne Angabe'],
  ['salutation', 'frau', 'Frau'],
  ['salutation', 'none', 'keine Anrede'],
  // Anything unknown is shown as stored, never dropped.
  ['salutation', 'toString', 'toString'],
  ['country', 'ZZ', 'ZZ'],
  ['givenNames', 'Erika', 'Erika'],
];

describe('displayValue', () => {
  for (const [id, stored, shown] of table) {
    it(`${id} ${JSON.stringify(stored)} → ${JSON.stringify(shown)}`, () => expect(displayValue(id, stored)).toBe(shown));
  }
});
