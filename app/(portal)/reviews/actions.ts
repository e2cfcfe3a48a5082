'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { declareConflict } from '@/lib/reviews/assign';
import { reopenReview, saveReview } from '@/lib/reviews/review';
import { declareConflictSchema, reopenReviewSchema, reviewInputSchema } from '@/lib/reviews/schema';

export const saveReviewAction = defineAction(reviewInputSchema, async (viewer, input) => {
  const result = await saveReview(viewer, input);
  // Drafts save quietly as the reviewer types; submitting shows the submitted review (and the others').
  if (input.intent === 'submit') revalidatePath('/reviews', 'layout');
  return result;
});

export const reopenReviewAction = defineAction(reopenReviewSchema, async (viewer, input) => {
  const result = await reopenReview(viewer, input);
  revalidatePath('/reviews', 'layout');
  return result;
});

export const declareConflictAction = defineAction(declareConflictSchema, async (viewer, input) => {
  const result = await declareConflict(viewer, input);
  revalidatePath('/reviews', 'layout');
  return result;
});
