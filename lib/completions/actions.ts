'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { cancelProviderApplicationSchema, correctCompletionSchema, withdrawCompletionSchema } from './schema';
import { cancelProviderApplication, correctCompletion, withdrawCompletion } from './service';

export const correctCompletionAction = defineAction(correctCompletionSchema, async (viewer, input) => {
  const result = await correctCompletion(viewer, input);
  revalidatePath('/provider');
  return result;
});

export const withdrawCompletionAction = defineAction(withdrawCompletionSchema, async (viewer, input) => {
  await withdrawCompletion(viewer, input);
  revalidatePath('/provider');
});

export const cancelProviderApplicationAction = defineAction(cancelProviderApplicationSchema, async (viewer, input) => {
  await cancelProviderApplication(viewer, input);
  revalidatePath('/provider');
});
