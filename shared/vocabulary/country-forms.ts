import type { AttributeId } from './attribute-ids.ts';
import { countryByAlpha2, destatisCode, nationalityAdjectiveDe } from './country-codes.ts';

/** The ways a form may write one country: codes for option values, names for option texts and text fields. */
export interface CountryForms {
  /** ISO alpha-2, alpha-3, numeric, and the Destatis key where one is sourced. */
  readonly codes: string[];
  /** German name first (the text a field gets), then English and official variants. */
  readonly names: string[];
  /** "deutsch": what a free-text Staatsangehörigkeit field gets. */
  readonly adjective?: string;
}

const COUNTRY_ATTRIBUTES: readonly AttributeId[] = ['country', 'nationality', 'issuingState'];

export function countryForms(alpha2: string): CountryForms | null {
  const country = countryByAlpha2(alpha2);
  if (!country) return null;
  const destatis = destatisCode(country.alpha2);
  const adjective = nationalityAdjectiveDe(country.alpha2);
  return {
    codes: [country.alpha2, country.alpha3, country.numeric, ...(destatis ? [destatis] : [])],
    names: [country.nameDe, country.nameEn, ...(country.alpha2 === 'DE' ? ['Bundesrepublik Deutschland'] : [])],
    ...(adjective ? { adjective } : {}),
  };
}

/**
 * The forms of the countries among these attribute values, keyed by alpha-2. The background sends
 * them with a fill, so the content script needs no country table of its own (it would be the
 * largest part of the script injected into every portal page).
 */
export function countryFormsFor(attributes: Partial<Record<AttributeId, string>>): Record<string, CountryForms> {
  const forms: Record<string, CountryForms> = {};
  for (const id of COUNTRY_ATTRIBUTES) {
    const alpha2 = attributes[id];
    const found = alpha2 ? countryForms(alpha2) : null;
    if (alpha2 && found) forms[alpha2] = found;
  }
  return forms;
}
