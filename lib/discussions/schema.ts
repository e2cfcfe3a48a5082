// The reviewers' discussion of a submission: its forms' schemas and limits. Safe for the browser:
// each form and its server action parse with the same schema.
import { z } from 'zod';

/** The longest comment. */
export const COMMENT_MAX_LENGTH = 4000;
/** How long after posting a comment its author may still edit it; then it stays as written. */
export const COMMENT_EDIT_MINUTES = 15;
/** Comments per page of a thread (oldest first). */
export const DISCUSSION_PAGE_SIZE = 25;

/** The draft key of a submission's comment box. */
export const commentDraftKey = (submissionId: string) => `discussion.comment.${submissionId}`;

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
