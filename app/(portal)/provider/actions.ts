'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { startProviderApplication } from '@/lib/mct/service';
import { findCandidateCompletions } from '@/lib/providers/queries';
import { confirmCompletionSchema, findCandidateCompletionsSchema, startApplicationSchema } from '@/lib/providers/schema';
import { confirmCompletion } from '@/lib/providers/service';

export const confirmCompletionAction = defineAction(confirmCompletionSchema, async (viewer, input) => {
  await confirmCompletion(viewer, input);
  revalidatePath('/provider');
});

export const findCandidateCompletionsAction = defineAction(findCandidateCompletionsSchema, async (viewer, input) =>
  findCandidateCompletions(viewer, input),
);

export const startApplicationAction = defineAction(startApplicationSchema, async (viewer, input) => {
  const result = await startProviderApplication(viewer, input);
  revalidatePath('/provider');
  return result;
});
