/** Longest street string we split; longer input is kept whole. */
export const MAX_STREET_CHARS = 200;

export interface SplitStreet {
  readonly street: string;
  readonly houseNumber: string;
  /** True when no house number could be split off safely: the user should check the pair. */
  readonly needsReview: boolean;
}

// Last token: digits, optional letter, optional range or second number (17, 17a, 17 a, 17-19, 17/19, 12a-12c).
const TRAILING_NUMBER = /^(.*?)(?:[\s,]+(?:Nr\.?\s*)?|(?<=\.))(\d{1,5}(?:\s?[a-zA-Z])?(?:\s?[-/]\s?\d{1,5}(?:\s?[a-zA-Z])?)?)$/u;
// Mannheim squares (`Q 5, 3`, `N7 13`): a letter and a number name the block, not the street.
const SQUARE_ADDRESS = /^[A-Z]\s?\d{1,2}\b/u;

/**
 * Splits one "street and number" string on its last house-number token (docs/ATTRIBUTES.md §5.2):
 * `Straße des 17. Juni 114` → `Straße des 17. Juni` + `114`; `Hauptstraße Nr. 5` → `Hauptstraße` + `5`.
 */
export function splitStreet(raw: string): SplitStreet {
  const tidy = raw.trim().replace(/\s+/g, ' ');
  if (tidy.length > MAX_STREET_CHARS || SQUARE_ADDRESS.test(tidy)) return { street: tidy, houseNumber: '', needsReview: true };
  const match = TRAILING_NUMBER.exec(tidy);
  const street = match?.[1]?.replace(/[\s,]+$/, '') ?? '';
  if (!match || street === '') return { street: tidy, houseNumber: '', needsReview: true };
  const houseNumber = (match[2] as string).replace(/\s*([-/])\s*/g, '$1').replace(/(\d)\s([a-zA-Z])/g, '$1$2');
  return { street, houseNumber, needsReview: false };
}

/** The one-field form of a split address: street, a space, the number. */
export function joinStreet(street: string, houseNumber: string): string {
  return houseNumber ? `${street} ${houseNumber}` : street;
}
