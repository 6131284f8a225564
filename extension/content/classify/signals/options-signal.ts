import type { LexiconEvidence } from './label-signal.ts';
import { foldText } from '../fold-text.ts';

const LAENDER = [
  'baden wuerttemberg',
  'bayern',
  'berlin',
  'brandenburg',
  'bremen',
  'hamburg',
  'hessen',
  'mecklenburg vorpommern',
  'niedersachsen',
  'nordrhein westfalen',
  'rheinland pfalz',
  'saarland',
  'sachsen',
  'sachsen anhalt',
  'schleswig holstein',
  'thueringen',
];
/** Month names in German and English, whole and abbreviated ("Jan", "Mär", "Sept"): a select of twelve of them is a month. */
const MONTHS = new Set([
  'januar',
  'februar',
  'maerz',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'dezember',
  'january',
  'february',
  'march',
  'may',
  'june',
  'july',
  'october',
  'december',
  'jan',
  'feb',
  'mrz',
  'maer',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'okt',
  'oct',
  'nov',
  'dez',
  'dec',
]);

/**
 * What a select's or radio group's options say: Anrede (Herr/Frau), Geschlecht (männlich/weiblich),
 * a nationality list (adjectives such as "deutsch"), a country list, or the parts of a date.
 */
export function optionsSignal(options: readonly { value: string; text: string }[]): LexiconEvidence[] {
  if (options.length < 2) return [];
  const texts = options.map((o) => foldText(o.text));
  const values = options.map((o) => o.value.trim().toUpperCase());
  const has = (word: string): boolean => texts.some((t) => t === word || t.startsWith(`${word} `));
  if ((has('herr') && has('frau')) || (has('mr') && (has('mrs') || has('ms')))) return [{ kind: 'salutation', weight: 0.8 }];
  if ((has('maennlich') && has('weiblich')) || (has('male') && has('female'))) return [{ kind: 'gender', weight: 0.8 }];
  // The German Länder are no country list ("Servicekonto aus: Hamburg, Bremen …"), and no address field either.
  if (LAENDER.filter((land) => has(land)).length >= 2 && !has('deutschland')) return [{ kind: 'none', weight: 1 }];
  if (has('deutsch') || has('oesterreichisch') || has('tuerkisch') || has('polnisch')) return [{ kind: 'nationality', weight: 0.8 }];
  // "DE" alone is also Delaware in a list of US states: a country list has other countries' codes too.
  const codes = ['AT', 'FR', 'PL', 'IT', 'NL', 'CH', 'GB', 'ES'].filter((code) => values.includes(code)).length;
  const countryish =
    has('deutschland') || has('germany') || values.includes('DEU') || values.includes('276') || (values.includes('DE') && codes >= 2);
  if (countryish && options.length >= 20) return [{ kind: 'country', weight: 0.5 }];
  const numbers = texts.filter((t) => /^\d+$/.test(t)).map(Number);
  if (texts.filter((t) => MONTHS.has(t.replace(/\.$/, ''))).length >= 10) return [{ kind: 'datePart.month', weight: 0.6 }];
  if (numbers.length >= 28 && numbers.length <= 32 && Math.max(...numbers) === 31) return [{ kind: 'datePart.day', weight: 0.6 }];
  if (numbers.length === 12 && Math.max(...numbers) === 12) return [{ kind: 'datePart.month', weight: 0.6 }];
  if (numbers.length >= 30 && numbers.every((n) => n >= 1850 && n <= 2100)) return [{ kind: 'datePart.year', weight: 0.6 }];
  return [];
}
