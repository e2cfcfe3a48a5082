'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { confirmErasureSchema, rejectErasureSchema, requestErasureSchema } from './schema';
import { confirmErasure, rejectErasure, requestErasure } from './service';

export const requestErasureAction = defineAction(requestErasureSchema, async (viewer, input) => {
  const result = await requestErasure(viewer, input);
  revalidatePath('/profile', 'layout');
  return result;
});

export const confirmErasureAction = defineAction(confirmErasureSchema, async (viewer, input) => {
  await confirmErasure(viewer, input);
  revalidatePath('/admin', 'layout');
});

export const rejectErasureAction = defineAction(rejectErasureSchema, async (viewer, input) => {
  await rejectErasure(viewer, input);
  revalidatePath('/admin', 'layout');
});
