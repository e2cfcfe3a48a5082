// A provider's corrections of what it submitted: a completion corrected or withdrawn, a manual
// application cancelled before the candidate accepted it. Safe for the browser.
import { z } from 'zod';
import { completionFields } from '@/lib/providers/schema';

const version = z.number().int().min(0);

export const correctCompletionSchema = z.object({ completionId: z.uuid(), version, ...completionFields });
export type CorrectCompletionInput = z.input<typeof correctCompletionSchema>;

export const withdrawCompletionSchema = z.object({
  completionId: z.uuid(),
  version,
  reason: z.string().trim().min(5, 'Say briefly why (the program team reads it)').max(500, 'Keep it under 500 characters'),
});

export const cancelProviderApplicationSchema = z.object({ applicationId: z.uuid(), version });
