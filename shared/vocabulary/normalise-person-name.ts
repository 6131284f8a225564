import { titleCaseWords } from './title-case-words.ts';

const ALWAYS_LOWER = new Set(['von', 'vom', 'zu', 'zum', 'zur', 'und']);
const LOWER_AFTER_FIRST = new Set(['van', 'de', 'der', 'den', 'di', 'da', 'la', 'le']);

/**
 * Given names, family and birth names from the card: `ERIKA` → `Erika`, `VON UND ZU GUTTENBERG` →
 * `von und zu Guttenberg`, `VAN DER BERG` → `Van der Berg` (the card cannot say whether the family
 * writes `van`; the user sees the result before it is stored).
 */
export function normalisePersonName(raw: string): string {
  return titleCaseWords(raw, { alwaysLower: ALWAYS_LOWER, lowerAfterFirst: LOWER_AFTER_FIRST });
}

/** `DR.` → `Dr.`, `PROF. DR.` → `Prof. Dr.`, `DR.HC.` → `Dr.hc.`, `DR. RER. NAT.` → `Dr. rer. nat.` */
export function normaliseDoctoralDegree(raw: string): string {
  const tidy = raw.trim().replace(/\s+/g, ' ');
  if (/\p{Ll}/u.test(tidy)) return tidy;
  return tidy
    .toLocaleLowerCase('de-DE')
    .replace(/(^|\s)(dr|prof)\b/g, (_m, space: string, word: string) => space + word.charAt(0).toUpperCase() + word.slice(1));
}
