// A reviewer's declaration of a conflict of interest with a submission.
import 'server-only';
import { actorOf, recordAudit } from '@/lib/audit/record';
import { assertRole } from '@/lib/auth/policy';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { z } from 'zod';
import { canTransitionReview } from './lifecycle';
import type { declareConflictSchema } from './schema';
import type { Viewer } from '@/lib/auth/viewer';

/** A reviewer declares a conflict of interest with a submission of a category they review (or one
 * assigned to them). They are taken off it at once, and never assigned to it again. */
export async function declareConflict(
  viewer: Viewer,
  input: z.output<typeof declareConflictSchema>,
  now: Date = new Date(),
): Promise<{ removedFromReview: boolean }> {
  assertRole(viewer, 'REVIEWER');
  return prisma.$transaction(async (tx) => {
    const s = await tx.submission.findUnique({
      where: { id: input.submissionId },
      select: {
        id: true,
        status: true,
        categoryId: true,
        assignments: { where: { reviewerId: viewer.id }, select: { id: true, status: true } },
        conflicts: { where: { reviewerId: viewer.id }, select: { id: true } },
      },
    });
    const reviewsCategory = s
      ? (await tx.reviewerCategory.count({ where: { reviewerId: viewer.id, categoryId: s.categoryId } })) > 0
      : false;
    // Never reveal a submission outside the reviewer's categories.
    if (!s || (!reviewsCategory && s.assignments.length === 0)) throw new AppError('NOT_FOUND', 'This submission is not one you review.');
    if (s.conflicts.length > 0) throw new AppError('CONFLICT', 'You have already declared a conflict with this submission.');
    if (s.status === 'DECIDED' || s.status === 'WITHDRAWN') {
      // Two fixed sentences (not one built from the status) so that each can be said in the caller's language.
      throw new AppError(
        'CONFLICT',
        s.status === 'DECIDED'
          ? 'This submission is already decided; there is nothing to declare.'
          : 'This submission is withdrawn; there is nothing to declare.',
      );
    }
    await tx.conflictDeclaration.create({ data: { reviewerId: viewer.id, submissionId: s.id, reason: input.reason, createdAt: now } });
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: 'review.conflict-declared',
      entityType: 'Submission',
      entityId: s.id,
      after: { reviewerId: viewer.id, reason: input.reason },
    });
    const active = s.assignments.find((a) => canTransitionReview(a.status, 'REMOVED'));
    if (!active) return { removedFromReview: false };
    await tx.reviewAssignment.update({
      where: { id: active.id },
      data: { status: 'REMOVED', removedAt: now, removedReason: 'Declared a conflict of interest', version: { increment: 1 } },
    });
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: 'review.removed',
      entityType: 'Submission',
      entityId: s.id,
      before: { reviewerId: viewer.id, status: active.status },
      after: { status: 'REMOVED', reason: 'conflict declared' },
    });
    return { removedFromReview: true };
  });
}
