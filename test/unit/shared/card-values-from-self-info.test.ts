import { describe, expect, it } from 'vitest';
import { cardValuesFromSelfInfo } from '../../../shared/vocabulary/card-values-from-self-info.ts';

describe('card values from a wallet read', () => {
  it('normalises the Simulator identity: names, partial-free dates, ICAO codes, ẞ street split', () => {
    const values = cardValuesFromSelfInfo({
      GivenNames: 'ERIKA',
      FamilyNames: 'MUSTERMANN',
      BirthName: 'GABLER',
      DateOfBirth: '1964-08-12+01:00',
      PlaceOfBirth: 'BERLIN',
      Nationality: 'D',
      Street: 'HEIDESTRAẞE 17',
      City: 'KÖLN',
      ZipCode: '51147',
      Country: 'D',
      DocumentType: 'ID',
      DateOfExpiry: '2029-10-31+01:00',
    });
    const byId = Object.fromEntries(values.map((v) => [v.id, v.value]));
    expect(byId).toMatchObject({
      givenNames: 'Erika',
      familyName: 'Mustermann',
      birthName: 'Gabler',
      birthDate: '1964-08-12',
      placeOfBirth: 'Berlin',
      nationality: 'DE',
      street: 'Heidestraße',
      houseNumber: '17',
      city: 'Köln',
      postalCode: '51147',
      country: 'DE',
      documentType: 'ID',
      validUntil: '2029-10-31',
    });
    expect(values.find((v) => v.id === 'street')?.raw).toBe('HEIDESTRAẞE 17');
  });

  it('keeps a partial date partial and skips unknown keys', () => {
    const values = cardValuesFromSelfInfo({ DateOfBirth: '1964-08', Whatever: 'x' });
    expect(values).toHaveLength(1);
    expect(values[0]?.value).toMatch(/^1964-08/);
  });
});
