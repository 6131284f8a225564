import { describe, expect, it } from 'vitest';
import { dateParts, formatGermanDate, formatIsoDate } from '../../../../shared/vocabulary/format-date.ts';
import { parsePartialDate, toStoredDate } from '../../../../shared/vocabulary/partial-date.ts';

describe('parsePartialDate → stored form', () => {
  it.each([
    ['1964-08-12', '1964-08-12'],
    ['1964-08-12+02:00', '1964-08-12'],
    ['1964-08-12-05:00', '1964-08-12'],
    ['19640812', '1964-08-12'],
    ['1964-08', '1964-08'],
    ['196408', '1964-08'],
    ['1964', '1964'],
    ['1964-00-00', '1964'],
    ['19640000', '1964'],
    ['1964-08-00', '1964-08'],
    ['12.08.1964', '1964-08-12'],
    ['1.8.1964', '1964-08-01'],
    ['2000-02-29', '2000-02-29'],
    ['20291031', '2029-10-31'],
  ])('%s → %s', (raw, stored) => {
    const parsed = parsePartialDate(raw);
    expect(parsed).not.toBeNull();
    expect(toStoredDate(parsed as NonNullable<typeof parsed>)).toBe(stored);
  });

  it.each(['1964-13-01', '1964-02-30', '1900-02-29', '1964-00-12', '12/08/1964', 'gestern', '', '64-08-12', '1964-8-12', '0000-00-00'])(
    'refuses %j',
    (raw) => {
      expect(parsePartialDate(raw)).toBeNull();
    },
  );
});

describe('formatting for fields', () => {
  it('writes TT.MM.JJJJ and ISO for full dates only', () => {
    expect(formatGermanDate('1964-08-12')).toBe('12.08.1964');
    expect(formatIsoDate('1964-08-12')).toBe('1964-08-12');
    expect(formatGermanDate('1964-08')).toBeNull();
    expect(formatIsoDate('1964')).toBeNull();
  });

  it('gives three parts, padded or not, with the German month name, and null for unknown parts', () => {
    expect(dateParts('1964-08-02', { padded: true })).toEqual({ day: '02', month: '08', year: '1964', monthName: 'August' });
    expect(dateParts('1964-03-02', { padded: false })).toEqual({ day: '2', month: '3', year: '1964', monthName: 'März' });
    expect(dateParts('1964', { padded: true })).toEqual({ day: null, month: null, year: '1964', monthName: null });
  });
});
