// The 12-month view as numbers: contributions and reach per calendar month of the window, and the
// months without any contribution (gaps), for the chart, its data table and the words beside them.
import { addDays, type DateKey } from '@/lib/dates';
import { intlLocale, type Locale } from '@/lib/i18n/locales';
import type { ReachMetric } from '@/lib/generated/prisma/enums';
import { countsAsReach } from './types';
import { subtractMonths, windowPosition, type EvidenceWindow } from './window';

/** A month of the window, named by its first day ('YYYY-MM-DD'). */
export type MonthKey = DateKey;

export type TimelineMonth = {
  month: MonthKey;
  /** "Nov 2025", or "16 Nov" when the window's months do not start on the 1st, for the chart's axis. */
  shortLabel: string;
  /** "November 2025", or "16 November – 15 December 2025", for the table and the gaps. */
  label: string;
  contributions: number;
  reach: number;
};

export type Timeline = { months: TimelineMonth[]; gaps: TimelineMonth[]; totalContributions: number; totalReach: number };

type TimelineItem = { startDate: DateKey; endDate: DateKey | null; metrics: Partial<Record<ReachMetric, number>> };

/** The window's twelve months, first to last: month k runs from the day after the same date 12 − k months
 * before the submission date to the same date 11 − k months before it, so the twelve meet exactly, cover the
 * window and no calendar month is cut in two rows. When the window ends on a month's last day, they are the
 * twelve calendar months. */
export function monthsOfWindow(window: EvidenceWindow): { start: DateKey; end: DateKey }[] {
  return Array.from({ length: 12 }, (_, k) => ({
    start: k === 0 ? window.start : addDays(subtractMonths(window.end, 12 - k), 1),
    end: subtractMonths(window.end, 11 - k),
  }));
}

const utc = (day: DateKey) => new Date(`${day}T00:00:00Z`);

/** A month of the window named for the chart's axis and the table: "Nov 2025" / "November 2025", or
 * "16 Nov" / "16 November – 15 December 2025"; in Spanish "noviembre de 2025", "16 de noviembre – …". */
export function labelsOf(month: { start: DateKey; end: DateKey }, locale: Locale = 'en'): { shortLabel: string; label: string } {
  const format = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(intlLocale(locale), { ...options, timeZone: 'UTC' });
  if (month.start.endsWith('-01')) {
    return {
      shortLabel: format({ month: 'short', year: 'numeric' }).format(utc(month.start)),
      label: format({ month: 'long', year: 'numeric' }).format(utc(month.start)),
    };
  }
  const sameYear = month.start.slice(0, 4) === month.end.slice(0, 4);
  const from = format(sameYear ? { day: 'numeric', month: 'long' } : { day: 'numeric', month: 'long', year: 'numeric' }).format(
    utc(month.start),
  );
  const to = format({ day: 'numeric', month: 'long', year: 'numeric' }).format(utc(month.end));
  return { shortLabel: format({ day: 'numeric', month: 'short' }).format(utc(month.start)), label: `${from} – ${to}` };
}

/** The reach of one item: the sum of its metrics that count people or copies. */
export function reachOf(metrics: Partial<Record<ReachMetric, number>>): number {
  return Object.entries(metrics).reduce((sum, [metric, value]) => (countsAsReach(metric as ReachMetric) && value ? sum + value : sum), 0);
}

/** Contributions and reach of the items that start (or, begun earlier, enter the window) on one day. */
export type DayCount = { day: DateKey; contributions: number; reach: number };

/** The day an item inside the window counts on: the day it started, or the window's first day when it
 * started earlier and runs into the window. */
export function countedDay(item: { startDate: DateKey }, window: EvidenceWindow): DateKey {
  return item.startDate < window.start ? window.start : item.startDate;
}

/** The timeline from counts per day (days outside the window are ignored); months with no contribution
 * are the gaps. */
export function timelineFromCounts(counts: DayCount[], window: EvidenceWindow): Timeline {
  const periods = monthsOfWindow(window);
  const months = periods.map((p) => ({ month: p.start, ...labelsOf(p), contributions: 0, reach: 0 }));
  for (const count of counts) {
    const index = periods.findIndex((p) => count.day >= p.start && count.day <= p.end);
    const bucket = months[index];
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
    .map((item) => ({ day: countedDay(item, window), contributions: 1, reach: reachOf(item.metrics) }));
  return timelineFromCounts(counts, window);
}
