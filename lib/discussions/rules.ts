// Who may read and write a submission's discussion, and what can happen to a comment: pure rules,
// the one place they are decided (lib/discussions/queries.ts and service.ts load the facts and ask).
import type { ReviewStatus, SubmissionStatus } from '@/lib/generated/prisma/enums';
import { mayReadOtherReviews } from '@/lib/reviews/lifecycle';
import { COMMENT_EDIT_MINUTES } from './schema';

/** What a person may do with a submission's discussion: nothing (it does not exist for them),
 * wait (an assigned reviewer whose own review is not in yet), read, or read and post. */
export type DiscussionAccess = 'none' | 'after-own-review' | 'read' | 'post';

export type DiscussionFacts = {
  isAdmin: boolean;
  /** The candidate, the nominator or an endorser of the submission: never, whatever their roles. */
  isCandidateSide: boolean;
  /** Declared a conflict with the submission. */
  hasConflict: boolean;
  /** Their assignment to the submission, if any (REMOVED counts as none). */
  ownStatus: ReviewStatus | null;
  submissionStatus: SubmissionStatus;
};

/** The discussion is for the submission's assigned reviewers and the program admins, never the
 * candidate's side or a conflicted reviewer. A reviewer reads it only once their own review is
 * submitted: the same rule as the other reviewers' scores (mayReadOtherReviews), so nobody anchors
 * on the others' opinions. Comments are posted while the submission is under review. */
export function discussionAccessOf(f: DiscussionFacts): DiscussionAccess {
  if (f.isCandidateSide || f.hasConflict) return 'none';
  const ownStatus = f.ownStatus === 'REMOVED' ? null : f.ownStatus;
  if (!f.isAdmin && ownStatus === null) return 'none';
  if (!mayReadOtherReviews({ isAdmin: f.isAdmin, ownStatus })) return 'after-own-review';
  return f.submissionStatus === 'UNDER_REVIEW' ? 'post' : 'read';
}

/** A comment is visible, or hidden by an admin (with a reason); hiding is final. */
export type CommentState = 'VISIBLE' | 'HIDDEN';
export const COMMENT_TRANSITIONS: Record<CommentState, readonly CommentState[]> = { VISIBLE: ['HIDDEN'], HIDDEN: [] };

export const commentStateOf = (c: { hiddenAt: Date | null }): CommentState => (c.hiddenAt ? 'HIDDEN' : 'VISIBLE');

/** Whether a comment may move to another state. */
export function canTransitionComment(from: CommentState, to: CommentState): boolean {
  return COMMENT_TRANSITIONS[from].includes(to);
}

/** Until when the author may edit a comment. */
export const editableUntil = (createdAt: Date) => new Date(createdAt.getTime() + COMMENT_EDIT_MINUTES * 60_000);

/** Why the author cannot edit their comment now, or null: it is theirs, visible, and inside the window. */
export function editProblem(c: { authorId: string; createdAt: Date; hiddenAt: Date | null }, editorId: string, now: Date): string | null {
  if (c.authorId !== editorId) return 'Only its author can edit a comment.';
  if (commentStateOf(c) === 'HIDDEN') return 'An admin hid this comment; it can no longer be edited.';
  if (now >= editableUntil(c.createdAt)) {
    return `Comments can be edited for ${COMMENT_EDIT_MINUTES} minutes after posting; this one now stays as written. Add a new comment instead.`;
  }
  return null;
}
