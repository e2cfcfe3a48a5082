'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { endorsementSchema, nominationSchema, respondSchema, submitEvidenceSchema, withdrawSchema } from '@/lib/nominations/schema';
import {
  endorseNomination,
  nominateWithinLimit,
  respondToNomination,
  submitNomination,
  withdrawNomination,
} from '@/lib/nominations/service';

const refresh = (nominationId?: string) => {
  revalidatePath('/nominations');
  revalidatePath('/dashboard');
  if (nominationId) revalidatePath(`/nominations/${nominationId}`);
};

/** Nominates someone; the answer is the same whether or not the person already has an open
 * nomination (the offer to endorse it goes by email), and every try counts against the daily limit. */
export const nominate = defineAction(nominationSchema, async (viewer, input) => {
  const result = await nominateWithinLimit(viewer, input);
  refresh();
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
