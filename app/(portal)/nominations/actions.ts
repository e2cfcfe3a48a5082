'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { endorsementSchema, nominationSchema, respondSchema, submitEvidenceSchema, withdrawSchema } from '@/lib/nominations/schema';
import { withRateLimit } from '@/lib/security/rate-limit';
import { createNomination, endorseNomination, respondToNomination, submitNomination, withdrawNomination } from '@/lib/nominations/service';

const refresh = (nominationId?: string) => {
  revalidatePath('/nominations');
  revalidatePath('/dashboard');
  if (nominationId) revalidatePath(`/nominations/${nominationId}`);
};

/** Nominates someone; when an open nomination exists the result offers to endorse it instead. */
export const nominate = defineAction(nominationSchema, async (viewer, input) => {
  // Only nominations actually created count against the nominator's daily limit.
  const result = await withRateLimit(
    'nominate:user',
    viewer.id,
    () => createNomination(viewer, input),
    (r) => r.outcome === 'created',
  );
  if (result.outcome === 'created') refresh();
  return result;
});

/** Endorses an open nomination. */
export const endorse = defineAction(endorsementSchema, async (viewer, input) => {
  const result = await endorseNomination(viewer, input);
  refresh(result.nominationId);
  return result;
});

/** The nominee accepts or declines. */
export const respond = defineAction(respondSchema, async (viewer, input) => {
  const result = await respondToNomination(viewer, input);
  refresh(input.nominationId);
  return result;
});

/** The nominee submits chosen evidence; a second click returns the same submission. */
export const submitEvidence = defineAction(submitEvidenceSchema, async (viewer, input) => {
  const result = await submitNomination(viewer, input);
  refresh(input.nominationId);
  return result;
});

/** Withdraws a nomination (the nominee until review starts, the nominator before it was accepted). */
export const withdraw = defineAction(withdrawSchema, async (viewer, input) => {
  const result = await withdrawNomination(viewer, input);
  refresh(input.nominationId);
  return result;
});
