'use server';

import { revalidatePath } from 'next/cache';
import { defineAction, thenRefresh } from '@/lib/actions/define-action';
import { confirmErasureSchema, rejectErasureSchema, requestErasureSchema } from './schema';
import { confirmErasure, rejectErasure, requestErasure } from './service';

export const requestErasureAction = defineAction(requestErasureSchema, thenRefresh(requestErasure, '/profile'));

export const confirmErasureAction = defineAction(confirmErasureSchema, async (viewer, input) => {
  await confirmErasure(viewer, input);
  revalidatePath('/admin', 'layout');
});

export const rejectErasureAction = defineAction(rejectErasureSchema, async (viewer, input) => {
  await rejectErasure(viewer, input);
  revalidatePath('/admin', 'layout');
});
