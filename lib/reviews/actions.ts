'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { assignReviewers, autoAssignReviewers, removeAssignment } from './assign';
import { declareConflict } from './declare-conflict';
import { updateCriteria } from './criteria';
import { sendReviewRemindersNow } from './reminders';
import { reopenReview, saveReview } from './review';
import {
  assignReviewersSchema,
  autoAssignSchema,
  criteriaSchema,
  declareConflictSchema,
  removeAssignmentSchema,
  reopenReviewSchema,
  reviewInputSchema,
  sendRemindersSchema,
} from './schema';

// ── Reviewers ────────────────────────────────────────────────────────────────────────────────────

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

// ── Administration: assignments, reminders, the cycle's rubric ───────────────────────────────────

export const assignReviewersAction = defineAction(assignReviewersSchema, async (viewer, input) => {
  const result = await assignReviewers(viewer, input);
  revalidatePath('/admin', 'layout');
  return result;
});

export const autoAssignAction = defineAction(autoAssignSchema, async (viewer, input) => {
  const result = await autoAssignReviewers(viewer, input);
  revalidatePath('/admin', 'layout');
  return result;
});

export const removeAssignmentAction = defineAction(removeAssignmentSchema, async (viewer, input) => {
  await removeAssignment(viewer, input);
  revalidatePath('/admin', 'layout');
});

export const sendRemindersAction = defineAction(sendRemindersSchema, (viewer) => sendReviewRemindersNow(viewer));

export const saveCriteriaAction = defineAction(criteriaSchema, async (viewer, input) => {
  const result = await updateCriteria(viewer, input);
  revalidatePath('/admin', 'layout');
  return result;
});
