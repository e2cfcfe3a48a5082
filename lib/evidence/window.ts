// The 12-month window of a submission: the items a candidate may submit are those dated within the
// 12 months that end on the submission date, both days included. The submission date is the
// calendar day in the candidate's own time zone, so nobody loses a day to UTC.
import { addDays, todayIn, type DateKey } from '@/lib/dates';

export type EvidenceWindow = { start: DateKey; end: DateKey };

/** Earliest date any evidence may carry. */
export const EARLIEST_EVIDENCE_DATE: DateKey = '1990-01-01';

/** The submission date of a submission made at `now` by someone in `timeZone`. */
export function submissionDateFor(now: Date, timeZone: string): DateKey {
  return todayIn(timeZone, now);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The same day `months` months earlier. A day the earlier month lacks (29 February in a common
 * year, the 31st of a short month) becomes that month's last day. */
export function subtractMonths(day: DateKey, months: number): DateKey {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const date = Math.min(d, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

/** The 12 months ending on the submission date, both days included: from the day after the same
 * date a year earlier. Submitting on 15 March 2027 covers 16 March 2026 to 15 March 2027; submitting
 * on 29 February 2028 covers 1 March 2027 to 29 February 2028 (366 days: a leap day counts like any other). */
export function evidenceWindow(submissionDate: DateKey): EvidenceWindow {
  return { start: addDays(subtractMonths(submissionDate, 12), 1), end: submissionDate };
}

export type WindowPosition = 'inside' | 'before' | 'after';

/** Where an item lies relative to the window. An item with a date range (a series, an ongoing role)
 * is inside when any of its days is; one that ended before the window is 'before'; one that starts
 * after the submission date is 'after'. */
export function windowPosition(item: { startDate: DateKey; endDate: DateKey | null }, window: EvidenceWindow): WindowPosition {
  const last = item.endDate ?? item.startDate;
  if (last < window.start) return 'before';
  if (item.startDate > window.end) return 'after';
  return 'inside';
}

/** Whether an item may be submitted in this window. */
export function isInWindow(item: { startDate: DateKey; endDate: DateKey | null }, window: EvidenceWindow): boolean {
  return windowPosition(item, window) === 'inside';
}
