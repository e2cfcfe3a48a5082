'use server';

import { revalidatePath } from 'next/cache';
import { defineAction, thenRefresh } from '@/lib/actions/define-action';
import { submitRenewal, withdrawRenewal } from './renewal';
import { acceptAwardSchema, startRenewalSchema, withdrawRenewalSchema } from './schema';
import { acceptAward } from './service';

export const acceptAwardAction = defineAction(acceptAwardSchema, async (viewer, input) => {
  await acceptAward(viewer, input);
  revalidatePath('/', 'layout');
});

export const submitRenewalAction = defineAction(startRenewalSchema, thenRefresh(submitRenewal, '/'));

export const withdrawRenewalAction = defineAction(withdrawRenewalSchema, async (viewer, input) => {
  const result = await withdrawRenewal(viewer, input);
  revalidatePath('/dashboard');
  revalidatePath(`/awards/${input.awardId}/renew`);
  return result;
});
