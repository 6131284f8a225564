import { titleCaseWords } from './title-case-words.ts';

const LOWER_AFTER_FIRST = new Set([
  'am',
  'an',
  'auf',
  'bei',
  'im',
  'in',
  'ob',
  'vor',
  'der',
  'die',
  'das',
  'des',
  'dem',
  'den',
  'zum',
  'zur',
  'und',
  'a.',
  'd.',
  'a.d.',
  'i.',
  'v.',
  'b.',
]);

/**
 * Places and streets from the card: `FRANKFURT AM MAIN` → `Frankfurt am Main`, `HEIDESTRAẞE` →
 * `Heidestraße`, `STRASSE` → `Strasse` (no guessing of ß), `HALLE (SAALE)` → `Halle (Saale)`,
 * `RANKESTR.` → `Rankestr.` (abbreviations stay).
 */
export function normalisePlaceName(raw: string): string {
  return titleCaseWords(raw, { alwaysLower: new Set(), lowerAfterFirst: LOWER_AFTER_FIRST });
}
