import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { FillApplySchema } from '../../../../shared/protocol/tab-protocol.ts';
import { countryForms, countryFormsFor } from '../../../../shared/vocabulary/country-forms.ts';

describe('countryForms: how a fill may write a stored country', () => {
  it('gives Germany its codes (ISO and Destatis 000), names and the adjective "deutsch"', () => {
    expect(countryForms('DE')).toEqual({ codes: ['DE', 'DEU', '276', '000'], names: ['Deutschland', 'Germany', 'Bundesrepublik Deutschland'], adjective: 'deutsch' });
  });

  it('gives other countries ISO codes and names, no adjective that is not sourced', () => {
    expect(countryForms('at')).toEqual({ codes: ['AT', 'AUT', '040'], names: ['Österreich', 'Austria'] });
    expect(countryForms('XX')).toBeNull();
  });

  it('collects only the country attributes of a fill, keyed by alpha-2', () => {
    const forms = countryFormsFor({ nationality: 'DE', country: 'AT', city: 'Köln', familyName: 'DE' });
    expect(Object.keys(forms).sort()).toEqual(['AT', 'DE']);
  });

  it('is bounded in the fill message: at most three countries, codes and names short', () => {
    const base = { attributes: {}, kinds: [], origin: 'https://id.bund.de', url: 'https://id.bund.de/de/registrierung', submit: false };
    const one = countryForms('DE');
    expect(v.safeParse(FillApplySchema, { ...base, countries: { DE: one } }).success).toBe(true);
    expect(v.safeParse(FillApplySchema, { ...base, countries: { DE: one, AT: one, CH: one, FR: one } }).success).toBe(false);
    expect(v.safeParse(FillApplySchema, { ...base, countries: { de: one } }).success).toBe(false);
    expect(v.safeParse(FillApplySchema, { ...base, countries: { DE: { codes: ['x'.repeat(9)], names: ['Deutschland'] } } }).success).toBe(false);
  });
});
