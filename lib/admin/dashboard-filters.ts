// The admin dashboard's filters (cycle, from/to dates in the admin's time zone): parsed from GET
// search params with zod; a bad value never fails the page, it falls back to the default and says so.
import { z } from 'zod';
import { addDays, addMonths, type DateKey, dbDay, isIsoDay } from '@/lib/dates';
import type { CycleStatus } from '@/lib/generated/prisma/enums';

/** The dashboard's filters once parsed: a cycle id, or null for every cycle, and an inclusive date range. */
export type DashboardFilters = { cycleId: string | null; from: DateKey; to: DateKey };

/** The cycle choices the filter bar offers (newest first). */
export type CycleOption = { id: string; name: string; status: CycleStatus; nominationsOpenAt: Date };

/** The widest range the dashboard draws, so a typo like 1026-01-01 cannot ask for a thousand months. */
export const MAX_RANGE_MONTHS = 60;

/** The value of the cycle select that means "every cycle". */
export const ALL_CYCLES = 'all';

const dayString = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(isIsoDay);

const rawSchema = z.object({
  cycle: z.string().trim().optional().catch(undefined),
  from: z.string().trim().optional().catch(undefined),
  to: z.string().trim().optional().catch(undefined),
});

/** The default range: the twelve calendar months ending with today's month (today included). */
export function defaultRange(today: DateKey): { from: DateKey; to: DateKey } {
  return { from: addMonths(`${today.slice(0, 7)}-01`, -11), to: today };
}

/** The current cycle: the newest open one, else the newest one not closed, else the newest. */
export function currentCycleId(cycles: readonly CycleOption[]): string | null {
  const newest = [...cycles].sort((a, b) => b.nominationsOpenAt.getTime() - a.nominationsOpenAt.getTime());
  return (newest.find((c) => c.status === 'OPEN') ?? newest.find((c) => c.status !== 'CLOSED') ?? newest[0])?.id ?? null;
}

/** Parses the search params of /admin; every bad value is replaced by its default with a note to show. */
export function parseDashboardFilters(
  search: Record<string, string | string[] | undefined>,
  ctx: { today: DateKey; cycles: readonly CycleOption[] },
): { filters: DashboardFilters; notes: string[] } {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const raw = rawSchema.parse({ cycle: first(search.cycle), from: first(search.from), to: first(search.to) });
  const notes: string[] = [];
  const defaults = defaultRange(ctx.today);

  let cycleId = currentCycleId(ctx.cycles);
  if (raw.cycle === ALL_CYCLES) cycleId = null;
  else if (raw.cycle) {
    if (ctx.cycles.some((c) => c.id === raw.cycle)) cycleId = raw.cycle;
    else notes.push('The chosen award cycle does not exist; showing the current cycle instead.');
  }

  const day = (value: string | undefined, label: string, fallback: DateKey): DateKey => {
    if (!value) return fallback;
    if (dayString.safeParse(value).success) return value;
    notes.push(`“${value.slice(0, 40)}” is not a date (${label}); using ${fallback} instead.`);
    return fallback;
  };
  let from = day(raw.from, 'from', defaults.from);
  let to = day(raw.to, 'to', defaults.to);
  if (from > to) {
    notes.push('The start date was after the end date; showing the last 12 months instead.');
    ({ from, to } = defaults);
  }
  const earliest = addMonths(`${to.slice(0, 7)}-01`, -(MAX_RANGE_MONTHS - 1));
  if (from < earliest) {
    notes.push(`The dashboard shows at most ${MAX_RANGE_MONTHS / 12} years; it starts on ${earliest} instead.`);
    from = earliest;
  }
  return { filters: { cycleId, from, to }, notes };
}

/** The months ('YYYY-MM') from the month of `from` to the month of `to`, both included. */
export function monthsOf(from: DateKey, to: DateKey): string[] {
  const months: string[] = [];
  for (let m = `${from.slice(0, 7)}-01`; m.slice(0, 7) <= to.slice(0, 7); m = addMonths(m, 1)) months.push(m.slice(0, 7));
  return months;
}

/** The last day of a month ('YYYY-MM'). */
export function lastDayOf(month: string): DateKey {
  return addDays(addMonths(`${month}-01`, 1), -1);
}

/** A month for people, e.g. "Mar 2026". */
export function monthLabel(month: string): string {
  return new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(dbDay(`${month}-01`));
}

/** The calendar years a range touches, oldest first. */
export function yearsOf(from: DateKey, to: DateKey): number[] {
  const years: number[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) years.push(y);
  return years;
}
