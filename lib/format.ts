// Formatting for people: dates and deadlines in the reader's time zone.
import { dbDay, type DateKey } from '@/lib/dates';
import { intlLocale, type Locale } from '@/lib/i18n/locales';
import { zoneName } from '@/lib/time-zones';

/** A calendar date (a PostgreSQL `date`), e.g. "1 March 2027" ("1 de marzo de 2027" in Spanish).
 * Never shifted by time zones. */
export function formatDay(date: Date, locale: Locale = 'en'): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A calendar date written YYYY-MM-DD, as people read it: "1 March 2027". */
export function formatDayKey(day: DateKey, locale: Locale = 'en'): string {
  return formatDay(dbDay(day), locale);
}

/** An instant shown in the reader's time zone with the zone named, e.g. "15 April 2027 at 23:59
 * Pacific Time" (the zone by name, never "GMT-7"); in Spanish "15 de abril de 2027 a las 23:59 hora
 * del Pacífico". */
export function formatInstant(date: Date, timeZone: string, locale: Locale = 'en'): string {
  // Building a DateTimeFormat costs far more than formatting with one (a list of 200 due dates took
  // tens of milliseconds): one per time zone and language, kept.
  const key = `${locale} ${timeZone}`;
  let format = instantFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(locale), {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone,
    });
    instantFormats.set(key, format);
  }
  return `${format.format(date)} ${zoneName(timeZone, locale)}`;
}

const instantFormats = new Map<string, Intl.DateTimeFormat>();

/** A time of day in the reader's time zone, e.g. "15:34 Pacific Time" (for a moment within the hour). */
export function formatTime(date: Date, timeZone: string, locale: Locale = 'en'): string {
  const time = new Intl.DateTimeFormat(intlLocale(locale), { hour: '2-digit', minute: '2-digit', timeZone }).format(date);
  return `${time} ${zoneName(timeZone, locale)}`;
}

/** A day from a file being previewed: written as people read it when it is a YYYY-MM-DD day, shown as
 * it was typed otherwise (the preview's issues say what is wrong with it). */
export function formatDayKeyOrRaw(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(dbDay(value as DateKey).getTime()) ? formatDayKey(value as DateKey) : value;
}

/** A count as the reader writes numbers: "1,234" in English, "1234" / "12.345" in Spanish. */
export function formatNumber(n: number, locale: Locale = 'en'): string {
  return n.toLocaleString(locale === 'es' ? 'es-ES' : 'en-US');
}
