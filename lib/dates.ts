// Calendar dates are handled as 'YYYY-MM-DD' strings wherever a rule compares them, so that an end
// date includes its whole day and no time zone shifts a date by one.

export type DateKey = string;

/** Today's calendar date in an IANA time zone. */
export function todayIn(timeZone: string, now: Date = new Date()): DateKey {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The calendar date of a PostgreSQL `date` column (which Prisma returns as UTC midnight). */
export function dateKey(date: Date): DateKey {
  return date.toISOString().slice(0, 10);
}

/** Whether day lies within start..end, both days included. */
export function isWithin(day: DateKey, start: DateKey, end: DateKey): boolean {
  return start <= day && day <= end;
}

/** Adds whole days to a calendar date. */
export function addDays(day: DateKey, days: number): DateKey {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return dateKey(d);
}

/** Whole days from one calendar date to another (negative when `to` is earlier). */
export function daysBetween(from: DateKey, to: DateKey): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
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
