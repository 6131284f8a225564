import type { AttributeId } from './attribute-ids.ts';
import { icaoToAlpha2, icaoToNationality } from './country-codes.ts';
import { parsePartialDate, toStoredDate } from './partial-date.ts';
import { normaliseDoctoralDegree, normalisePersonName } from './normalise-person-name.ts';
import { normalisePlaceName } from './normalise-place-name.ts';

/** A card value after normalisation; `raw` is kept so normalisation can be improved and re-run. */
export interface CardValue {
  readonly id: AttributeId;
  readonly value: string;
  readonly raw: string;
  /** Set when the value could not be normalised safely and the user should look (§5.2, §5.4). */
  readonly needsReview: boolean;
}

/**
 * One value as the ID card delivered it (self-information JSON) → the stored form. Street and
 * number arrive together and are split by `splitStreet` before this is called.
 */
export function normaliseCardValue(id: AttributeId, raw: string): CardValue {
  const keep = (value: string, needsReview = false): CardValue => ({ id, value, raw, needsReview });
  switch (id) {
    case 'givenNames':
    case 'familyName':
    case 'birthName':
    case 'artisticName':
      return keep(normalisePersonName(raw));
    case 'doctoralDegree':
      return keep(normaliseDoctoralDegree(raw));
    case 'placeOfBirth':
    case 'city':
    case 'street':
      return keep(normalisePlaceName(raw));
    case 'birthDate':
    case 'validUntil': {
      const date = parsePartialDate(raw);
      return date ? keep(toStoredDate(date)) : keep(raw.trim(), true);
    }
    case 'nationality':
    case 'country':
    case 'issuingState': {
      const code = id === 'nationality' ? icaoToNationality(raw) : icaoToAlpha2(raw);
      return code ? keep(code) : keep(raw.trim().toUpperCase(), true);
    }
    default:
      return keep(raw.trim());
  }
}
