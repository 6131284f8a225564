import type { AttributeId } from './attribute-ids.ts';
import { countryByAlpha2, nationalityOf, STATELESS } from './country-codes.ts';

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

/**
 * The browser's own names for a region ("Russland" beside ISO's "Russische Föderation"): option lists
 * are written with either. Absent where Intl has no display names.
 */
function displayNames(alpha2: string): string[] {
  try {
    return ['de', 'en']
      .map((locale) => new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }).of(alpha2) ?? '')
      .filter(Boolean);
  } catch {
    return [];
  }
}

const unique = (items: readonly string[]): string[] => [...new Set(items.filter(Boolean))];

export function countryForms(code: string, attribute: AttributeId = 'country'): CountryForms | null {
  const nationality = nationalityOf(code);
  if (code.toUpperCase() === STATELESS) {
    // Stateless is a nationality only; no address lies in it.
    if (attribute !== 'nationality' || !nationality) return null;
    return {
      codes: [STATELESS, nationality.destatis],
      names: ['staatenlos', 'ohne Staatsangehörigkeit', 'stateless'],
      adjective: nationality.adjectiveDe,
    };
  }
  const country = countryByAlpha2(code);
  if (!country) return null;
  return {
    codes: unique([country.alpha2, country.alpha3, country.numeric, nationality?.destatis ?? '']),
    // The German ISO name first (what a text field gets), then the names lists are written with.
    names: unique([
      country.nameDe,
      country.nameEn,
      nationality?.nameDe ?? '',
      ...displayNames(country.alpha2),
      ...(country.alpha2 === 'DE' ? ['Bundesrepublik Deutschland'] : []),
    ]),
    ...(nationality ? { adjective: nationality.adjectiveDe } : {}),
  };
}

/**
 * The forms of the countries among these attribute values, keyed by stored code. The background sends
 * them with a fill, so the content script needs no country table of its own (it would be the
 * largest part of the script injected into every portal page).
 */
export function countryFormsFor(attributes: Partial<Record<AttributeId, string>>): Record<string, CountryForms> {
  const forms: Record<string, CountryForms> = {};
  for (const id of COUNTRY_ATTRIBUTES) {
    const code = attributes[id];
    const found = code ? countryForms(code, id) : null;
    if (code && found) forms[code] = found;
  }
  return forms;
}
