// The reviewers' discussion of a submission: its forms' schemas and limits. Safe for the browser:
// each form and its server action parse with the same schema.
import { z } from 'zod';
import { COMMENT_EDIT_MINUTES, COMMENT_MAX_LENGTH, commentDraftKey, DISCUSSION_PAGE_SIZE } from './limits';

export { COMMENT_EDIT_MINUTES, COMMENT_MAX_LENGTH, commentDraftKey, DISCUSSION_PAGE_SIZE };

const body = z
  .string()
  .trim()
  .min(1, 'Write your comment')
  .max(COMMENT_MAX_LENGTH, `Keep the comment under ${COMMENT_MAX_LENGTH.toLocaleString('en-US')} characters`);

export const postCommentSchema = z.object({ submissionId: z.uuid(), body });
export type PostCommentInput = z.input<typeof postCommentSchema>;

export const editCommentSchema = z.object({ commentId: z.uuid(), version: z.number().int().min(0), body });
export type EditCommentInput = z.input<typeof editCommentSchema>;

export const hideCommentSchema = z.object({
  commentId: z.uuid(),
  reason: z
    .string()
    .trim()
    .min(5, 'Say why the comment is hidden (the reviewers read this)')
    .max(500, 'Keep the reason under 500 characters'),
});
export type HideCommentInput = z.input<typeof hideCommentSchema>;

/** Marks the thread read up to a comment the person was shown. */
export const markReadSchema = z.object({ submissionId: z.uuid(), upToCommentId: z.uuid() });
