'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { mergeAccounts, previewMerge } from '@/lib/people/merge';
import { mergeAccountsSchema, previewMergeSchema } from '@/lib/people/merge-schema';

export const previewMergeAction = defineAction(previewMergeSchema, (viewer, input) => previewMerge(viewer, input));

export const mergeAccountsAction = defineAction(mergeAccountsSchema, async (viewer, input) => {
  const result = await mergeAccounts(viewer, input);
  revalidatePath('/admin', 'layout');
  return result;
});
