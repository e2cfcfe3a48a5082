import { describe, expect, it } from 'vitest';
import { addDays } from '@/lib/dates';
import { buildTimeline, monthsOfWindow, reachOf } from './timeline';
import { evidenceWindow } from './window';

describe('monthsOfWindow', () => {
  it('has twelve months that meet exactly and cover the window, however it falls in the calendar', () => {
    for (const end of ['2027-03-15', '2026-12-31', '2028-02-29', '2027-03-30', '2026-01-01', '2026-05-31']) {
      const window = evidenceWindow(end);
      const months = monthsOfWindow(window);
      expect(months).toHaveLength(12);
      expect(months[0]!.start).toBe(window.start);
      expect(months.at(-1)!.end).toBe(window.end);
      for (let k = 1; k < 12; k++) expect(months[k]!.start).toBe(addDays(months[k - 1]!.end, 1));
    }
  });

  it('runs from the 16th to the 15th when the submission date is the 15th', () => {
    const months = monthsOfWindow(evidenceWindow('2027-03-15'));
    expect(months[0]).toEqual({ start: '2026-03-16', end: '2026-04-15' });
    expect(months.at(-1)).toEqual({ start: '2027-02-16', end: '2027-03-15' });
  });

  it('is the twelve calendar months when the window ends on a month’s last day', () => {
    expect(monthsOfWindow(evidenceWindow('2026-12-31')).map((m) => m.start)).toEqual([
      '2026-01-01',
      '2026-02-01',
      '2026-03-01',
      '2026-04-01',
      '2026-05-01',
      '2026-06-01',
      '2026-07-01',
      '2026-08-01',
      '2026-09-01',
      '2026-10-01',
      '2026-11-01',
      '2026-12-01',
    ]);
  });
});

describe('buildTimeline', () => {
  const window = evidenceWindow('2026-11-22');
  const items = [
    { startDate: '2026-10-12', endDate: null, metrics: { VIEWS: 12_000, PAGE_VISIT_SECONDS: 240 } },
    { startDate: '2026-10-20', endDate: null, metrics: { ATTENDEES: 85, SESSIONS: 1 } },
    { startDate: '2026-08-19', endDate: null, metrics: {} },
    { startDate: '2025-06-01', endDate: '2026-01-31', metrics: { MEMBERS: 400 } },
    { startDate: '2024-07-10', endDate: null, metrics: { VIEWS: 2_100 } },
  ];
  const t = buildTimeline(items, window);
  const month = (key: string) => t.months.find((m) => m.month === key)!;

  it('counts contributions and reach per month of the window; time on page and sessions are not reach', () => {
    expect(t.months).toHaveLength(12);
    expect(month('2026-09-23')).toMatchObject({ contributions: 2, reach: 12_085, label: '23 September – 22 October 2026' });
    expect(month('2026-07-23')).toMatchObject({ contributions: 1, reach: 0 });
  });

  it('counts a series that began before the window in the window’s first month, and ignores items outside', () => {
    expect(month('2025-11-23')).toMatchObject({ contributions: 1, reach: 400, label: '23 November – 22 December 2025' });
    expect(t.totalContributions).toBe(4);
    expect(t.totalReach).toBe(12_485);
  });

  it('names the months without contributions as gaps, and no partial month is one', () => {
    expect(t.gaps.map((g) => g.month)).toEqual([
      '2025-12-23',
      '2026-01-23',
      '2026-02-23',
      '2026-03-23',
      '2026-04-23',
      '2026-05-23',
      '2026-06-23',
      '2026-08-23',
      '2026-10-23',
    ]);
  });

  it('names calendar months when the window ends on a month’s last day', () => {
    const calendar = buildTimeline([{ startDate: '2026-10-12', endDate: null, metrics: {} }], evidenceWindow('2026-12-31'));
    expect(calendar.months.find((m) => m.month === '2026-10-01')).toMatchObject({
      label: 'October 2026',
      shortLabel: 'Oct 2026',
      contributions: 1,
    });
  });

  it('adds up reach from the metrics that count people', () => {
    expect(reachOf({ VIEWS: 10, ATTENDEES: 5, PAGE_VISIT_SECONDS: 300, SESSIONS: 2 })).toBe(15);
    expect(reachOf({})).toBe(0);
  });
});
