'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { requestErasureSchema } from '@/lib/privacy/schema';
import { requestErasure } from '@/lib/privacy/service';

export const requestErasureAction = defineAction(requestErasureSchema, async (viewer, input) => {
  const result = await requestErasure(viewer, input);
  revalidatePath('/profile', 'layout');
  return result;
});
