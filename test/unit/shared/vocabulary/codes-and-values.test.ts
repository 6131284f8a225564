import { describe, expect, it } from 'vitest';
import {
  countryByAlpha2,
  destatisCode,
  icaoToAlpha2,
  icaoToNationality,
  nationalityAdjectiveDe,
  parseCountryInput,
} from '../../../../shared/vocabulary/country-codes.ts';
import { NATIONALITY_TABLE } from '../../../../shared/vocabulary/nationality-table.ts';
import { normaliseCardValue } from '../../../../shared/vocabulary/normalise-card-value.ts';
import { MAX_ATTRIBUTE_VALUE_CHARS, normaliseUserValue } from '../../../../shared/vocabulary/normalise-user-value.ts';
import { groupIban, normaliseIban } from '../../../../shared/vocabulary/validate-iban.ts';
import { normaliseTaxId } from '../../../../shared/vocabulary/validate-tax-id.ts';

describe('country and nationality codes', () => {
  it.each([
    ['D', 'DE'],
    ['AZE', 'AZ'],
    ['AUT', 'AT'],
    ['FRA', 'FR'],
    ['TUR', 'TR'],
    ['POL', 'PL'],
    ['UKR', 'UA'],
    ['SYR', 'SY'],
    ['d', 'DE'],
    ['XXA', null],
    ['XXB', null],
    ['XXX', null],
    ['GBD', null],
    ['UNO', null],
    ['RKS', 'XK'],
    ['DEU', 'DE'],
  ])('ICAO %s → %s', (icao, alpha2) => {
    expect(icaoToAlpha2(icao)).toBe(alpha2);
  });

  it('knows alpha-3, numeric, German names, Destatis and the adjective for Germany', () => {
    expect(countryByAlpha2('DE')).toEqual({ alpha2: 'DE', alpha3: 'DEU', numeric: '276', nameDe: 'Deutschland', nameEn: 'Germany' });
    expect(countryByAlpha2('AT')?.nameDe).toBe('Österreich');
    expect(destatisCode('DE')).toBe('000');
    expect(nationalityAdjectiveDe('DE')).toBe('deutsch');
  });

  it('has a Destatis key and an adjective for every state Destatis lists, and for the stateless', () => {
    expect(NATIONALITY_TABLE.length).toBeGreaterThanOrEqual(195);
    for (const [code, destatis, name, adjective] of NATIONALITY_TABLE) {
      expect(code === 'XXA' || countryByAlpha2(code) !== undefined, code).toBe(true);
      expect(destatis, code).toMatch(/^\d{3}$/);
      expect(name.length, code).toBeGreaterThan(0);
      expect(adjective, code).toMatch(/^[a-zäöüß]/);
    }
    expect(new Set(NATIONALITY_TABLE.map(([, destatis]) => destatis)).size).toBe(NATIONALITY_TABLE.length);
    expect([destatisCode('AT'), nationalityAdjectiveDe('AT')]).toEqual(['151', 'österreichisch']);
    expect([destatisCode('XXA'), nationalityAdjectiveDe('XXA')]).toEqual(['997', 'staatenlos']);
    expect([destatisCode('PR'), nationalityAdjectiveDe('PR')]).toEqual([null, null]);
  });

  it("reads the card's ICAO XXA as stateless for a nationality only", () => {
    expect(icaoToNationality('XXA')).toBe('XXA');
    expect(icaoToNationality('TUR')).toBe('TR');
    expect(icaoToNationality('XXB')).toBeNull();
    expect(normaliseCardValue('nationality', 'XXA')).toMatchObject({ value: 'XXA' });
    expect(normaliseCardValue('country', 'XXA')).toMatchObject({ needsReview: true });
  });

  it.each([
    ['Deutschland', 'DE'],
    ['deutsch', 'DE'],
    ['Österreich', 'AT'],
    ['Germany', 'DE'],
    ['de', 'DE'],
    ['AUT', 'AT'],
    ['Atlantis', null],
    ['Russische Föderation', 'RU'],
    ['Vereinigte Staaten', 'US'],
    ['Kosovo', 'XK'],
    ['RKS', 'XK'],
    ['türkisch', null],
    ['staatenlos', null],
  ])('reads %s as the country %s', (text, code) => {
    expect(parseCountryInput(text)).toBe(code);
  });

  it.each([
    ['türkisch', 'TR'],
    ['Polnisch', 'PL'],
    ['staatenlos', 'XXA'],
    ['XXA', 'XXA'],
    ['syrisch', 'SY'],
    ['chinesisch', 'CN'],
    ['kosovarisch', 'XK'],
    ['Türkei', 'TR'],
  ])('reads %s as the nationality %s', (text, code) => {
    expect(parseCountryInput(text, { nationality: true })).toBe(code);
    expect(normaliseUserValue('nationality', text)).toEqual({ ok: true, value: code });
  });
});

describe('IBAN and tax id', () => {
  it.each([
    ['DE89 3704 0044 0532 0130 00', 'DE89370400440532013000'],
    ['de89370400440532013000', 'DE89370400440532013000'],
    ['AT61 1904 3002 3457 3201', 'AT611904300234573201'],
    ['GB29 NWBK 6016 1331 9268 19', 'GB29NWBK60161331926819'],
    ['DE89 3704 0044 0532 0130 01', null],
    ['DE8937040044053201300', null],
    ['DE00', null],
  ])('%s → %s', (raw, iban) => {
    expect(normaliseIban(raw)).toBe(iban);
  });

  it('groups an IBAN in fours', () => {
    expect(groupIban('DE89370400440532013000')).toBe('DE89 3704 0044 0532 0130 00');
  });

  it.each([
    ['86095742719', '86095742719'],
    ['86 095 742 719', '86095742719'],
    ['65929970489', '65929970489'],
    ['86095742718', null],
    ['06095742719', null],
    ['8609574271', null],
  ])('tax id %s → %s', (raw, taxId) => {
    expect(normaliseTaxId(raw)).toBe(taxId);
  });
});

describe('normaliseUserValue', () => {
  it.each([
    ['givenNames', '  Erika   Maria ', 'Erika Maria'],
    ['birthDate', '12.08.1964', '1964-08-12'],
    ['iban', 'de89 3704 0044 0532 0130 00', 'DE89370400440532013000'],
    ['postalCode', '01067', '01067'],
    ['nationality', 'deutsch', 'DE'],
    ['country', 'Österreich', 'AT'],
    ['gender', 'weiblich', 'female'],
    ['salutation', 'Herr', 'herr'],
    ['email', 'erika@example.de', 'erika@example.de'],
  ] as const)('%s %j → %j', (id, input, value) => {
    expect(normaliseUserValue(id, input)).toEqual({ ok: true, value });
  });

  it.each([
    ['givenNames', '   ', 'empty'],
    ['givenNames', 'x'.repeat(MAX_ATTRIBUTE_VALUE_CHARS + 1), 'too-long'],
    ['familyName', 'Muster\u202Emann', 'invalid-characters'],
    ['birthDate', '31.02.1964', 'invalid-date'],
    ['iban', 'DE00 0000', 'invalid-iban'],
    ['taxId', '12345678901', 'invalid-tax-id'],
    ['postalCode', '1', 'invalid-postal-code'],
    ['email', 'erika', 'invalid-email'],
    ['nationality', 'Atlantis', 'invalid-country'],
    ['gender', 'vielleicht', 'invalid-choice'],
  ] as const)('%s %j is refused: %s', (id, input, reason) => {
    expect(normaliseUserValue(id, input)).toEqual({ ok: false, reason });
  });
});

describe('normaliseCardValue (simulator identity, docs/EID.md §9)', () => {
  it.each([
    ['givenNames', 'ERIKA', 'Erika', false],
    ['familyName', 'MUSTERMANN', 'Mustermann', false],
    ['birthName', 'GABLER', 'Gabler', false],
    ['birthDate', '19640812', '1964-08-12', false],
    ['placeOfBirth', 'BERLIN', 'Berlin', false],
    ['nationality', 'D', 'DE', false],
    ['city', 'KÖLN', 'Köln', false],
    ['country', 'D', 'DE', false],
    ['validUntil', '20291031', '2029-10-31', false],
    ['nationality', 'XXA', 'XXA', false],
    ['nationality', 'XXB', 'XXB', true],
    ['birthDate', 'xx.08.1964', 'xx.08.1964', true],
  ] as const)('%s %s → %s', (id, raw, value, needsReview) => {
    expect(normaliseCardValue(id, raw)).toEqual({ id, value, raw, needsReview });
  });
});
