import 'server-only';
// Deciding: the admin closes review for a cycle, records a decision per submission (held, and safe
// against two admins deciding at once), then releases decisions in bulk. Release tells the candidate
// and the nominator, closes the nomination or renewal, and creates the award year.
import { actorOf, recordAudit } from '@/lib/audit/record';
import { assertRole } from '@/lib/auth/policy';
import { awardYearFrom, canTransitionRenewal, renewedAwardYear } from '@/lib/awards/lifecycle';
import { assertCycleTransition } from '@/lib/cycles/lifecycle';
import { dateKey, dbDay } from '@/lib/dates';
import { isUniqueViolation, prisma, type Tx } from '@/lib/db';
import { env } from '@/lib/env';
import { AppError, STALE_WRITE_MESSAGE } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { canTransitionNomination } from '@/lib/nominations/lifecycle';
import { nominationUrl, recordNominationEvent } from '@/lib/nominations/notify';
import { queueEmail } from '@/lib/notifications/outbox';
import type { Viewer } from '@/lib/auth/viewer';
import { conflictFactsOf } from '@/lib/reviews/submission-facts';
import { conflictFactsSelect } from '@/lib/reviews/conflicts';
import { canTransitionSubmission, OPEN_REVIEW_STATUSES } from '@/lib/reviews/lifecycle';
import { deciderConflictMessage } from './conflicts';
import { shortReviewedSubmissions } from './coverage';
import type { z } from 'zod';
import { SHORT_REASON_MIN, type closeReviewSchema, type decideSchema, type releaseDecisionsSchema } from './schema';

/** Refuses going ahead with too few reviews unless the admin says why (the reason is audited). */
function assertShortReason(reason: string | undefined, message: string): void {
  if (!reason || reason.length < SHORT_REASON_MIN) {
    throw new AppError('CONFLICT', message, {
      shortReason: [`Say why you go ahead now (at least ${SHORT_REASON_MIN} characters); it is kept in the audit log.`],
    });
  }
}

/** Closes review for a cycle: reviewers can no longer change or reopen reviews, and decisions can
 * be made. Reviews not submitted by then do not count. */
export async function closeReview(
  viewer: Viewer,
  input: z.output<typeof closeReviewSchema>,
  now: Date = new Date(),
): Promise<{ unsubmittedReviews: number }> {
  assertRole(viewer, 'ADMIN');
  return prisma.$transaction(async (tx) => {
    const cycle = await tx.awardCycle.findUnique({
      where: { id: input.cycleId },
      select: { id: true, status: true, reviewClosedAt: true, reviewersPerSubmission: true },
    });
    if (!cycle) throw new AppError('NOT_FOUND', 'This award cycle does not exist.');
    if (cycle.reviewClosedAt) throw new AppError('CONFLICT', 'Review is already closed for this cycle.');
    if (cycle.status === 'OPEN') {
      throw new AppError(
        'CONFLICT',
        'This cycle still takes nominations. Start review on its cycle page first (nominations stop), then close review.',
      );
    }
    assertCycleTransition(cycle.status, 'DECIDING');
    const short = await shortReviewedSubmissions(tx, cycle.id, cycle.reviewersPerSubmission);
    if (short > 0) {
      assertShortReason(
        input.shortReason,
        `${short} submission${short === 1 ? ' has' : 's have'} fewer than the ${cycle.reviewersPerSubmission} submitted reviews this cycle asks for.`,
      );
    }
    const { count } = await tx.awardCycle.updateMany({
      where: { id: cycle.id, version: input.version, reviewClosedAt: null, status: cycle.status },
      data: { reviewClosedAt: now, status: 'DECIDING', version: { increment: 1 } },
    });
    if (count === 0) throw new AppError('CONFLICT', STALE_WRITE_MESSAGE);
    const unsubmittedReviews = await tx.reviewAssignment.count({
      where: { status: { in: [...OPEN_REVIEW_STATUSES] }, submission: { cycleId: cycle.id, status: 'UNDER_REVIEW' } },
    });
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: 'cycle.review-closed',
      entityType: 'AwardCycle',
      entityId: cycle.id,
      before: { reviewClosedAt: null, status: cycle.status },
      after: {
        reviewClosedAt: now,
        status: 'DECIDING',
        unsubmittedReviews,
        ...(short > 0 ? { shortReviewed: short, reason: input.shortReason } : {}),
      },
    });
    return { unsubmittedReviews };
  });
}

/** Records (or changes) the held decision on a submission. `version` is the decision the admin saw
 * (null: none yet); if another admin decided meanwhile, the write is refused, never overwritten. */
export async function decideSubmission(
  viewer: Viewer,
  input: z.output<typeof decideSchema>,
  now: Date = new Date(),
): Promise<{ version: number }> {
  assertRole(viewer, 'ADMIN');
  try {
    return await prisma.$transaction(async (tx) => {
      const s = await tx.submission.findUnique({
        where: { id: input.submissionId },
        select: {
          id: true,
          status: true,
          ...conflictFactsSelect,
          cycle: { select: { name: true, reviewClosedAt: true, reviewersPerSubmission: true } },
          decision: { select: { id: true, version: true, outcome: true, feedback: true, releasedAt: true } },
          _count: { select: { assignments: { where: { status: 'SUBMITTED' } } } },
        },
      });
      if (!s) throw new AppError('NOT_FOUND', 'This submission does not exist.');
      const conflict = deciderConflictMessage(viewer, conflictFactsOf(s));
      if (conflict) throw new AppError('FORBIDDEN', conflict);
      if (!s.cycle.reviewClosedAt) {
        throw new AppError(
          'CONFLICT',
          `Review is still open for ${s.cycle.name}. Close review first, so that every reviewer's scores are final.`,
        );
      }
      if (s.decision?.releasedAt || s.status === 'DECIDED')
        throw new AppError('CONFLICT', 'This decision is released; it can no longer change.');
      if (s.status !== 'UNDER_REVIEW') throw new AppError('CONFLICT', 'This submission was never reviewed, so it cannot be decided.');
      if (s._count.assignments === 0)
        throw new AppError('CONFLICT', 'No review of this submission was submitted, so it cannot be decided.');
      const reviews = s._count.assignments;
      const required = s.cycle.reviewersPerSubmission;
      if (reviews < required) {
        assertShortReason(
          input.shortReason,
          `Only ${reviews} of the ${required} reviews this cycle asks for ${reviews === 1 ? 'was' : 'were'} submitted.`,
        );
      }

      const actor = actorOf(viewer);
      const decided = { outcome: input.outcome, feedback: input.feedback };
      const after = { ...decided, ...(reviews < required ? { reviews, required, reason: input.shortReason } : {}) };
      if (!s.decision) {
        if (input.version !== null) throw new AppError('CONFLICT', STALE_WRITE_MESSAGE);
        const d = await tx.decision.create({
          data: { submissionId: s.id, ...decided, decidedById: viewer.id, decidedAt: now },
          select: { id: true, version: true },
        });
        await recordAudit(tx, { actor, action: 'decision.recorded', entityType: 'Decision', entityId: d.id, after });
        return { version: d.version };
      }
      if (input.version !== s.decision.version) throw new AppError('CONFLICT', STALE_WRITE_MESSAGE);
      const { count } = await tx.decision.updateMany({
        where: { id: s.decision.id, version: input.version, releasedAt: null },
        data: { ...decided, decidedById: viewer.id, decidedAt: now, version: { increment: 1 } },
      });
      if (count === 0) throw new AppError('CONFLICT', STALE_WRITE_MESSAGE);
      await recordAudit(tx, {
        actor,
        action: 'decision.changed',
        entityType: 'Decision',
        entityId: s.decision.id,
        before: { outcome: s.decision.outcome, feedback: s.decision.feedback },
        after,
      });
      return { version: s.decision.version + 1 };
    });
  } catch (error) {
    // Two admins recording the first decision at once: the second meets the unique submission.
    if (isUniqueViolation(error)) throw new AppError('CONFLICT', STALE_WRITE_MESSAGE);
    throw error;
  }
}

const releaseSelect = {
  id: true,
  outcome: true,
  feedback: true,
  version: true,
  submission: {
    select: {
      id: true,
      kind: true,
      status: true,
      candidateId: true,
      categoryId: true,
      focusAreaId: true,
      cycleId: true,
      candidate: { select: { email: true, name: true, anonymizedAt: true } },
      category: { select: { name: true } },
      cycle: { select: { awardStartsOn: true } },
      nomination: {
        select: {
          id: true,
          status: true,
          nomineeName: true,
          nominatorId: true,
          nominator: { select: { email: true, name: true, anonymizedAt: true } },
        },
      },
      renewal: { select: { id: true, status: true, award: { select: { id: true, endsOn: true } } } },
    },
  },
} as const;

type ReleasedDecision = Prisma.DecisionGetPayload<{ select: typeof releaseSelect }>;
type ReleasedSubmission = ReleasedDecision['submission'];

async function releaseOne(tx: Tx, d: ReleasedDecision, viewer: Viewer, now: Date): Promise<boolean> {
  const claimed = await tx.decision.updateMany({
    where: { id: d.id, releasedAt: null },
    data: { releasedAt: now, releasedById: viewer.id, version: { increment: 1 } },
  });
  if (claimed.count === 0) return false; // another admin released it a moment ago
  const s = d.submission;
  const actor = actorOf(viewer);
  const isAward = d.outcome === 'AWARD';
  if (!canTransitionSubmission(s.status, 'DECIDED')) throw new AppError('CONFLICT', 'A submission in this release is not under review.');
  await tx.submission.update({ where: { id: s.id }, data: { status: 'DECIDED', version: { increment: 1 } } });

  const awardId = isAward ? await createAward(tx, s, actor) : null;
  await closeNomination(tx, s, isAward, now);
  const r = s.renewal;
  const renewalStatus = isAward ? 'RENEWED' : 'NOT_RENEWED';
  if (r && canTransitionRenewal(r.status, renewalStatus)) {
    await tx.mvpRenewal.update({ where: { id: r.id }, data: { status: renewalStatus } });
  }
  await notifyCandidate(tx, s, isAward, awardId);
  await recordAudit(tx, {
    actor,
    action: 'decision.released',
    entityType: 'Decision',
    entityId: d.id,
    before: { releasedAt: null },
    after: { releasedAt: now, outcome: d.outcome, awardId, renewal: r ? renewalStatus : undefined },
  });
  return true;
}

/** The award year an AWARD creates: the cycle's, or for a renewal the year after the renewed one. */
async function createAward(tx: Tx, s: ReleasedSubmission, actor: ReturnType<typeof actorOf>): Promise<string> {
  const year = s.renewal ? renewedAwardYear(dateKey(s.renewal.award.endsOn)) : awardYearFrom(dateKey(s.cycle.awardStartsOn));
  const award = await tx.award.create({
    data: {
      userId: s.candidateId,
      categoryId: s.categoryId,
      focusAreaId: s.focusAreaId,
      cycleId: s.cycleId,
      submissionId: s.id,
      renewsId: s.renewal?.award.id ?? null,
      startsOn: dbDay(year.startsOn),
      endsOn: dbDay(year.endsOn),
    },
    select: { id: true },
  });
  await recordAudit(tx, {
    actor,
    action: 'award.created',
    entityType: 'Award',
    entityId: award.id,
    after: { userId: s.candidateId, submissionId: s.id, renewsId: s.renewal?.award.id ?? null, ...year },
  });
  return award.id;
}

/** The nomination behind the submission is decided; its nominator hears the outcome. */
async function closeNomination(tx: Tx, s: ReleasedSubmission, isAward: boolean, now: Date): Promise<void> {
  const n = s.nomination;
  if (n && canTransitionNomination(n.status, 'DECIDED')) {
    await tx.nomination.update({ where: { id: n.id }, data: { status: 'DECIDED', closedAt: now, version: { increment: 1 } } });
    await recordNominationEvent(tx, n.id, 'DECIDED', now, isAward ? 'Awarded' : 'Not awarded');
    if (!n.nominator.anonymizedAt) {
      await queueEmail(tx, {
        to: n.nominator.email,
        userId: n.nominatorId,
        template: 'mvp.decision.released-nominator',
        data: {
          nominatorName: n.nominator.name,
          nomineeName: n.nomineeName,
          categoryName: s.category.name,
          isAward,
          url: nominationUrl(n.id),
        },
        urgency: 'DIGESTIBLE',
      });
    }
  }
}

/** The candidate hears the outcome, with a link to the award or the outcome page. */
async function notifyCandidate(tx: Tx, s: ReleasedSubmission, isAward: boolean, awardId: string | null): Promise<void> {
  const n = s.nomination;
  if (!s.candidate.anonymizedAt) {
    await queueEmail(tx, {
      to: s.candidate.email,
      userId: s.candidateId,
      template: 'mvp.decision.released',
      data: {
        name: s.candidate.name ?? n?.nomineeName ?? null,
        categoryName: s.category.name,
        isAward,
        isRenewal: s.kind === 'RENEWAL',
        url: `${env().APP_URL}${awardId ? `/awards/${awardId}` : `/outcomes/${s.id}`}`,
      },
      urgency: 'DIGESTIBLE',
    });
  }
}

/** Releases the held decisions the admin confirmed (within one cycle). Each is released once, even
 * if two admins release at once; the rest are reported as already released. */
export async function releaseDecisions(
  viewer: Viewer,
  input: z.output<typeof releaseDecisionsSchema>,
  now: Date = new Date(),
): Promise<{ released: number; alreadyReleased: number }> {
  assertRole(viewer, 'ADMIN');
  return prisma.$transaction(
    async (tx) => {
      const decisions = await tx.decision.findMany({
        where: { submissionId: { in: input.submissionIds }, submission: { cycleId: input.cycleId } },
        select: { ...releaseSelect, releasedAt: true },
      });
      if (decisions.length === 0) throw new AppError('CONFLICT', 'None of these submissions has a decision to release.');
      let released = 0;
      for (const d of decisions) {
        if (d.releasedAt) continue;
        if (await releaseOne(tx, d, viewer, now)) released += 1;
      }
      return { released, alreadyReleased: decisions.length - released };
    },
    { timeout: 120_000 },
  );
}
