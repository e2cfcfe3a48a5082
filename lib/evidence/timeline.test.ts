import { describe, expect, it } from 'vitest';
import { buildTimeline, monthsOfWindow, reachOf } from './timeline';
import { evidenceWindow } from './window';

describe('monthsOfWindow', () => {
  it('lists every calendar month the window touches', () => {
    const months = monthsOfWindow(evidenceWindow('2027-03-15'));
    expect(months).toHaveLength(13);
    expect(months[0]).toBe('2026-03');
    expect(months.at(-1)).toBe('2027-03');
  });

  it('has 12 months when the window starts on the first of a month', () => {
    expect(monthsOfWindow(evidenceWindow('2026-12-31'))).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
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

  it('counts contributions and reach per month; time on page and sessions are not reach', () => {
    expect(month('2026-10')).toMatchObject({ contributions: 2, reach: 12_085, label: 'October 2026', shortLabel: 'Oct 2026' });
    expect(month('2026-08')).toMatchObject({ contributions: 1, reach: 0 });
  });

  it('counts a series that began before the window in the window’s first month, and ignores items outside', () => {
    expect(month('2025-11')).toMatchObject({ contributions: 1, reach: 400 });
    expect(t.totalContributions).toBe(4);
    expect(t.totalReach).toBe(12_485);
  });

  it('names the months without contributions as gaps', () => {
    expect(t.gaps.map((g) => g.month)).toEqual([
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-09',
      '2026-11',
    ]);
  });

  it('adds up reach from the metrics that count people', () => {
    expect(reachOf({ VIEWS: 10, ATTENDEES: 5, PAGE_VISIT_SECONDS: 300, SESSIONS: 2 })).toBe(15);
    expect(reachOf({})).toBe(0);
  });
});
