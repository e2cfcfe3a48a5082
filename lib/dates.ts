// The one module for calendar days, windows and time zones. Calendar dates are handled as
// 'YYYY-MM-DD' strings wherever a rule compares them, so that an end date includes its whole day and
// no time zone shifts a date by one.
export type DateKey = string;

/** Lets tests fix the moment a service runs at; the portal always uses the real time. */
export type Clock = { now?: Date };

/** Today's calendar date in an IANA time zone. */
export function todayIn(timeZone: string, now: Date = new Date()): DateKey {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The calendar date of a PostgreSQL `date` column (which Prisma returns as UTC midnight). */
export function dateKey(date: Date): DateKey {
  return date.toISOString().slice(0, 10);
}

/** The calendar date of a nullable `date` column. */
export function dateKeyOrNull(date: Date | null | undefined): DateKey | null {
  return date ? dateKey(date) : null;
}

/** The `date` column value of a calendar date (UTC midnight, as Prisma reads and writes them). */
export function dbDay(day: DateKey): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** Whether a string is a real calendar date written YYYY-MM-DD (2026-02-30 is not). */
export function isIsoDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const d = dbDay(value);
  return !Number.isNaN(d.getTime()) && dateKey(d) === value;
}

/** 'YYYY-MM-DD' in shape (isIsoDay also checks the day exists). */
export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The instant a number of whole days (24 hours each) after another: link and invitation lifetimes. */
export function addDaysToInstant(at: Date, days: number): Date {
  return new Date(at.getTime() + days * 86_400_000);
}

/** Whether day lies within start..end, both days included. */
export function isWithin(day: DateKey, start: DateKey, end: DateKey): boolean {
  return start <= day && day <= end;
}

/** Adds whole days to a calendar date. */
export function addDays(day: DateKey, days: number): DateKey {
  const d = dbDay(day);
  d.setUTCDate(d.getUTCDate() + days);
  return dateKey(d);
}

/** Adds whole calendar months to the first day of a month (any day reads as its month's first). */
export function addMonths(firstOfMonth: DateKey, months: number): DateKey {
  const d = dbDay(`${firstOfMonth.slice(0, 7)}-01`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return dateKey(d);
}

/** Whole days from one calendar date to another (negative when `to` is earlier). */
export function daysBetween(from: DateKey, to: DateKey): number {
  return Math.round((dbDay(to).getTime() - dbDay(from).getTime()) / 86_400_000);
}

/** Whether a string is a valid IANA time zone. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Adds whole years to a calendar date; 29 February becomes 28 February in a common year. */
export function addYears(day: DateKey, years: number): DateKey {
  const year = Number(day.slice(0, 4)) + years;
  const monthDay = day.slice(5);
  const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${String(year).padStart(4, '0')}-${monthDay === '02-29' && !isLeap ? '02-28' : monthDay}`;
}

/** The UTC offset of a time zone at an instant, in milliseconds (positive east of Greenwich). */
function zoneOffsetMs(timeZone: string, at: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - (at.getTime() - at.getUTCMilliseconds());
}

/** The instant a calendar day begins in a time zone (the first moment of it, where a clock change
 * skips midnight). */
export function startOfDayIn(day: DateKey, timeZone: string): Date {
  const midnightUtc = dbDay(day).getTime();
  let guess = midnightUtc - zoneOffsetMs(timeZone, new Date(midnightUtc));
  // Once more with the offset at the guess itself, for days on which the offset changes.
  guess = midnightUtc - zoneOffsetMs(timeZone, new Date(guess));
  return new Date(guess);
}

/** The instant a calendar day ends in a time zone: an end date or deadline "includes its whole day". */
export function endOfDayIn(day: DateKey, timeZone: string): Date {
  return new Date(startOfDayIn(addDays(day, 1), timeZone).getTime() - 1);
}
