import 'server-only';
// Assigning reviewers to submissions (by hand, in bulk, automatically), taking a reviewer off, and a
// reviewer declaring a conflict of interest. Conflicts are checked at assignment and again when one
// is declared. The first assignment starts review: the submission (and its nomination or renewal)
// moves to UNDER_REVIEW and the candidate can no longer withdraw.
import { actorOf, type AuditActor, recordAudit } from '@/lib/audit/record';
import { assertRole } from '@/lib/auth/policy';
import { canTransitionRenewal } from '@/lib/awards/lifecycle';
import { prisma, type Tx } from '@/lib/db';
import { env } from '@/lib/env';
import { AppError, STALE_WRITE_MESSAGE } from '@/lib/errors';
import { canTransitionNomination } from '@/lib/nominations/lifecycle';
import { nominationUrl, recordNominationEvent } from '@/lib/nominations/notify';
import { queueEmail } from '@/lib/notifications/outbox';
import type { z } from 'zod';
import { planAssignments } from './assignment';
import { CONFLICT_LABELS, findConflicts } from './conflicts';
import { ACTIVE_REVIEW_STATUSES, canTransitionReview, canTransitionSubmission } from './lifecycle';
import type { assignReviewersSchema, autoAssignSchema, removeAssignmentSchema } from './schema';
import { assignableSubmissionSelect, candidateNameOf, conflictFactsOf } from './submission-facts';
import type { Viewer } from '@/lib/auth/viewer';

type AssignableSubmissionRow = NonNullable<Awaited<ReturnType<typeof loadSubmissions>>[number]>;

function loadSubmissions(
  tx: Tx,
  where: { id: { in: string[] } } | { cycleId: string; categoryId: string; status: { in: ('SUBMITTED' | 'UNDER_REVIEW')[] } },
) {
  return tx.submission.findMany({ where, orderBy: { submittedAt: 'asc' }, select: assignableSubmissionSelect });
}

/** Locks the cycles' rows for the transaction, so two admins assigning at once queue instead of both
 * planning from the same picture (and over-assigning). */
async function lockCycles(tx: Tx, cycleIds: string[]) {
  for (const id of [...new Set(cycleIds)].sort()) {
    await tx.$queryRaw`SELECT id FROM "AwardCycle" WHERE id = ${id}::uuid FOR UPDATE`;
  }
}

function refuseUnlessAssignable(s: AssignableSubmissionRow): void {
  const who = candidateNameOf(s);
  if (s.status === 'WITHDRAWN') throw new AppError('CONFLICT', `The submission of ${who} was withdrawn; it cannot be reviewed.`);
  if (s.status === 'DECIDED') throw new AppError('CONFLICT', `The submission of ${who} is already decided.`);
  if (s.cycle.reviewClosedAt) throw new AppError('CONFLICT', `Review is closed for ${s.cycle.name}; no more reviewers can be assigned.`);
}

/** Starts review of a submission on its first assignment: SUBMITTED -> UNDER_REVIEW, with its
 * nomination (history, nominator told) or renewal. Does nothing when review already started. */
async function startReview(tx: Tx, s: AssignableSubmissionRow, actor: AuditActor, now: Date): Promise<void> {
  if (s.status !== 'SUBMITTED' || !canTransitionSubmission('SUBMITTED', 'UNDER_REVIEW')) return;
  const { count } = await tx.submission.updateMany({
    where: { id: s.id, status: 'SUBMITTED' },
    data: { status: 'UNDER_REVIEW', version: { increment: 1 } },
  });
  if (count === 0)
    throw new AppError(
      'CONFLICT',
      `The submission of ${candidateNameOf(s)} changed meanwhile (it may have been withdrawn). Reload and try again.`,
    );
  await recordAudit(tx, {
    actor,
    action: 'submission.review-started',
    entityType: 'Submission',
    entityId: s.id,
    before: { status: 'SUBMITTED' },
    after: { status: 'UNDER_REVIEW' },
  });
  const n = s.nomination;
  if (n && canTransitionNomination(n.status, 'UNDER_REVIEW')) {
    await tx.nomination.update({ where: { id: n.id }, data: { status: 'UNDER_REVIEW', version: { increment: 1 } } });
    await recordNominationEvent(tx, n.id, 'UNDER_REVIEW', now, 'Reviewers are assessing the evidence.');
    await recordAudit(tx, {
      actor,
      action: 'nomination.under-review',
      entityType: 'Nomination',
      entityId: n.id,
      before: { status: n.status },
      after: { status: 'UNDER_REVIEW' },
    });
    if (!n.nominator.anonymizedAt) {
      await queueEmail(tx, {
        to: n.nominator.email,
        userId: n.nominatorId,
        template: 'mvp.review.under-review',
        data: { nominatorName: n.nominator.name, nomineeName: n.nomineeName, categoryName: s.category.name, url: nominationUrl(n.id) },
        urgency: 'DIGESTIBLE',
      });
    }
  }
  const r = s.renewal;
  if (r && canTransitionRenewal(r.status, 'UNDER_REVIEW')) {
    await tx.mvpRenewal.update({ where: { id: r.id }, data: { status: 'UNDER_REVIEW' } });
    await recordAudit(tx, {
      actor,
      action: 'renewal.under-review',
      entityType: 'MvpRenewal',
      entityId: r.id,
      before: { status: r.status },
      after: { status: 'UNDER_REVIEW' },
    });
  }
}

/** Tells each reviewer once about the submissions just assigned to them. */
async function notifyReviewers(tx: Tx, assigned: Map<string, { dueAt: Date }[]>) {
  if (assigned.size === 0) return;
  const people = await tx.user.findMany({
    where: { id: { in: [...assigned.keys()] }, anonymizedAt: null },
    select: { id: true, email: true, name: true, timeZone: true },
  });
  for (const p of people) {
    const items = assigned.get(p.id) ?? [];
    const due = items.map((i) => i.dueAt).sort((a, b) => a.getTime() - b.getTime())[0];
    if (!due) continue;
    await queueEmail(tx, {
      to: p.email,
      userId: p.id,
      template: 'mvp.review.assigned',
      data: { reviewerName: p.name, count: items.length, dueAt: due, timeZone: p.timeZone, url: `${env().APP_URL}/reviews` },
      urgency: 'DIGESTIBLE',
    });
  }
}

type ReviewerRow = { id: string; email: string; name: string | null; isReviewer: boolean; categoryIds: string[] };

async function loadReviewers(tx: Tx, ids: string[]): Promise<ReviewerRow[]> {
  const rows = await tx.user.findMany({
    where: { id: { in: ids }, anonymizedAt: null },
    select: { id: true, email: true, name: true, roles: { select: { role: true } }, reviewerCategories: { select: { categoryId: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    name: r.name,
    isReviewer: r.roles.some((x) => x.role === 'REVIEWER'),
    categoryIds: r.reviewerCategories.map((c) => c.categoryId),
  }));
}

/** Writes one assignment (or brings back one that was removed), with its audit entry. */
async function writeAssignment(
  tx: Tx,
  s: AssignableSubmissionRow,
  reviewerId: string,
  method: 'MANUAL' | 'AUTOMATIC',
  actor: AuditActor,
): Promise<'created' | 'existing'> {
  const existing = s.assignments.find((a) => a.reviewerId === reviewerId);
  if (existing && ACTIVE_REVIEW_STATUSES.includes(existing.status)) return 'existing';
  if (existing) {
    if (!canTransitionReview(existing.status, 'ASSIGNED')) return 'existing';
    const { count } = await tx.reviewAssignment.updateMany({
      where: { id: existing.id, version: existing.version },
      data: {
        status: 'ASSIGNED',
        method,
        assignedById: actor.id,
        assignedAt: new Date(),
        dueAt: s.cycle.reviewDueAt,
        removedAt: null,
        removedReason: null,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new AppError('CONFLICT', STALE_WRITE_MESSAGE);
  } else {
    await tx.reviewAssignment.create({
      data: { submissionId: s.id, reviewerId, assignedById: actor.id, method, dueAt: s.cycle.reviewDueAt },
    });
  }
  await recordAudit(tx, {
    actor,
    action: 'review.assigned',
    entityType: 'Submission',
    entityId: s.id,
    after: { reviewerId, method },
  });
  return 'created';
}

/** Assigns each chosen reviewer to each chosen submission (by hand or in bulk). All or nothing: when
 * any pair is not allowed (not a reviewer of the category, a conflict of interest, a closed or
 * withdrawn submission) nothing is assigned and every reason is named. Pairs already assigned are
 * left as they are. */
export async function assignReviewers(
  viewer: Viewer,
  input: z.output<typeof assignReviewersSchema>,
  now: Date = new Date(),
): Promise<{ assigned: number; alreadyAssigned: number }> {
  assertRole(viewer, 'ADMIN');
  return prisma.$transaction(
    async (tx) => {
      const first = await loadSubmissions(tx, { id: { in: input.submissionIds } });
      if (first.length !== new Set(input.submissionIds).size)
        throw new AppError('NOT_FOUND', 'One of the submissions no longer exists. Reload the page.');
      await lockCycles(
        tx,
        first.map((s) => s.cycleId),
      );
      // Read again under the lock: another admin may have assigned meanwhile.
      const submissions = await loadSubmissions(tx, { id: { in: input.submissionIds } });
      const reviewers = await loadReviewers(tx, input.reviewerIds);
      if (reviewers.length !== new Set(input.reviewerIds).size)
        throw new AppError('NOT_FOUND', 'One of the reviewers no longer exists. Reload the page.');

      const refusals: string[] = [];
      for (const s of submissions) {
        try {
          refuseUnlessAssignable(s);
        } catch (error) {
          refusals.push((error as Error).message);
          continue;
        }
        const facts = conflictFactsOf(s);
        for (const r of reviewers) {
          const name = r.name ?? r.email;
          if (!r.isReviewer) refusals.push(`${name} is not a reviewer.`);
          else if (!r.categoryIds.includes(s.categoryId)) refusals.push(`${name} does not review ${s.category.name}.`);
          else {
            const reasons = findConflicts(r, facts);
            if (reasons.length > 0) {
              refusals.push(`${name} cannot review ${candidateNameOf(s)}: ${reasons.map((x) => CONFLICT_LABELS[x]).join('; ')}.`);
            }
          }
        }
      }
      if (refusals.length > 0) throw new AppError('CONFLICT', `Nothing was assigned. ${[...new Set(refusals)].join(' ')}`);

      const actor = actorOf(viewer);
      const notify = new Map<string, { dueAt: Date }[]>();
      let assigned = 0;
      let alreadyAssigned = 0;
      for (const s of submissions) {
        for (const r of reviewers) {
          const outcome = await writeAssignment(tx, s, r.id, 'MANUAL', actor);
          if (outcome === 'existing') alreadyAssigned += 1;
          else {
            assigned += 1;
            notify.set(r.id, [...(notify.get(r.id) ?? []), { dueAt: s.cycle.reviewDueAt }]);
          }
        }
        await startReview(tx, s, actor, now);
      }
      await notifyReviewers(tx, notify);
      return { assigned, alreadyAssigned };
    },
    { timeout: 60_000 },
  );
}

export type AutoAssignResult = {
  assigned: number;
  shortfalls: { submissionId: string; candidateName: string; missing: number }[];
};

/** Gives every waiting or under-review submission of a cycle and category the cycle's number of
 * reviewers, balancing load and never assigning a conflict (lib/reviews/assignment.ts). Reports the
 * submissions that could not get enough reviewers. */
export async function autoAssignReviewers(
  viewer: Viewer,
  input: z.output<typeof autoAssignSchema>,
  now: Date = new Date(),
): Promise<AutoAssignResult> {
  assertRole(viewer, 'ADMIN');
  return prisma.$transaction(
    async (tx) => {
      await lockCycles(tx, [input.cycleId]);
      const cycle = await tx.awardCycle.findUnique({
        where: { id: input.cycleId },
        select: { name: true, reviewClosedAt: true, reviewersPerSubmission: true },
      });
      if (!cycle) throw new AppError('NOT_FOUND', 'This award cycle does not exist.');
      if (cycle.reviewClosedAt) throw new AppError('CONFLICT', `Review is closed for ${cycle.name}; no more reviewers can be assigned.`);
      const submissions = await loadSubmissions(tx, {
        cycleId: input.cycleId,
        categoryId: input.categoryId,
        status: { in: ['SUBMITTED', 'UNDER_REVIEW'] },
      });
      const reviewers = await tx.user.findMany({
        where: {
          anonymizedAt: null,
          roles: { some: { role: 'REVIEWER' } },
          reviewerCategories: { some: { categoryId: input.categoryId } },
        },
        select: {
          id: true,
          email: true,
          _count: { select: { reviewAssignments: { where: { status: { in: ['ASSIGNED', 'IN_PROGRESS'] } } } } },
        },
      });
      const plan = planAssignments(
        submissions.map((s) => {
          const facts = conflictFactsOf(s);
          return {
            ...facts,
            id: s.id,
            categoryId: s.categoryId,
            assignedReviewerIds: s.assignments.filter((a) => ACTIVE_REVIEW_STATUSES.includes(a.status)).map((a) => a.reviewerId),
            // Someone an admin took off a submission is not put back automatically.
            declaredReviewerIds: [
              ...facts.declaredReviewerIds,
              ...s.assignments.filter((a) => a.status === 'REMOVED').map((a) => a.reviewerId),
            ],
          };
        }),
        reviewers.map((r) => ({ id: r.id, email: r.email, categoryIds: [input.categoryId], load: r._count.reviewAssignments })),
        cycle.reviewersPerSubmission,
      );

      const actor = actorOf(viewer);
      const byId = new Map(submissions.map((s) => [s.id, s]));
      const notify = new Map<string, { dueAt: Date }[]>();
      for (const a of plan.assignments) {
        const s = byId.get(a.submissionId)!;
        await writeAssignment(tx, s, a.reviewerId, 'AUTOMATIC', actor);
        notify.set(a.reviewerId, [...(notify.get(a.reviewerId) ?? []), { dueAt: s.cycle.reviewDueAt }]);
      }
      for (const id of new Set(plan.assignments.map((a) => a.submissionId))) await startReview(tx, byId.get(id)!, actor, now);
      await notifyReviewers(tx, notify);
      const shortfalls = plan.shortfalls.map((x) => ({ ...x, candidateName: candidateNameOf(byId.get(x.submissionId)!) }));
      await recordAudit(tx, {
        actor,
        action: 'review.auto-assigned',
        entityType: 'AwardCycle',
        entityId: input.cycleId,
        after: { categoryId: input.categoryId, assigned: plan.assignments.length, shortfalls: plan.shortfalls },
      });
      return { assigned: plan.assignments.length, shortfalls };
    },
    { timeout: 60_000 },
  );
}

/** Takes a reviewer off a submission (an admin's decision). Their draft or review stays recorded but
 * no longer counts. */
export async function removeAssignment(
  viewer: Viewer,
  input: z.output<typeof removeAssignmentSchema>,
  now: Date = new Date(),
): Promise<void> {
  assertRole(viewer, 'ADMIN');
  await prisma.$transaction(async (tx) => {
    const a = await tx.reviewAssignment.findUnique({
      where: { id: input.assignmentId },
      select: { id: true, status: true, version: true, submissionId: true, reviewerId: true, submission: { select: { status: true } } },
    });
    if (!a) throw new AppError('NOT_FOUND', 'This assignment does not exist.');
    if (a.submission.status === 'DECIDED')
      throw new AppError('CONFLICT', 'This submission is decided; its reviewers can no longer change.');
    if (!canTransitionReview(a.status, 'REMOVED')) throw new AppError('CONFLICT', 'This reviewer is already off the submission.');
    const { count } = await tx.reviewAssignment.updateMany({
      where: { id: a.id, version: input.version },
      data: { status: 'REMOVED', removedAt: now, removedReason: 'Taken off by a program admin', version: { increment: 1 } },
    });
    if (count === 0) throw new AppError('CONFLICT', STALE_WRITE_MESSAGE);
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: 'review.removed',
      entityType: 'Submission',
      entityId: a.submissionId,
      before: { reviewerId: a.reviewerId, status: a.status },
      after: { status: 'REMOVED', reason: 'admin' },
    });
  });
}
