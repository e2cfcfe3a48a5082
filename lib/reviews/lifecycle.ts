// The review lifecycle: one table of allowed transitions of a reviewer's assignment, and how each
// status is shown to the reviewer with its next step. The submission's own lifecycle (SUBMITTED ->
// UNDER_REVIEW -> DECIDED, or WITHDRAWN) is one table in lib/nominations/lifecycle.ts, shared by
// nominations and renewals; it is re-exported here so the review services read both from one place.
import type { ReviewStatus, SubmissionStatus } from '@/lib/generated/prisma/enums';

export { SUBMISSION_TRANSITIONS, canTransitionSubmission } from '@/lib/nominations/lifecycle';

export const REVIEW_TRANSITIONS: Record<ReviewStatus, readonly ReviewStatus[]> = {
  // A first draft moves it to IN_PROGRESS; a reviewer may also submit in one go.
  ASSIGNED: ['IN_PROGRESS', 'SUBMITTED', 'REMOVED'],
  IN_PROGRESS: ['SUBMITTED', 'REMOVED'],
  // Reopened by the reviewer while review is open; removed when a conflict is declared after submitting.
  SUBMITTED: ['IN_PROGRESS', 'REMOVED'],
  // Assigned again by an admin (only when no conflict stands in the way).
  REMOVED: ['ASSIGNED'],
};

/** Whether an assignment may move from one status to another. */
export function canTransitionReview(from: ReviewStatus, to: ReviewStatus): boolean {
  return REVIEW_TRANSITIONS[from].includes(to);
}

/** Whether the reviewer can still change the scores (drafts): not yet submitted, not removed. */
export function isEditableReview(status: ReviewStatus): boolean {
  return status === 'ASSIGNED' || status === 'IN_PROGRESS';
}

/** Statuses that keep a reviewer on a submission (they count towards its reviewers). */
export const ACTIVE_REVIEW_STATUSES: readonly ReviewStatus[] = ['ASSIGNED', 'IN_PROGRESS', 'SUBMITTED'];

/** Statuses of reviews still owed (for the queue and reminders). */
export const OPEN_REVIEW_STATUSES: readonly ReviewStatus[] = ['ASSIGNED', 'IN_PROGRESS'];

export const REVIEW_STATUS_COPY: Record<ReviewStatus, { label: string; reviewer: string }> = {
  ASSIGNED: { label: 'Not started', reviewer: 'Read the evidence and score it on the rubric.' },
  IN_PROGRESS: { label: 'Draft', reviewer: 'Your draft is saved. Submit it when every criterion is scored.' },
  SUBMITTED: {
    label: 'Submitted',
    reviewer: 'Done. You can reopen it until the admin closes review, as long as no other reviewer has submitted theirs.',
  },
  REMOVED: { label: 'Removed', reviewer: 'You are no longer a reviewer of this submission.' },
};

export const SUBMISSION_STATUS_LABELS: Record<SubmissionStatus, string> = {
  SUBMITTED: 'Waiting for reviewers',
  UNDER_REVIEW: 'Under review',
  DECIDED: 'Decided',
  WITHDRAWN: 'Withdrawn',
};

/** Whether a person may read the other reviewers' scores and comments on a submission: admins
 * always; a reviewer only once their own review is submitted, so nobody anchors on others' scores. */
export function mayReadOtherReviews(p: { isAdmin: boolean; ownStatus: ReviewStatus | null }): boolean {
  return p.isAdmin || p.ownStatus === 'SUBMITTED';
}

/** Whether a reviewer may reopen their submitted review: only while no other review of the
 * submission is submitted. Once one is, its scores are shown to them (mayReadOtherReviews), and a
 * reopened review could follow them; so reopening is refused (README › MVP review), not flagged. */
export function mayReopenReview(p: { ownStatus: ReviewStatus | null; otherSubmittedCount: number }): boolean {
  return p.ownStatus === 'SUBMITTED' && p.otherSubmittedCount === 0;
}

/** Why a submitted review cannot be reopened once the other scores are shown. */
export const REOPEN_AFTER_OTHERS_MESSAGE =
  'The other reviewers’ scores are shown to you now, so your review can no longer be reopened: changing it after reading theirs would no longer be an independent review. If something in it is wrong, tell the program admins.';
