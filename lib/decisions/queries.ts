import 'server-only';
import { hasRole } from '@/lib/auth/policy';
import { prisma } from '@/lib/db';
import type { Viewer } from '@/lib/people/viewer';
import { aggregateReviews, weightedScore } from '@/lib/reviews/aggregate';
import { candidateNameOf } from '@/lib/reviews/assign';
import type { DecisionView } from './schema';
import { arrangeRows, type DecisionRow } from './table';

/** Per submission of a cycle, the aggregate of its submitted reviews. Leniency is corrected across
 * the whole cycle: a reviewer's habits show in all their reviews, not only one category's. */
async function aggregateCycle(cycleId: string) {
  const cycle = await prisma.awardCycle.findUniqueOrThrow({
    where: { id: cycleId },
    select: { scoreMin: true, scoreMax: true, criteria: { select: { id: true, weight: true } } },
  });
  const reviews = await prisma.reviewAssignment.findMany({
    where: { status: 'SUBMITTED', submission: { cycleId, status: { in: ['UNDER_REVIEW', 'DECIDED'] } } },
    select: { id: true, reviewerId: true, submissionId: true, scores: { select: { criterionId: true, score: true } } },
  });
  const weights = cycle.criteria.map((c) => ({ criterionId: c.id, weight: Number(c.weight) }));
  const aggregates = aggregateReviews(
    reviews.map((r) => ({
      reviewId: r.id,
      reviewerId: r.reviewerId,
      submissionId: r.submissionId,
      scores: Object.fromEntries(r.scores.map((s) => [s.criterionId, s.score])),
    })),
    weights,
    { min: cycle.scoreMin, max: cycle.scoreMax },
  );
  return { byId: new Map(aggregates.map((a) => [a.submissionId, a])), weights };
}

/** The rows of the decisions table: submissions of a cycle (and category) under review or decided. */
async function decisionRows(cycleId: string, categoryId: string | null): Promise<DecisionRow[]> {
  const [{ byId }, submissions] = await Promise.all([
    aggregateCycle(cycleId),
    prisma.submission.findMany({
      where: { cycleId, ...(categoryId ? { categoryId } : {}), status: { in: ['UNDER_REVIEW', 'DECIDED'] } },
      select: {
        id: true,
        kind: true,
        candidate: { select: { name: true, email: true } },
        nomination: { select: { nomineeName: true } },
        category: { select: { name: true } },
        focusArea: { select: { name: true } },
        decision: { select: { outcome: true, releasedAt: true } },
        assignments: { where: { status: { not: 'REMOVED' } }, select: { status: true } },
      },
    }),
  ]);
  return submissions.map((s) => ({
    submissionId: s.id,
    candidateName: candidateNameOf(s),
    kind: s.kind,
    categoryName: s.category.name,
    focusAreaName: s.focusArea?.name ?? null,
    reviewsSubmitted: s.assignments.filter((a) => a.status === 'SUBMITTED').length,
    reviewsAssigned: s.assignments.length,
    aggregate: byId.get(s.id) ?? null,
    decision: s.decision,
  }));
}

/** The admin's decisions table for a cycle and category, with what can be released. Admins only. */
export async function getDecisionBoard(viewer: Viewer, view: DecisionView) {
  if (!hasRole(viewer, 'ADMIN')) return null;
  const cycles = await prisma.awardCycle.findMany({
    orderBy: { nominationsOpenAt: 'desc' },
    select: { id: true, name: true, status: true, version: true, reviewClosedAt: true, scoreMin: true, scoreMax: true },
  });
  let cycle = cycles.find((c) => c.id === view.cycle);
  if (!cycle) {
    const withWork = await prisma.submission.findFirst({
      where: { status: 'UNDER_REVIEW' },
      orderBy: { submittedAt: 'asc' },
      select: { cycleId: true },
    });
    cycle = cycles.find((c) => c.id === withWork?.cycleId) ?? cycles[0];
  }
  if (!cycle) return { cycles, cycle: null, categories: [], category: null, rows: [], releasable: [], openReviews: 0 };
  const [categories, counts, openReviews] = await Promise.all([
    prisma.awardCategory.findMany({ orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }], select: { id: true, name: true } }),
    prisma.submission.groupBy({
      by: ['categoryId'],
      where: { cycleId: cycle.id, status: { in: ['UNDER_REVIEW', 'DECIDED'] } },
      _count: { _all: true },
    }),
    prisma.reviewAssignment.count({
      where: { status: { in: ['ASSIGNED', 'IN_PROGRESS'] }, submission: { cycleId: cycle.id, status: 'UNDER_REVIEW' } },
    }),
  ]);
  const withCounts = categories.map((c) => ({ ...c, submissions: counts.find((x) => x.categoryId === c.id)?._count._all ?? 0 }));
  const category = withCounts.find((c) => c.id === view.category) ?? withCounts.find((c) => c.submissions > 0) ?? withCounts[0] ?? null;
  const all = await decisionRows(cycle.id, category?.id ?? null);
  return {
    cycles,
    cycle,
    categories: withCounts,
    category,
    rows: arrangeRows(all, view),
    releasable: all
      .filter((r) => r.decision && !r.decision.releasedAt)
      .map((r) => ({ submissionId: r.submissionId, candidateName: r.candidateName, outcome: r.decision!.outcome })),
    openReviews,
  };
}

/** The rows of the CSV export (same view as the table). Admins only; null for anyone else. */
export async function exportDecisionRows(viewer: Viewer, view: DecisionView) {
  const board = await getDecisionBoard(viewer, view);
  if (!board) return null;
  return { cycleName: board.cycle?.name ?? '', categoryName: board.category?.name ?? '', rows: board.rows };
}

/** One submission as the admin decides it: every review with its reviewer, the aggregate, the
 * decision so far. Admins only. */
export async function getDecisionDetail(viewer: Viewer, submissionId: string) {
  if (!hasRole(viewer, 'ADMIN')) return null;
  const s = await prisma.submission.findUnique({
    where: { id: submissionId },
    select: {
      id: true,
      kind: true,
      status: true,
      submittedAt: true,
      candidate: { select: { name: true, email: true } },
      nomination: { select: { nomineeName: true, nominator: { select: { name: true, email: true } } } },
      category: { select: { id: true, name: true } },
      focusArea: { select: { name: true } },
      _count: { select: { items: true } },
      cycle: {
        select: {
          id: true,
          name: true,
          reviewClosedAt: true,
          scoreMin: true,
          scoreMax: true,
          criteria: { orderBy: { sortOrder: 'asc' }, select: { id: true, label: true, weight: true } },
        },
      },
      decision: {
        select: {
          outcome: true,
          feedback: true,
          version: true,
          decidedAt: true,
          releasedAt: true,
          decidedBy: { select: { name: true, email: true } },
        },
      },
      assignments: {
        orderBy: [{ assignedAt: 'asc' }, { id: 'asc' }],
        select: {
          id: true,
          status: true,
          confidence: true,
          committeeComment: true,
          candidateFeedback: true,
          submittedAt: true,
          removedReason: true,
          reviewer: { select: { name: true, email: true } },
          scores: { select: { criterionId: true, score: true } },
        },
      },
    },
  });
  if (!s) return null;
  const { byId, weights } = await aggregateCycle(s.cycle.id);
  return {
    id: s.id,
    kind: s.kind,
    status: s.status,
    submittedAt: s.submittedAt,
    candidateName: candidateNameOf(s),
    candidateEmail: s.candidate.email,
    nominatorName: s.nomination ? (s.nomination.nominator.name ?? s.nomination.nominator.email) : null,
    categoryId: s.category.id,
    categoryName: s.category.name,
    focusAreaName: s.focusArea?.name ?? null,
    itemCount: s._count.items,
    cycle: { ...s.cycle, criteria: s.cycle.criteria.map((c) => ({ ...c, weight: Number(c.weight) })) },
    decision: s.decision,
    aggregate: byId.get(s.id) ?? null,
    reviews: s.assignments.map((a) => {
      const scores = Object.fromEntries(a.scores.map((x) => [x.criterionId, x.score]));
      return {
        id: a.id,
        status: a.status,
        reviewerName: a.reviewer.name ?? a.reviewer.email,
        confidence: a.confidence,
        committeeComment: a.committeeComment,
        candidateFeedback: a.candidateFeedback,
        submittedAt: a.submittedAt,
        removedReason: a.removedReason,
        scores,
        weighted: weightedScore(scores, weights),
      };
    }),
  };
}

const outcomeSelect = {
  id: true,
  kind: true,
  category: { select: { name: true } },
  award: { select: { id: true, acceptedAt: true, startsOn: true, endsOn: true } },
  decision: { select: { outcome: true, feedback: true, releasedAt: true } },
} as const;

/** The candidate's released outcomes, newest first (the dashboard). Held decisions never show. */
export async function listReleasedOutcomes(viewer: Viewer) {
  const rows = await prisma.submission.findMany({
    where: { candidateId: viewer.id, decision: { releasedAt: { not: null } } },
    orderBy: { submittedAt: 'desc' },
    take: 10,
    select: outcomeSelect,
  });
  return rows.map((r) => ({ ...r, decision: r.decision! }));
}

/** One released outcome as its candidate reads it: the decision's feedback and each reviewer's
 * feedback for the candidate, never committee comments, scores or who the reviewers were. null for
 * anyone but the candidate, and before release. */
export async function getOutcome(viewer: Viewer, submissionId: string) {
  const s = await prisma.submission.findUnique({
    where: { id: submissionId },
    select: {
      ...outcomeSelect,
      candidateId: true,
      renewal: { select: { status: true } },
      assignments: {
        where: { status: 'SUBMITTED', candidateFeedback: { not: null } },
        orderBy: { submittedAt: 'asc' },
        select: { candidateFeedback: true },
      },
    },
  });
  if (!s || s.candidateId !== viewer.id || !s.decision?.releasedAt) return null;
  return {
    id: s.id,
    kind: s.kind,
    categoryName: s.category.name,
    outcome: s.decision.outcome,
    feedback: s.decision.feedback,
    releasedAt: s.decision.releasedAt,
    reviewerFeedback: s.assignments.flatMap((a) => (a.candidateFeedback ? [a.candidateFeedback] : [])),
    award: s.award,
  };
}
