// What a form draft is: whatever a person typed in one form, kept under a key until they submit it.
import { z } from 'zod';

/** Largest draft kept, in characters of JSON: far more than any form here holds. */
export const DRAFT_MAX_CHARS = 64_000;

/** Drafts kept per person: a new one beyond this forgets the least recently saved. */
export const DRAFTS_PER_PERSON = 50;

/** "nomination.new", "evidence.edit.<id>", "mct.application": letters, digits and . _ : - only. */
export const formKeySchema = z.string().regex(/^[a-z0-9][a-z0-9._:-]{0,199}$/i, 'Unknown form');

/** Whether a draft can be stored as JSON within the limit (a crafted request may carry a BigInt,
 * which JSON cannot hold: refused, not thrown). */
function fitsAsJson(data: Record<string, unknown>): boolean {
  try {
    return JSON.stringify(data).length <= DRAFT_MAX_CHARS;
  } catch {
    return false;
  }
}

export const saveDraftSchema = z.object({
  formKey: formKeySchema,
  data: z.record(z.string(), z.unknown()).refine(fitsAsJson, 'This draft is too large to keep; submit or shorten it.'),
});
export type SaveDraftInput = z.input<typeof saveDraftSchema>;

export const clearDraftSchema = z.object({ formKey: formKeySchema });
