// Formatting for people: dates and deadlines in the reader's time zone.
import { dbDay, type DateKey } from '@/lib/dates';
import { zoneName } from '@/lib/time-zones';

/** A calendar date (a PostgreSQL `date`), e.g. "1 March 2027". Never shifted by time zones. */
export function formatDay(date: Date): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A calendar date written YYYY-MM-DD, as people read it: "1 March 2027". */
export function formatDayKey(day: DateKey): string {
  return formatDay(dbDay(day));
}

/** An instant shown in the reader's time zone with the zone named, e.g. "15 April 2027 at 23:59
 * Pacific Time" (the zone by name, never "GMT-7"). */
export function formatInstant(date: Date, timeZone: string): string {
  // Building a DateTimeFormat costs far more than formatting with one (a list of 200 due dates took
  // tens of milliseconds): one per time zone, kept.
  let format = instantFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone,
    });
    instantFormats.set(timeZone, format);
  }
  return `${format.format(date)} ${zoneName(timeZone)}`;
}

const instantFormats = new Map<string, Intl.DateTimeFormat>();

/** A time of day in the reader's time zone, e.g. "15:34 Pacific Time" (for a moment within the hour). */
export function formatTime(date: Date, timeZone: string): string {
  return `${new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone }).format(date)} ${zoneName(timeZone)}`;
}

/** A day from a file being previewed: written as people read it when it is a YYYY-MM-DD day, shown as
 * it was typed otherwise (the preview's issues say what is wrong with it). */
export function formatDayKeyOrRaw(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(dbDay(value as DateKey).getTime()) ? formatDayKey(value as DateKey) : value;
}
