/**
 * Points in time as German official texts write them: `TT.MM.JJJJ` and `TT.MM.JJJJ, hh:mm`, always two
 * digits for day and month, in every UI language (the citizen compares them with letters and cards
 * that use this form). Built from `formatToParts`, never from a locale's default pattern, because
 * `de-DE`'s default drops the leading zero ("6.12.2026").
 */

export interface TimestampOptions {
  /** IANA zone; the runtime's own zone when absent (tests pass one, so they hold on any machine). */
  readonly timeZone?: string;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

interface Moment {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
}

/** One formatter per zone: building an Intl.DateTimeFormat costs far more than using one (the log shows hundreds of times). */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
      ...(timeZone === undefined ? {} : { timeZone }),
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

function momentOf(time: number, options: TimestampOptions): Moment | null {
  if (!Number.isFinite(time)) return null;
  const parts = formatterFor(options.timeZone).formatToParts(time);
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value ?? NaN);
  const moment = { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute') };
  return Object.values(moment).every(Number.isFinite) ? moment : null;
}

/** `06.12.2026`; an empty string for a time that is not a number. */
export function formatTimestampDate(time: number, options: TimestampOptions = {}): string {
  const m = momentOf(time, options);
  return m ? `${pad2(m.day)}.${pad2(m.month)}.${m.year}` : '';
}

/** `06.12.2026, 09:05`; an empty string for a time that is not a number. */
export function formatTimestampDateTime(time: number, options: TimestampOptions = {}): string {
  const m = momentOf(time, options);
  return m ? `${pad2(m.day)}.${pad2(m.month)}.${m.year}, ${pad2(m.hour)}:${pad2(m.minute)}` : '';
}

/**
 * A calendar date given as ISO `JJJJ-MM-TT` (certificate validity, card expiry) → `TT.MM.JJJJ`,
 * read as text so no time zone can move it to the day before; anything else is returned unchanged.
 */
export function formatIsoCalendarDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  return match ? `${match[3]}.${match[2]}.${match[1]}` : iso;
}
