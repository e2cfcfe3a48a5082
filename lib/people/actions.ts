'use server';

import { revalidatePath } from 'next/cache';
import { defineAction, thenRefresh } from '@/lib/actions/define-action';
import { changeRoleSchema, setReviewerCategoriesSchema } from './admin-schema';
import { changeRole, setReviewerCategories } from './admin-service';
import { mergeAccounts, previewMerge } from './merge';
import { mergeAccountsSchema, previewMergeSchema } from './merge-schema';
import { adoptTimeZoneSchema, profileSchema } from './schema';
import { adoptTimeZone, updateProfile } from './service';

export const saveProfileAction = defineAction(profileSchema, async (viewer, input) => {
  await updateProfile(viewer, input);
  revalidatePath('/', 'layout');
});

export const adoptTimeZoneAction = defineAction(adoptTimeZoneSchema, async (viewer, input) => {
  const result = await adoptTimeZone(viewer, input);
  if (result.changed) revalidatePath('/', 'layout');
  return result;
});

export const changeRoleAction = defineAction(changeRoleSchema, thenRefresh(changeRole, '/admin'));

export const setReviewerCategoriesAction = defineAction(setReviewerCategoriesSchema, thenRefresh(setReviewerCategories, '/admin'));

export const previewMergeAction = defineAction(previewMergeSchema, (viewer, input) => previewMerge(viewer, input));

export const mergeAccountsAction = defineAction(mergeAccountsSchema, thenRefresh(mergeAccounts, '/admin'));
