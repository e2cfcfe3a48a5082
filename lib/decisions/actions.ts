'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { closeReviewSchema, decideSchema, releaseDecisionsSchema } from './schema';
import { closeReview, decideSubmission, releaseDecisions } from './service';

export const closeReviewAction = defineAction(closeReviewSchema, async (viewer, input) => {
  const result = await closeReview(viewer, input);
  revalidatePath('/admin', 'layout');
  return result;
});

export const decideAction = defineAction(decideSchema, async (viewer, input) => {
  const result = await decideSubmission(viewer, input);
  revalidatePath('/admin', 'layout');
  return result;
});

export const releaseDecisionsAction = defineAction(releaseDecisionsSchema, async (viewer, input) => {
  const result = await releaseDecisions(viewer, input);
  revalidatePath('/admin', 'layout');
  return result;
});
