'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { assertRole } from '@/lib/auth/policy';
import { assignReviewers, autoAssignReviewers, removeAssignment } from '@/lib/reviews/assign';
import { sendReviewReminders } from '@/lib/reviews/reminders';
import { assignReviewersSchema, autoAssignSchema, removeAssignmentSchema, sendRemindersSchema } from '@/lib/reviews/schema';

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

export const sendRemindersAction = defineAction(sendRemindersSchema, async (viewer) => {
  assertRole(viewer, 'ADMIN');
  return sendReviewReminders();
});
