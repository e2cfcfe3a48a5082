'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { withdrawRenewal } from './renewal';
import { withdrawRenewalSchema } from './schema';

export const withdrawRenewalAction = defineAction(withdrawRenewalSchema, async (viewer, input) => {
  const result = await withdrawRenewal(viewer, input);
  revalidatePath('/dashboard');
  revalidatePath(`/awards/${input.awardId}/renew`);
  return result;
});
