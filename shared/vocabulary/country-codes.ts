import { COUNTRY_TABLE } from './country-table.ts';
import { NATIONALITY_TABLE } from './nationality-table.ts';

export interface Country {
  readonly alpha2: string;
  readonly alpha3: string;
  readonly numeric: string;
  readonly nameDe: string;
  readonly nameEn: string;
}

/** What German administration calls one state: its Destatis key, its short name and its adjective. */
export interface Nationality {
  readonly destatis: string;
  readonly nameDe: string;
  readonly adjectiveDe: string;
}

/**
 * ICAO 9303's code for "stateless", as a residence permit or travel document shows it. Stored as the
 * nationality itself (Destatis 997, "staatenlos"); it is never a country of an address.
 */
export const STATELESS = 'XXA';

/**
 * States that ISO 3166-1 leaves out but citizens hold: Kosovo, with the user-assigned code the EU and
 * Destatis use (XK / XKX) and ICAO's RKS on its passports.
 */
const SUPPLEMENT: readonly (readonly [string, string, string, string, string])[] = [['XK', 'XKX', '', 'Kosovo', 'Kosovo']];
const ICAO_ONLY: Readonly<Record<string, string>> = { D: 'DE', RKS: 'XK' };

interface Index {
  byAlpha2: Map<string, Country>;
  byAlpha3: Map<string, Country>;
  nationalities: Map<string, Nationality>;
  /** Lower-cased German, English and Destatis names and adjectives → alpha-2 (or XXA). */
  byName: Map<string, string>;
}
let index: Index | undefined;

const fold = (text: string): string => text.trim().toLocaleLowerCase('de-DE');

/** Built on first use, so importing this module costs nothing (and bundlers can drop it). */
function countries(): Index {
  if (index) return index;
  const byAlpha2 = new Map<string, Country>();
  const byAlpha3 = new Map<string, Country>();
  const byName = new Map<string, string>();
  for (const [alpha2, alpha3, numeric, nameDe, nameEn] of [...COUNTRY_TABLE, ...SUPPLEMENT]) {
    const country = { alpha2, alpha3, numeric, nameDe, nameEn };
    byAlpha2.set(alpha2, country);
    byAlpha3.set(alpha3, country);
    byName.set(fold(nameDe), alpha2);
    byName.set(fold(nameEn), alpha2);
  }
  const nationalities = new Map<string, Nationality>();
  for (const [alpha2, destatis, nameDe, adjectiveDe] of NATIONALITY_TABLE) {
    nationalities.set(alpha2, { destatis, nameDe, adjectiveDe });
    // The first owner of a word keeps it: "chinesisch" is China's, not Hong Kong's.
    if (!byName.has(fold(nameDe))) byName.set(fold(nameDe), alpha2);
    if (!byName.has(fold(adjectiveDe))) byName.set(fold(adjectiveDe), alpha2);
  }
  byName.set('bundesrepublik deutschland', 'DE');
  index = { byAlpha2, byAlpha3, nationalities, byName };
  return index;
}

export function countryByAlpha2(code: string): Country | undefined {
  return countries().byAlpha2.get(code.toUpperCase());
}

/** The Destatis key, list name and adjective of a state (or of STATELESS); undefined for territories. */
export function nationalityOf(code: string): Nationality | undefined {
  return countries().nationalities.get(code.toUpperCase());
}

/**
 * ICAO 9303 code from the card → ISO 3166-1 alpha-2. ICAO writes `D` for Germany, `RKS` for Kosovo and
 * ISO alpha-3 for most others. Codes with no state behind them (refugees `XXB`/`XXC`, `XXX`, UN and
 * British variants) give null: store them raw, never fill them automatically (§5.4).
 */
export function icaoToAlpha2(code: string): string | null {
  const upper = code.trim().toUpperCase();
  return ICAO_ONLY[upper] ?? countries().byAlpha3.get(upper)?.alpha2 ?? null;
}

/** A nationality from the card: a state as in icaoToAlpha2, or STATELESS for `XXA`. */
export function icaoToNationality(code: string): string | null {
  return code.trim().toUpperCase() === STATELESS ? STATELESS : icaoToAlpha2(code);
}

/** Destatis Staatsangehörigkeitsschlüssel ("000" Germany, "163" Türkei, "997" staatenlos); null for territories. */
export function destatisCode(code: string): string | null {
  return nationalityOf(code)?.destatis ?? null;
}

/** The German adjective a free-text Staatsangehörigkeit field expects ("deutsch", "türkisch", "staatenlos"). */
export function nationalityAdjectiveDe(code: string): string | null {
  return nationalityOf(code)?.adjectiveDe ?? null;
}

/**
 * A country typed by a user: an ISO alpha-2/alpha-3 code, or a German, English or Destatis name → alpha-2.
 * For a nationality also its adjective ("polnisch") and "staatenlos" (→ STATELESS).
 */
/** The one adjective still read as a country (see parseCountryInput). */
const ADJECTIVE_KEPT_AS_COUNTRY = 'DE';

export function parseCountryInput(text: string, options: { nationality?: boolean } = {}): string | null {
  const tidy = text.trim();
  if (/^[A-Za-z]{2}$/.test(tidy)) return countryByAlpha2(tidy)?.alpha2 ?? null;
  if (/^[A-Za-z]{3}$/.test(tidy)) {
    const upper = tidy.toUpperCase();
    if (upper === STATELESS) return options.nationality ? STATELESS : null;
    const code = countries().byAlpha3.get(upper)?.alpha2 ?? ICAO_ONLY[upper];
    if (code) return code;
  }
  const found = countries().byName.get(fold(tidy)) ?? null;
  if (found === STATELESS && !options.nationality) return null;
  // An adjective names a nationality, not a place: "türkisch" is no country of an address. "deutsch"
  // is the one exception, kept on purpose: it was accepted for the country before the adjectives of all
  // states came, and a citizen who typed it then must not be refused now.
  if (found && !options.nationality && found !== ADJECTIVE_KEPT_AS_COUNTRY && fold(nationalityOf(found)?.adjectiveDe ?? '') === fold(tidy))
    return null;
  return found;
}
