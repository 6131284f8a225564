import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { FillApplySchema } from '../../../../shared/protocol/tab-protocol.ts';
import { countryForms, countryFormsFor } from '../../../../shared/vocabulary/country-forms.ts';
import { COUNTRY_TABLE } from '../../../../shared/vocabulary/country-table.ts';

describe('countryForms: how a fill may write a stored country', () => {
  it('gives Germany its codes (ISO and Destatis 000), names and the adjective "deutsch"', () => {
    expect(countryForms('DE')).toEqual({
      codes: ['DE', 'DEU', '276', '000'],
      names: ['Deutschland', 'Germany', 'Bundesrepublik Deutschland'],
      adjective: 'deutsch',
    });
  });

  it.each([
    ['TR', ['TR', 'TUR', '792', '163'], 'Türkei', 'türkisch'],
    ['PL', ['PL', 'POL', '616', '152'], 'Polen', 'polnisch'],
    ['SY', ['SY', 'SYR', '760', '475'], 'Arabische Republik Syrien', 'syrisch'],
    ['UA', ['UA', 'UKR', '804', '166'], 'Ukraine', 'ukrainisch'],
    ['GB', ['GB', 'GBR', '826', '168'], 'Vereinigtes Königreich', 'britisch'],
    ['XK', ['XK', 'XKX', '150'], 'Kosovo', 'kosovarisch'],
  ])('gives %s its ISO and Destatis codes, the Destatis list name and the adjective', (code, codes, listName, adjective) => {
    const forms = countryForms(code, 'nationality');
    expect(forms?.codes).toEqual(codes);
    expect(forms?.names).toContain(listName);
    expect(forms?.adjective).toBe(adjective);
  });

  it('adds the names the browser knows, so "Russland" matches as well as "Russische Föderation"', () => {
    expect(countryForms('RU')?.names).toEqual(expect.arrayContaining(['Russische Föderation', 'Russland', 'Russia']));
  });

  it('knows "staatenlos" as a nationality only, never as a country of an address', () => {
    expect(countryForms('XXA', 'nationality')).toEqual({
      codes: ['XXA', '997'],
      names: ['staatenlos', 'ohne Staatsangehörigkeit', 'stateless'],
      adjective: 'staatenlos',
    });
    expect(countryForms('XXA', 'country')).toBeNull();
    expect(countryForms('XX')).toBeNull();
  });

  it('gives a territory without a Destatis key its ISO codes and names and no adjective', () => {
    expect(countryForms('PR')?.codes).toEqual(['PR', 'PRI', '630']);
    expect(countryForms('PR')?.names).toContain('Puerto Rico');
    expect(countryForms('PR')?.adjective).toBeUndefined();
  });

  it('collects only the country attributes of a fill, keyed by stored code', () => {
    const forms = countryFormsFor({ nationality: 'XXA', country: 'AT', city: 'Köln', familyName: 'DE' });
    expect(Object.keys(forms).sort()).toEqual(['AT', 'XXA']);
  });

  it('keeps every country within the fill message bounds', () => {
    const base = { attributes: {}, kinds: [], origin: 'https://id.bund.de', url: 'https://id.bund.de/de/registrierung', submit: false };
    for (const alpha2 of [...COUNTRY_TABLE.map(([code]) => code), 'XK', 'XXA']) {
      const forms = countryForms(alpha2, 'nationality');
      expect(v.safeParse(FillApplySchema, { ...base, countries: { [alpha2]: forms } }).success, alpha2).toBe(true);
    }
  });

  it('is bounded in the fill message: three countries per person at most, codes and names short', () => {
    const base = { attributes: {}, kinds: [], origin: 'https://id.bund.de', url: 'https://id.bund.de/de/registrierung', submit: false };
    const one = countryForms('DE');
    expect(v.safeParse(FillApplySchema, { ...base, countries: { DE: one } }).success).toBe(true);
    expect(
      v.safeParse(FillApplySchema, { ...base, countries: Object.fromEntries(['DE', 'AT', 'CH', 'FR'].map((c) => [c, one])) }).success,
    ).toBe(true);
    expect(
      v.safeParse(FillApplySchema, { ...base, countries: Object.fromEntries(COUNTRY_TABLE.slice(0, 40).map(([c]) => [c, one])) }).success,
    ).toBe(false);
    expect(v.safeParse(FillApplySchema, { ...base, countries: { de: one } }).success).toBe(false);
    expect(v.safeParse(FillApplySchema, { ...base, countries: { DE: { codes: ['x'.repeat(9)], names: ['Deutschland'] } } }).success).toBe(
      false,
    );
  });
});
