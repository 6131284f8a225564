import { parsePartialDate } from './partial-date.ts';

export const MONTH_NAMES_DE = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
] as const;

const pad = (n: number): string => String(n).padStart(2, '0');

/** `TT.MM.JJJJ` for one German date field; null for a partial date (one field cannot say "unknown day"). */
export function formatGermanDate(stored: string): string | null {
  const date = parsePartialDate(stored);
  if (!date || date.month === null || date.day === null) return null;
  return `${pad(date.day)}.${pad(date.month)}.${date.year}`;
}

/** ISO `yyyy-MM-dd` for `<input type=date>`; null for a partial date. */
export function formatIsoDate(stored: string): string | null {
  const date = parsePartialDate(stored);
  if (!date || date.month === null || date.day === null) return null;
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

export interface DateParts {
  readonly day: string | null;
  readonly month: string | null;
  readonly year: string;
  readonly monthName: string | null;
}

/** The three parts for split date fields; unknown parts are null. `padded` adds leading zeros. */
export function dateParts(stored: string, options: { padded: boolean }): DateParts | null {
  const date = parsePartialDate(stored);
  if (!date) return null;
  const part = (n: number | null): string | null => (n === null ? null : options.padded ? pad(n) : String(n));
  return {
    day: part(date.day),
    month: part(date.month),
    year: String(date.year),
    monthName: date.month === null ? null : (MONTH_NAMES_DE[date.month - 1] ?? null),
  };
}
