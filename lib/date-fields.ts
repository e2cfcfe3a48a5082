// The zod fields of calendar dates, for the schemas of forms. Kept apart from lib/dates.ts, which the
// browser loads with every date it formats (lib/format.ts): zod (~30 kB compressed) must not come with it.
import { z } from 'zod';
import { ISO_DAY, isIsoDay } from '@/lib/dates';

/** A calendar date field (what `<input type="date">` sends); `missing` is the message when empty. */
export const calendarDate = (missing: string) =>
  z
    .string()
    .trim()
    .min(1, { message: missing, abort: true })
    .refine((v) => ISO_DAY.test(v), { message: 'Write the date as YYYY-MM-DD, for example 2026-03-14', abort: true })
    .refine(isIsoDay, 'That date does not exist');

/** An optional calendar date field: empty means none. */
export const optionalCalendarDate = z
  .string()
  .trim()
  .refine((v) => v === '' || isIsoDay(v), 'Write the date as YYYY-MM-DD, or leave it empty')
  .transform((v) => (v === '' ? null : v));
