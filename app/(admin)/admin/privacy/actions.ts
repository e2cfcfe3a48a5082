'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { confirmErasureSchema, rejectErasureSchema } from '@/lib/privacy/schema';
import { confirmErasure, rejectErasure } from '@/lib/privacy/service';

export const confirmErasureAction = defineAction(confirmErasureSchema, async (viewer, input) => {
  await confirmErasure(viewer, input);
  revalidatePath('/admin', 'layout');
});

export const rejectErasureAction = defineAction(rejectErasureSchema, async (viewer, input) => {
  await rejectErasure(viewer, input);
  revalidatePath('/admin', 'layout');
});
