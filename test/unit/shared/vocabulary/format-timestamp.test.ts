import { describe, expect, it } from 'vitest';
import { formatIsoCalendarDate, formatTimestampDate, formatTimestampDateTime } from '../../../../shared/vocabulary/format-timestamp.ts';
import { auditToCsv } from '../../../../extension/background/vault/audit-export.ts';

// Injected instants, never the machine's clock: single-digit days and months are where the old
// locale default ("6.3.2026") went wrong.
const BERLIN = { timeZone: 'Europe/Berlin' };
const at = (iso: string): number => Date.parse(iso);

describe('official dates (TT.MM.JJJJ)', () => {
  it.each([
    ['2026-03-06T09:05:00Z', '06.03.2026', '06.03.2026, 10:05'],
    ['2026-12-06T11:18:00Z', '06.12.2026', '06.12.2026, 12:18'],
    ['2026-01-01T00:00:00Z', '01.01.2026', '01.01.2026, 01:00'],
    ['2026-10-31T23:30:00Z', '01.11.2026', '01.11.2026, 00:30'],
    ['2027-09-09T22:59:00Z', '10.09.2027', '10.09.2027, 00:59'],
    ['2026-07-15T12:00:00Z', '15.07.2026', '15.07.2026, 14:00'],
  ])('%s → %s', (iso, date, dateTime) => {
    expect(formatTimestampDate(at(iso), BERLIN)).toBe(date);
    expect(formatTimestampDateTime(at(iso), BERLIN)).toBe(dateTime);
  });

  it('uses the zone it is given, so midnight does not move the day', () => {
    expect(formatTimestampDate(at('2026-02-03T23:30:00Z'), { timeZone: 'UTC' })).toBe('03.02.2026');
    expect(formatTimestampDate(at('2026-02-03T23:30:00Z'), BERLIN)).toBe('04.02.2026');
  });

  it('says nothing for a time that is not a number', () => {
    expect(formatTimestampDate(Number.NaN)).toBe('');
    expect(formatTimestampDateTime(Number.POSITIVE_INFINITY)).toBe('');
  });

  it('reads ISO calendar dates as text, so no zone shifts them', () => {
    expect(formatIsoCalendarDate('2026-12-06')).toBe('06.12.2026');
    expect(formatIsoCalendarDate('2027-01-09')).toBe('09.01.2027');
    expect(formatIsoCalendarDate('not a date')).toBe('not a date');
    expect(formatIsoCalendarDate('2027-1-9')).toBe('2027-1-9');
  });

  it('writes the citizen-readable date beside the ISO time in the CSV export', () => {
    const csv = auditToCsv(
      [
        {
          seq: 3,
          time: at('2026-04-07T06:08:00Z'),
          portalId: 'bundid',
          origin: 'https://id.bund.de',
          kind: 'fill',
          outcome: 'filled',
          attributeIds: ['givenNames'],
        } as unknown as Parameters<typeof auditToCsv>[0][number],
      ],
      BERLIN,
    );
    const [header, row] = csv.split('\r\n');
    expect(header).toBe('seq,time,datum,portalId,origin,kind,outcome,attributeIds,persons');
    expect(row).toBe('3,2026-04-07T06:08:00.000Z,"07.04.2026, 08:08",bundid,https://id.bund.de,fill,filled,givenNames,');
  });
});
