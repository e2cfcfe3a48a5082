import { z } from 'zod';

/** A person asks for their personal data to be erased. */
export const requestErasureSchema = z.object({
  reason: z.string().trim().max(2000, 'Keep it under 2,000 characters').optional().default(''),
  understood: z.literal(true, { message: 'Tick the box to confirm you understand what is erased and what is kept' }),
});
export type RequestErasureInput = z.input<typeof requestErasureSchema>;

/** An admin confirms an erasure by typing the person's email address. */
export const confirmErasureSchema = z.object({
  requestId: z.uuid('Choose a request'),
  confirmEmail: z.string().trim().toLowerCase().min(1, 'Type the person’s email address to confirm').max(320),
});
export type ConfirmErasureInput = z.input<typeof confirmErasureSchema>;

/** An admin rejects an erasure request, with the reason the person will read. */
export const rejectErasureSchema = z.object({
  requestId: z.uuid('Choose a request'),
  reason: z.string().trim().min(10, 'Tell the person why, in at least 10 characters').max(2000, 'Keep it under 2,000 characters'),
});
export type RejectErasureInput = z.input<typeof rejectErasureSchema>;
