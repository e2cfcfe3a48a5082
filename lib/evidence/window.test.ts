import { describe, expect, it } from 'vitest';
import { daysBetween } from '@/lib/dates';
import { evidenceWindow, isInWindow, submissionDateFor, subtractMonths, windowPosition } from './window';

describe('evidenceWindow', () => {
  it('is the 12 months ending on the submission date, both days included', () => {
    expect(evidenceWindow('2027-03-15')).toEqual({ start: '2026-03-16', end: '2027-03-15' });
    expect(daysBetween('2026-03-16', '2027-03-15') + 1).toBe(365);
  });

  it('spans 366 days when it contains a leap day', () => {
    const w = evidenceWindow('2028-03-15');
    expect(w).toEqual({ start: '2027-03-16', end: '2028-03-15' });
    expect(daysBetween(w.start, w.end) + 1).toBe(366);
    expect(isInWindow({ startDate: '2028-02-29', endDate: null }, w)).toBe(true);
  });

  it('handles a submission on a leap day: a year earlier has no 29 February, so the window starts on 1 March', () => {
    expect(evidenceWindow('2028-02-29')).toEqual({ start: '2027-03-01', end: '2028-02-29' });
  });

  it('handles the day after a leap day and the year after it', () => {
    expect(evidenceWindow('2028-03-01')).toEqual({ start: '2027-03-02', end: '2028-03-01' });
    expect(evidenceWindow('2029-02-28')).toEqual({ start: '2028-02-29', end: '2029-02-28' });
    expect(evidenceWindow('2029-03-01')).toEqual({ start: '2028-03-02', end: '2029-03-01' });
  });

  it('crosses a year boundary', () => {
    expect(evidenceWindow('2027-01-01')).toEqual({ start: '2026-01-02', end: '2027-01-01' });
    expect(evidenceWindow('2026-12-31')).toEqual({ start: '2026-01-01', end: '2026-12-31' });
  });
});

describe('subtractMonths', () => {
  it('keeps the day, or takes the last day of a shorter month', () => {
    expect(subtractMonths('2027-03-31', 1)).toBe('2027-02-28');
    expect(subtractMonths('2028-03-31', 1)).toBe('2028-02-29');
    expect(subtractMonths('2027-01-15', 12)).toBe('2026-01-15');
    expect(subtractMonths('2027-01-15', 13)).toBe('2025-12-15');
  });
});

describe('the ends of the window include their whole day', () => {
  const w = evidenceWindow('2027-03-15');
  it('includes an item on the first and on the last day, and refuses the days just outside', () => {
    expect(windowPosition({ startDate: '2026-03-16', endDate: null }, w)).toBe('inside');
    expect(windowPosition({ startDate: '2027-03-15', endDate: null }, w)).toBe('inside');
    expect(windowPosition({ startDate: '2026-03-15', endDate: null }, w)).toBe('before');
    expect(windowPosition({ startDate: '2027-03-16', endDate: null }, w)).toBe('after');
  });

  it('includes a series that started earlier and ran into the window', () => {
    expect(windowPosition({ startDate: '2025-10-01', endDate: '2026-03-16' }, w)).toBe('inside');
    expect(windowPosition({ startDate: '2025-10-01', endDate: '2026-03-15' }, w)).toBe('before');
  });
});

describe('submissionDateFor: the submission date is the candidate’s own calendar day', () => {
  // 07:30 UTC on 16 February 2027 is still 15 February in Los Angeles (UTC-8) and already the
  // evening of 16 February in Auckland (UTC+13).
  const now = new Date('2027-02-16T07:30:00Z');

  it('uses the time zone of the candidate', () => {
    expect(submissionDateFor(now, 'America/Los_Angeles')).toBe('2027-02-15');
    expect(submissionDateFor(now, 'UTC')).toBe('2027-02-16');
    expect(submissionDateFor(now, 'Pacific/Auckland')).toBe('2027-02-16');
  });

  it('so an item dated 16 February 2026 is still inside for someone in Los Angeles and already outside in UTC', () => {
    const item = { startDate: '2026-02-16', endDate: null };
    expect(isInWindow(item, evidenceWindow(submissionDateFor(now, 'America/Los_Angeles')))).toBe(true);
    expect(isInWindow(item, evidenceWindow(submissionDateFor(now, 'UTC')))).toBe(false);
  });

  it('keeps the whole last day: one second before local midnight still submits on that day', () => {
    expect(submissionDateFor(new Date('2027-02-16T07:59:59Z'), 'America/Los_Angeles')).toBe('2027-02-15');
    expect(submissionDateFor(new Date('2027-02-16T08:00:00Z'), 'America/Los_Angeles')).toBe('2027-02-16');
  });

  it('follows daylight saving time (Los Angeles is UTC-7 from 14 March 2027)', () => {
    expect(submissionDateFor(new Date('2027-03-16T06:59:59Z'), 'America/Los_Angeles')).toBe('2027-03-15');
    expect(submissionDateFor(new Date('2027-03-16T07:00:00Z'), 'America/Los_Angeles')).toBe('2027-03-16');
  });
});
