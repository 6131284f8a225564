/** A calendar date of which day, or day and month, may be unknown (card data, FIM group G60000083). */
export interface PartialDate {
  readonly year: number;
  readonly month: number | null;
  readonly day: number | null;
}

const FORMS: readonly RegExp[] = [
  /^(\d{4})-(\d{2})-(\d{2})(?:[+-]\d{2}:\d{2}|Z)?$/, // yyyy-MM-dd, with an offset to drop
  /^(\d{4})(\d{2})(\d{2})$/, // yyyyMMdd
  /^(\d{4})-(\d{2})()$/, // yyyy-MM
  /^(\d{4})(\d{2})()$/, // yyyyMM
  /^(\d{4})()()$/, // yyyy
];
const GERMAN = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/; // TT.MM.JJJJ as a citizen types it

/**
 * Parses the date forms of the card, BundID and user input: `1964-08-12`, `1964-08-12+02:00` (the
 * offset is dropped: it is a calendar date), `19640812`, `1964-08`, `1964`, `1964-00-00` (00 =
 * unknown), `12.08.1964`. Returns null for anything else or an impossible date. Never uses `Date`
 * parsing, which can shift the day.
 */
export function parsePartialDate(raw: string): PartialDate | null {
  const text = raw.trim();
  if (text.length > 32) return null;
  const german = GERMAN.exec(text);
  const match = german ? [text, german[3], german[2], german[1]] : FORMS.map((form) => form.exec(text)).find((m) => m !== null);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) : 0;
  const day = match[3] ? Number(match[3]) : 0;
  if (year < 1800 || year > 2200 || month > 12 || (month === 0 && day !== 0)) return null;
  if (day > 0 && day > daysInMonth(year, month)) return null;
  return { year, month: month || null, day: day || null };
}

/** Stored form: `yyyy-MM-dd`, `yyyy-MM` or `yyyy`. */
export function toStoredDate(date: PartialDate): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  if (date.month === null) return String(date.year);
  if (date.day === null) return `${date.year}-${pad(date.month)}`;
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

function daysInMonth(year: number, month: number): number {
  return [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}
