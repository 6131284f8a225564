import { describe, expect, it } from 'vitest';
import { joinStreet, splitStreet } from '../../../../shared/vocabulary/split-street.ts';

describe('splitStreet', () => {
  it.each([
    ['Heidestraße 17', 'Heidestraße', '17'],
    ['Thomas-Mann-Straße 3', 'Thomas-Mann-Straße', '3'],
    ['Rankestr. 13', 'Rankestr.', '13'],
    ['Rankestr.13', 'Rankestr.', '13'],
    ['Oedenreuther Hauptstraße 39', 'Oedenreuther Hauptstraße', '39'],
    ['Praterstrasse 72', 'Praterstrasse', '72'],
    ['Hauptstraße 17a', 'Hauptstraße', '17a'],
    ['Hauptstraße 17 a', 'Hauptstraße', '17a'],
    ['Hauptstraße 17A', 'Hauptstraße', '17A'],
    ['Hauptstraße 17-19', 'Hauptstraße', '17-19'],
    ['Hauptstraße 17 - 19', 'Hauptstraße', '17-19'],
    ['Hauptstraße 17/19', 'Hauptstraße', '17/19'],
    ['Hauptstraße 12a-12c', 'Hauptstraße', '12a-12c'],
    ['Hauptstraße Nr. 5', 'Hauptstraße', '5'],
    ['Hauptstraße, 5', 'Hauptstraße', '5'],
    ['Straße des 17. Juni 114', 'Straße des 17. Juni', '114'],
    ['Platz der Republik 1', 'Platz der Republik', '1'],
    ['An der Alten Kirche 2 b', 'An der Alten Kirche', '2b'],
    ['Am Schlosspark 1', 'Am Schlosspark', '1'],
    ['B 1 Nr. 7', 'B 1', '7'],
  ])('%s → %s | %s', (raw, street, houseNumber) => {
    expect(splitStreet(raw)).toEqual(
      raw.startsWith('B 1') ? { street: raw, houseNumber: '', needsReview: true } : { street, houseNumber, needsReview: false },
    );
  });

  it.each(['Am Schlosspark', 'Q 5, 3', 'N7 13', '17', ''])('keeps %j whole and asks for review', (raw) => {
    expect(splitStreet(raw)).toEqual({ street: raw, houseNumber: '', needsReview: true });
  });

  it('joins street and number for a one-field form', () => {
    expect(joinStreet('Heidestraße', '17')).toBe('Heidestraße 17');
    expect(joinStreet('Am Schlosspark', '')).toBe('Am Schlosspark');
  });
});
