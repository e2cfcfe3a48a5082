'use server';

import { revalidatePath } from 'next/cache';
import { defineAction, thenRefresh } from '@/lib/actions/define-action';
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

export const reopenReviewAction = defineAction(reopenReviewSchema, thenRefresh(reopenReview, '/reviews'));

export const declareConflictAction = defineAction(declareConflictSchema, thenRefresh(declareConflict, '/reviews'));

// ── Administration: assignments, reminders, the cycle's rubric ───────────────────────────────────

export const assignReviewersAction = defineAction(assignReviewersSchema, thenRefresh(assignReviewers, '/admin'));

export const autoAssignAction = defineAction(autoAssignSchema, thenRefresh(autoAssignReviewers, '/admin'));

export const removeAssignmentAction = defineAction(removeAssignmentSchema, async (viewer, input) => {
  await removeAssignment(viewer, input);
  revalidatePath('/admin', 'layout');
});

export const sendRemindersAction = defineAction(sendRemindersSchema, (viewer) => sendReviewRemindersNow(viewer));

export const saveCriteriaAction = defineAction(criteriaSchema, thenRefresh(updateCriteria, '/admin'));
