import { memoize } from './memoize.ts';

/**
 * Label and name text for matching (docs/ATTRIBUTES.md §7.2): lower case, umlauts and ß folded
 * (ä→ae, ö→oe, ü→ue, ß→ss), required markers, "(optional)", "(Pflichtfeld)", a leading "ggf."
 * and punctuation removed, white space collapsed.
 */
export const foldText: (text: string) => string = memoize(fold);

// Pages repeat the same texts (legends, headings, option labels) hundreds of times; folding each
// once (a bounded memo, memoize.ts) keeps classification linear.
function fold(text: string): string {
  // toLowerCase, not toLocaleLowerCase: the same for German letters and many times faster.
  let folded = text.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
  // Other accents (é, ç, İ) only when something outside ASCII is left; normalising is the slow part.
  if (/[^ -~]/.test(folded)) folded = folded.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return folded
    .replace(/\((pflichtfeld|optional|freiwillig|erforderlich|required|falls vorhanden|wenn vorhanden)\)/g, ' ')
    .replace(/^\s*(ggf\.?|ggfs\.?|gegebenenfalls)\s+/, '')
    .replace(/[*:]+/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Tokens of a `name` or `id`: split at punctuation, digits-to-letters changes and camelCase, folded.
 * `geburtsdatum.day` → [geburtsdatum, day]; `customerEmail` → [customer, email].
 */
export const nameTokens: (text: string) => readonly string[] = memoize(splitName);

function splitName(text: string): string[] {
  return foldText(text.replace(/([a-zäöü])([A-ZÄÖÜ])/g, '$1 $2').replace(/([a-zA-Z])(\d)|(\d)([a-zA-Z])/g, '$1$3 $2$4'))
    .split(' ')
    .filter((token) => token.length > 0);
}
