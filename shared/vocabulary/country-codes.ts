import { COUNTRY_TABLE } from './country-table.ts';

export interface Country {
  readonly alpha2: string;
  readonly alpha3: string;
  readonly numeric: string;
  readonly nameDe: string;
  readonly nameEn: string;
}

let index: { byAlpha2: Map<string, Country>; byAlpha3: Map<string, Country> } | undefined;

/** Built on first use, so importing this module costs nothing (and bundlers can drop it). */
function countries(): { byAlpha2: Map<string, Country>; byAlpha3: Map<string, Country> } {
  if (index) return index;
  const byAlpha2 = new Map<string, Country>();
  const byAlpha3 = new Map<string, Country>();
  for (const [alpha2, alpha3, numeric, nameDe, nameEn] of COUNTRY_TABLE) {
    const country = { alpha2, alpha3, numeric, nameDe, nameEn };
    byAlpha2.set(alpha2, country);
    byAlpha3.set(alpha3, country);
  }
  index = { byAlpha2, byAlpha3 };
  return index;
}

export function countryByAlpha2(code: string): Country | undefined {
  return countries().byAlpha2.get(code.toUpperCase());
}

/**
 * ICAO 9303 code from the card → ISO 3166-1 alpha-2. ICAO writes `D` for Germany and ISO alpha-3 for
 * most others. Codes with no ISO equivalent (stateless `XXA`, refugees `XXB`/`XXC`, `XXX`, UN and
 * British variants, `RKS`) give null: store them raw, never fill them automatically (§5.4).
 */
export function icaoToAlpha2(code: string): string | null {
  const upper = code.trim().toUpperCase();
  if (upper === 'D') return 'DE';
  return countries().byAlpha3.get(upper)?.alpha2 ?? null;
}

/** Destatis Staatsangehörigkeits-/Staatenschlüssel; only Germany (`000`) is sourced so far. */
export function destatisCode(alpha2: string): string | null {
  return alpha2.toUpperCase() === 'DE' ? '000' : null;
}

/** The German adjective for a nationality field's free text; only Germany is sourced so far. */
export function nationalityAdjectiveDe(alpha2: string): string | null {
  return alpha2.toUpperCase() === 'DE' ? 'deutsch' : null;
}

/** A country typed by a user: an ISO alpha-2/alpha-3 code or a German or English name → alpha-2. */
export function parseCountryInput(text: string): string | null {
  const tidy = text.trim();
  if (/^[A-Za-z]{2}$/.test(tidy)) return countryByAlpha2(tidy)?.alpha2 ?? null;
  if (/^[A-Za-z]{3}$/.test(tidy)) return countries().byAlpha3.get(tidy.toUpperCase())?.alpha2 ?? null;
  const lower = tidy.toLocaleLowerCase('de-DE');
  if (lower === 'deutsch' || lower === 'bundesrepublik deutschland') return 'DE';
  for (const country of countries().byAlpha2.values()) {
    if (country.nameDe.toLocaleLowerCase('de-DE') === lower || country.nameEn.toLowerCase() === lower) return country.alpha2;
  }
  return null;
}
