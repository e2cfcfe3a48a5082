'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { updateCriteria } from '@/lib/reviews/criteria';
import { criteriaSchema } from '@/lib/reviews/schema';

export const saveCriteriaAction = defineAction(criteriaSchema, async (viewer, input) => {
  const result = await updateCriteria(viewer, input);
  revalidatePath('/admin', 'layout');
  return result;
});
