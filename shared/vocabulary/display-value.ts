import type { AttributeId } from './attribute-ids.ts';
import { GENDER_LABELS_DE, SALUTATION_LABELS_DE } from './choice-values.ts';
import { countryByAlpha2, nationalityAdjectiveDe } from './country-codes.ts';
import { formatGermanDate } from './format-date.ts';
import { parsePartialDate } from './partial-date.ts';

/** A stored value as a German reader expects to see it: dates as TT.MM.JJJJ (or MM.JJJJ, JJJJ), codes as names. */
export function displayValue(id: AttributeId, stored: string): string {
  if (id === 'birthDate' || id === 'validUntil') {
    const full = formatGermanDate(stored);
    if (full) return full;
    const partial = parsePartialDate(stored);
    if (partial) return partial.month ? `${String(partial.month).padStart(2, '0')}.${partial.year}` : String(partial.year);
  }
  if (id === 'nationality') return nationalityAdjectiveDe(stored) ?? countryByAlpha2(stored)?.nameDe ?? stored;
  if (id === 'country' || id === 'issuingState') return countryByAlpha2(stored)?.nameDe ?? stored;
  if (id === 'gender') return lookup(GENDER_LABELS_DE, stored);
  if (id === 'salutation') return lookup(SALUTATION_LABELS_DE, stored);
  return stored;
}

const lookup = (labels: Readonly<Record<string, string>>, stored: string): string =>
  Object.hasOwn(labels, stored) ? (labels[stored] as string) : stored;
