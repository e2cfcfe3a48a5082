'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { editCommentSchema, hideCommentSchema, markReadSchema, postCommentSchema } from './schema';
import { editComment, hideComment, markDiscussionRead, postComment } from './service';

export const postDiscussionCommentAction = defineAction(postCommentSchema, async (viewer, input) => {
  const result = await postComment(viewer, input);
  revalidatePath(`/reviews/${input.submissionId}`);
  return result;
});

export const editDiscussionCommentAction = defineAction(editCommentSchema, async (viewer, input) => {
  const result = await editComment(viewer, input);
  revalidatePath('/reviews', 'layout');
  return result;
});

export const hideDiscussionCommentAction = defineAction(hideCommentSchema, async (viewer, input) => {
  await hideComment(viewer, input);
  revalidatePath('/reviews', 'layout');
});

/** Called by the thread once it is on screen: what a visit changes is the person's own action. */
export const markDiscussionReadAction = defineAction(markReadSchema, async (viewer, input) => {
  await markDiscussionRead(viewer, input);
});
