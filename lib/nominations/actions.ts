'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { invitationDestination } from './invitations';
import { endorsementSchema, nominationSchema, respondSchema, submitEvidenceSchema, withdrawSchema } from './schema';
import { endorseNomination, nominateWithinLimit } from './service';
import { respondToNomination, submitNomination, withdrawNomination } from './nominee';

const refresh = (nominationId?: string) => {
  revalidatePath('/nominations');
  revalidatePath('/dashboard');
  if (nominationId) revalidatePath(`/nominations/${nominationId}`);
};

/** Nominates someone; the answer is the same whether or not the person already has an open
 * nomination (the offer to endorse it goes by email), and every try counts against the daily limit. */
export const nominateAction = defineAction(nominationSchema, async (viewer, input) => {
  const result = await nominateWithinLimit(viewer, input);
  refresh();
  return result;
});

/** Endorses an open nomination. */
export const endorseAction = defineAction(endorsementSchema, async (viewer, input) => {
  const result = await endorseNomination(viewer, input);
  refresh(result.nominationId);
  return result;
});

/** The nominee accepts or declines. */
export const respondAction = defineAction(respondSchema, async (viewer, input) => {
  const result = await respondToNomination(viewer, input);
  refresh(input.nominationId);
  return result;
});

/** The nominee submits chosen evidence; a second click returns the same submission. */
export const submitEvidenceAction = defineAction(submitEvidenceSchema, async (viewer, input) => {
  const result = await submitNomination(viewer, input);
  refresh(input.nominationId);
  return result;
});

/** Withdraws a nomination (the nominee until review starts, the nominator before it was accepted). */
export const withdrawAction = defineAction(withdrawSchema, async (viewer, input) => {
  const result = await withdrawNomination(viewer, input);
  refresh(input.nominationId);
  return result;
});

/** The nominee confirms the invitation page: the link is used up now (exactly once, however many
 * times this runs at the same moment) and signs them in, or up, with the invited address, then opens
 * the nomination. A link used or expired meanwhile leads to the page that explains. */
export async function continueWithInvitationAction(token: string): Promise<void> {
  redirect(await invitationDestination(token));
}
