// The 12-month view as numbers: contributions and reach per calendar month of the window, and the
// months without any contribution (gaps), for the chart, its data table and the words beside them.
import { dbDay, type DateKey } from '@/lib/dates';
import type { ReachMetric } from '@/lib/generated/prisma/enums';
import { countsAsReach } from './types';
import { windowPosition, type EvidenceWindow } from './window';

/** A calendar month, 'YYYY-MM'. */
export type MonthKey = string;

export type TimelineMonth = {
  month: MonthKey;
  /** "Nov 2025", for the chart's axis. */
  shortLabel: string;
  /** "November 2025", for the table and the gaps. */
  label: string;
  contributions: number;
  reach: number;
};

export type Timeline = { months: TimelineMonth[]; gaps: TimelineMonth[]; totalContributions: number; totalReach: number };

type TimelineItem = { startDate: DateKey; endDate: DateKey | null; metrics: Partial<Record<ReachMetric, number>> };

/** Every calendar month the window touches, first to last (13 when the window starts mid-month). */
export function monthsOfWindow(window: EvidenceWindow): MonthKey[] {
  const months: MonthKey[] = [];
  let [y, m] = window.start.split('-').map(Number) as [number, number];
  const last = window.end.slice(0, 7);
  for (;;) {
    const key = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) break;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return months;
}

const monthFormat = (month: 'short' | 'long') => new Intl.DateTimeFormat('en-GB', { month, year: 'numeric', timeZone: 'UTC' });

/** The reach of one item: the sum of its metrics that count people or copies. */
export function reachOf(metrics: Partial<Record<ReachMetric, number>>): number {
  return Object.entries(metrics).reduce((sum, [metric, value]) => (countsAsReach(metric as ReachMetric) && value ? sum + value : sum), 0);
}

/** Contributions and reach of one month, as the database's aggregate returns them. */
export type MonthCount = { month: MonthKey; contributions: number; reach: number };

/** The month an item inside the window counts in: the month it started, or the window's first
 * month when it started earlier and runs into the window. */
export function countedMonth(item: { startDate: DateKey }, window: EvidenceWindow): MonthKey {
  return (item.startDate < window.start ? window.start : item.startDate).slice(0, 7);
}

/** The timeline from counts per month (months missing from `counts` are gaps; months outside the
 * window are ignored). */
export function timelineFromCounts(counts: MonthCount[], window: EvidenceWindow): Timeline {
  const short = monthFormat('short');
  const long = monthFormat('long');
  const months = monthsOfWindow(window).map((month) => {
    const date = dbDay(`${month}-01`);
    return { month, shortLabel: short.format(date), label: long.format(date), contributions: 0, reach: 0 };
  });
  const byKey = new Map(months.map((m) => [m.month, m]));
  for (const count of counts) {
    const bucket = byKey.get(count.month);
    if (!bucket) continue;
    bucket.contributions += count.contributions;
    bucket.reach += count.reach;
  }
  return {
    months,
    gaps: months.filter((m) => m.contributions === 0),
    totalContributions: months.reduce((n, m) => n + m.contributions, 0),
    totalReach: months.reduce((n, m) => n + m.reach, 0),
  };
}

/** Contributions and reach per month of the window, counted from the items themselves (the page
 * asks the database for the same counts: lib/evidence/queries.ts). */
export function buildTimeline(items: TimelineItem[], window: EvidenceWindow): Timeline {
  const counts = items
    .filter((item) => windowPosition(item, window) === 'inside')
    .map((item) => ({ month: countedMonth(item, window), contributions: 1, reach: reachOf(item.metrics) }));
  return timelineFromCounts(counts, window);
}
