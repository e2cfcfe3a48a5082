import { describe, expect, it } from 'vitest';
import {
  addDays,
  addDaysToInstant,
  addYears,
  dateKey,
  dateKeyOrNull,
  dbDay,
  endOfDayIn,
  daysBetween,
  isIsoDay,
  isValidTimeZone,
  isWithin,
  todayIn,
} from './dates';

describe('todayIn', () => {
  // 2026-11-22T11:30Z is already the 23rd in New Zealand (UTC+13 in summer) and still the 22nd in Hawaii.
  const instant = new Date('2026-11-22T11:30:00Z');

  it('gives the calendar date of the reader’s time zone, not UTC’s', () => {
    expect(todayIn('UTC', instant)).toBe('2026-11-22');
    expect(todayIn('Pacific/Auckland', instant)).toBe('2026-11-23');
    expect(todayIn('Pacific/Honolulu', instant)).toBe('2026-11-22');
  });

  it('turns the day over at local midnight', () => {
    // Los Angeles is UTC-8 in November: local midnight of the 23rd is 08:00Z.
    expect(todayIn('America/Los_Angeles', new Date('2026-11-23T07:59:59Z'))).toBe('2026-11-22');
    expect(todayIn('America/Los_Angeles', new Date('2026-11-23T08:00:00Z'))).toBe('2026-11-23');
    // Berlin is UTC+1 in November: local midnight of the 23rd is 23:00Z on the 22nd.
    expect(todayIn('Europe/Berlin', new Date('2026-11-22T22:59:59Z'))).toBe('2026-11-22');
    expect(todayIn('Europe/Berlin', new Date('2026-11-22T23:00:00Z'))).toBe('2026-11-23');
  });

  it('follows daylight saving time', () => {
    // Los Angeles is UTC-7 in July: midnight is 07:00Z.
    expect(todayIn('America/Los_Angeles', new Date('2026-07-02T06:59:59Z'))).toBe('2026-07-01');
    expect(todayIn('America/Los_Angeles', new Date('2026-07-02T07:00:00Z'))).toBe('2026-07-02');
  });
});

describe('addDays', () => {
  it('steps over the leap day of 2028', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2028-02-28', 2)).toBe('2028-03-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2028-02-29', 365)).toBe('2029-02-28');
  });

  it('has no leap day in 2027', () => {
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
  });

  it('crosses month and year ends and daylight-saving changes without drifting', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2026-03-07', 2)).toBe('2026-03-09'); // US clocks change on 2026-03-08
    expect(addDays('2026-11-22', 0)).toBe('2026-11-22');
  });
});

describe('daysBetween', () => {
  it('counts whole calendar days, negative backwards', () => {
    expect(daysBetween('2028-02-01', '2028-03-01')).toBe(29);
    expect(daysBetween('2027-02-01', '2027-03-01')).toBe(28);
    expect(daysBetween('2026-12-01', '2027-03-01')).toBe(90);
    expect(daysBetween('2027-03-01', '2026-12-01')).toBe(-90);
    expect(daysBetween('2026-11-22', '2026-11-22')).toBe(0);
  });

  it('undoes addDays', () => {
    for (const n of [-400, -1, 0, 1, 59, 366]) expect(daysBetween('2028-02-29', addDays('2028-02-29', n))).toBe(n);
  });
});

describe('isWithin', () => {
  it('includes both the first and the last day', () => {
    expect(isWithin('2026-05-20', '2026-05-20', '2026-10-01')).toBe(true);
    expect(isWithin('2026-10-01', '2026-05-20', '2026-10-01')).toBe(true);
    expect(isWithin('2026-07-15', '2026-05-20', '2026-10-01')).toBe(true);
  });

  it('excludes the day before and the day after', () => {
    expect(isWithin('2026-05-19', '2026-05-20', '2026-10-01')).toBe(false);
    expect(isWithin('2026-10-02', '2026-05-20', '2026-10-01')).toBe(false);
  });
});

describe('isIsoDay', () => {
  it('recognises real calendar dates written YYYY-MM-DD only', () => {
    expect(isIsoDay('2028-02-29')).toBe(true);
    expect(isIsoDay('2027-02-29')).toBe(false);
    expect(isIsoDay('2027-2-1')).toBe(false);
    expect(isIsoDay('2027-02-01T00:00:00Z')).toBe(false);
  });
});

describe('dbDay and dateKeyOrNull', () => {
  it('round-trip a calendar date through a `date` column value', () => {
    expect(dbDay('2027-03-01').toISOString()).toBe('2027-03-01T00:00:00.000Z');
    expect(dateKeyOrNull(dbDay('2027-03-01'))).toBe('2027-03-01');
    expect(dateKeyOrNull(null)).toBeNull();
  });
});

describe('addDaysToInstant', () => {
  it('adds whole days of 24 hours', () => {
    expect(addDaysToInstant(new Date('2027-03-27T12:00:00Z'), 2).toISOString()).toBe('2027-03-29T12:00:00.000Z');
  });
});

describe('dateKey', () => {
  it('reads a date column (UTC midnight) as its calendar day', () => {
    expect(dateKey(new Date('2027-06-30T00:00:00Z'))).toBe('2027-06-30');
  });
});

describe('isValidTimeZone', () => {
  it('accepts IANA zones and refuses anything else', () => {
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });
});

describe('addYears', () => {
  it('adds years to a calendar date, turning 29 February into 28 February in a common year', () => {
    expect(addYears('2026-03-02', 1)).toBe('2027-03-02');
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(addYears('2028-02-29', 4)).toBe('2032-02-29');
    expect(addYears('2027-05-05', -3)).toBe('2024-05-05');
  });
});

describe('endOfDayIn', () => {
  it('is the last millisecond of the day in that zone, in summer and in winter', () => {
    expect(endOfDayIn('2027-04-15', 'America/Los_Angeles').toISOString()).toBe('2027-04-16T06:59:59.999Z');
    expect(endOfDayIn('2027-01-15', 'America/Los_Angeles').toISOString()).toBe('2027-01-16T07:59:59.999Z');
    expect(endOfDayIn('2027-01-15', 'UTC').toISOString()).toBe('2027-01-15T23:59:59.999Z');
  });
});
