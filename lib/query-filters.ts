// Pieces of the zod schemas that read a list's filters from the query string (the audit log, the
// email list): a malformed value is dropped, never an error, so a hand-edited URL still shows a page.
import { z } from 'zod';
import { isIsoDay } from '@/lib/dates';

/** An optional YYYY-MM-DD that is a real calendar day (Date.parse would take 2026-02-30 for 2 March). */
export const optionalDay = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(isIsoDay)
  .optional()
  .catch(undefined);

/** Optional trimmed text up to max characters; empty reads as absent. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .catch(undefined)
    .transform((v) => v || undefined);
