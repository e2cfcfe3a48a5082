'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { changeRoleSchema, setReviewerCategoriesSchema } from '@/lib/people/admin-schema';
import { changeRole, setReviewerCategories } from '@/lib/people/admin-service';

export const changeRoleAction = defineAction(changeRoleSchema, async (viewer, input) => {
  const result = await changeRole(viewer, input);
  revalidatePath('/admin', 'layout');
  return result;
});

export const setReviewerCategoriesAction = defineAction(setReviewerCategoriesSchema, async (viewer, input) => {
  const result = await setReviewerCategories(viewer, input);
  revalidatePath('/admin', 'layout');
  return result;
});
