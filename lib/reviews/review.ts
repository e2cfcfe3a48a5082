import 'server-only';
// A reviewer's own review: drafts save, submitting locks it, reopening is possible until the admin
// closes review. Scores are checked against the cycle's own scale and rubric here, on the server.
import { actorOf, recordAudit } from '@/lib/audit/record';
import { prisma, type Tx } from '@/lib/db';
import { AppError, STALE_WRITE_MESSAGE } from '@/lib/errors';
import type { ReviewStatus } from '@/lib/generated/prisma/enums';
import type { z } from 'zod';
import { canTransitionReview, isEditableReview, mayReopenReview, REOPEN_AFTER_OTHERS_MESSAGE } from './lifecycle';
import { issuesToFieldErrors, reviewIssues, type ReviewInput, type reopenReviewSchema } from './schema';
import type { Viewer } from '@/lib/auth/viewer';

const NOT_ASSIGNED = 'You are not assigned to review this submission.';

async function loadOwnAssignment(tx: Tx, viewer: Viewer, assignmentId: string) {
  const a = await tx.reviewAssignment.findUnique({
    where: { id: assignmentId },
    select: {
      id: true,
      reviewerId: true,
      status: true,
      version: true,
      submissionId: true,
      submission: {
        select: {
          status: true,
          cycle: {
            select: {
              name: true,
              scoreMin: true,
              scoreMax: true,
              reviewClosedAt: true,
              criteria: { orderBy: { sortOrder: 'asc' }, select: { id: true, label: true } },
            },
          },
        },
      },
    },
  });
  // Someone else's review, or one the reviewer was taken off, is not theirs to read or write.
  if (!a || a.reviewerId !== viewer.id || a.status === 'REMOVED') throw new AppError('NOT_FOUND', NOT_ASSIGNED);
  if (a.submission.status !== 'UNDER_REVIEW') throw new AppError('CONFLICT', 'This submission is no longer under review.');
  if (a.submission.cycle.reviewClosedAt) {
    throw new AppError('CONFLICT', `Review has closed for ${a.submission.cycle.name}; reviews can no longer be changed.`);
  }
  return a;
}

/** Saves the reviewer's draft, or submits the review (every criterion scored, a confidence level
 * and both comments). A stale version (another tab saved meanwhile) is refused, never overwritten. */
export async function saveReview(
  viewer: Viewer,
  input: ReviewInput,
  now: Date = new Date(),
): Promise<{ version: number; status: ReviewStatus }> {
  return prisma.$transaction(async (tx) => {
    const a = await loadOwnAssignment(tx, viewer, input.assignmentId);
    if (!isEditableReview(a.status)) throw new AppError('CONFLICT', 'You have submitted this review. Reopen it to make changes.');
    const { cycle } = a.submission;
    const issues = reviewIssues({ scoreMin: cycle.scoreMin, scoreMax: cycle.scoreMax, criteria: cycle.criteria }, input);
    if (issues.length > 0) throw new AppError('INVALID', 'Some fields need attention.', issuesToFieldErrors(issues));

    const target: ReviewStatus = input.intent === 'submit' ? 'SUBMITTED' : 'IN_PROGRESS';
    if (target !== a.status && !canTransitionReview(a.status, target)) throw new AppError('CONFLICT', 'This review cannot be changed now.');
    const { count } = await tx.reviewAssignment.updateMany({
      where: { id: a.id, version: input.version, status: a.status },
      data: {
        status: target,
        confidence: input.confidence,
        committeeComment: input.committeeComment || null,
        candidateFeedback: input.candidateFeedback || null,
        submittedAt: target === 'SUBMITTED' ? now : null,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new AppError('CONFLICT', STALE_WRITE_MESSAGE);
    const scores = Object.entries(input.scores).flatMap(([criterionId, score]) => (score === null ? [] : [{ criterionId, score }]));
    await tx.reviewScore.deleteMany({ where: { assignmentId: a.id } });
    if (scores.length > 0) await tx.reviewScore.createMany({ data: scores.map((s) => ({ assignmentId: a.id, ...s })) });

    if (target !== a.status) {
      await recordAudit(tx, {
        actor: actorOf(viewer),
        action: target === 'SUBMITTED' ? 'review.submitted' : 'review.started',
        entityType: 'ReviewAssignment',
        entityId: a.id,
        before: { status: a.status },
        after: target === 'SUBMITTED' ? { status: target, scores, confidence: input.confidence } : { status: target },
      });
    }
    return { version: a.version + 1, status: target };
  });
}

/** Reopens a submitted review for changes, while review is open and no other review of the
 * submission is submitted (whose scores the reviewer would have read: mayReopenReview). */
export async function reopenReview(viewer: Viewer, input: z.output<typeof reopenReviewSchema>): Promise<{ version: number }> {
  return prisma.$transaction(async (tx) => {
    const a = await loadOwnAssignment(tx, viewer, input.assignmentId);
    if (a.status !== 'SUBMITTED' || !canTransitionReview(a.status, 'IN_PROGRESS')) {
      throw new AppError('CONFLICT', 'This review is not submitted, so there is nothing to reopen.');
    }
    const otherSubmittedCount = await tx.reviewAssignment.count({
      where: { submissionId: a.submissionId, status: 'SUBMITTED', id: { not: a.id } },
    });
    if (!mayReopenReview({ ownStatus: a.status, otherSubmittedCount })) throw new AppError('CONFLICT', REOPEN_AFTER_OTHERS_MESSAGE);
    const { count } = await tx.reviewAssignment.updateMany({
      where: { id: a.id, version: input.version, status: 'SUBMITTED' },
      data: { status: 'IN_PROGRESS', submittedAt: null, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError('CONFLICT', STALE_WRITE_MESSAGE);
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: 'review.reopened',
      entityType: 'ReviewAssignment',
      entityId: a.id,
      before: { status: 'SUBMITTED' },
      after: { status: 'IN_PROGRESS' },
    });
    return { version: a.version + 1 };
  });
}
