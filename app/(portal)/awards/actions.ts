'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { submitRenewal } from '@/lib/awards/renewal';
import { acceptAwardSchema, startRenewalSchema } from '@/lib/awards/schema';
import { acceptAward } from '@/lib/awards/service';

export const acceptAwardAction = defineAction(acceptAwardSchema, async (viewer, input) => {
  await acceptAward(viewer, input);
  revalidatePath('/', 'layout');
});

export const submitRenewalAction = defineAction(startRenewalSchema, async (viewer, input) => {
  const result = await submitRenewal(viewer, input);
  revalidatePath('/', 'layout');
  return result;
});
