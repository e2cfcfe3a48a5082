import 'server-only';
import { hasRole } from '@/lib/auth/policy';
import { readCategoryOptions } from '@/lib/categories/queries';
import { listCyclesForPicker } from '@/lib/cycles/queries';
import { prisma } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { aggregateReviews, weightedScore, type CriterionWeight, type SubmissionAggregate } from '@/lib/reviews/aggregate';
import { candidateNameOf, conflictFactsOf } from '@/lib/reviews/submission-facts';
import { deciderConflictMessage } from './conflicts';
import type { DecisionView } from './schema';
import { arrangeRows, type DecisionRow } from './table';
import type { Viewer } from '@/lib/auth/viewer';
import { shortReviewedSubmissions } from './coverage';

type CycleAggregate = { byId: Map<string, SubmissionAggregate>; weights: CriterionWeight[] };

/** The last aggregate computed per cycle, with the fingerprint of what it was computed from. */
const aggregateCache = new Map<string, { fingerprint: string; value: CycleAggregate }>();
const AGGREGATE_CACHE_CYCLES = 20;

/** Per submission of a cycle, the aggregate of its submitted reviews. Leniency is corrected across
 * the whole cycle: a reviewer's habits show in all their reviews, not only one category's. At program
 * scale a cycle has thousands of reviews and tens of thousands of scores, so they come as one JSON
 * value rather than a nested read; the figures are still computed by aggregateReviews.
 *
 * The result is reused while nothing it depends on has changed, which one cheap query checks on every
 * call (never a time-to-live): the cycle's scale and weighted criteria, and the count, version sum and
 * latest update of the reviews it reads. Saving, submitting, reopening or removing a review bumps its
 * version and update time (scores are only written with their review, lib/reviews/review.ts); a
 * submission entering or leaving review changes the count. */
async function aggregateCycle(cycleId: string): Promise<CycleAggregate> {
  // Only this cycle's submissions (an index scan), then their reviews through the (submission,
  // reviewer) key and each review's scores through their primary key.
  const submitted = Prisma.sql`ra."submissionId" = ANY (ARRAY(
      SELECT s.id FROM "Submission" s WHERE s."cycleId" = ${cycleId}::uuid AND s.status IN ('UNDER_REVIEW', 'DECIDED')))
    AND ra.status = 'SUBMITTED'`;
  const [cycle, [state]] = await Promise.all([
    prisma.awardCycle.findUniqueOrThrow({
      where: { id: cycleId },
      select: { scoreMin: true, scoreMax: true, criteria: { select: { id: true, weight: true } } },
    }),
    prisma.$queryRaw<[{ reviews: number; versions: number; updatedAt: Date | null }]>`
      SELECT count(*)::int AS reviews, COALESCE(sum(ra.version), 0)::int AS versions, max(ra."updatedAt") AS "updatedAt"
      FROM "ReviewAssignment" ra WHERE ${submitted}`,
  ]);
  const weights = cycle.criteria.map((c) => ({ criterionId: c.id, weight: Number(c.weight) }));
  const fingerprint = JSON.stringify([cycle.scoreMin, cycle.scoreMax, weights, state.reviews, state.versions, state.updatedAt]);
  const cached = aggregateCache.get(cycleId);
  if (cached?.fingerprint === fingerprint) return cached.value;

  // One row holding every submitted review with its scores, as JSON: parsing one JSON text is far
  // cheaper than thousands of rows with nested relations. A review without any score has no weighted
  // score and is left out by aggregateReviews anyway. Ordered, so that a reviewer's mean and
  // deviation are summed in the same order every time.
  const [{ reviews }] = await prisma.$queryRaw<[{ reviews: [string, string, string, Record<string, number>][] | null }]>`
    SELECT json_agg(json_build_array(ra.id, ra."reviewerId", ra."submissionId", x.scores) ORDER BY ra.id) AS reviews
    FROM "ReviewAssignment" ra
    CROSS JOIN LATERAL (
      SELECT json_object_agg(sc."criterionId", sc.score) AS scores FROM "ReviewScore" sc WHERE sc."assignmentId" = ra.id
    ) x
    WHERE ${submitted} AND x.scores IS NOT NULL`;
  const aggregates = aggregateReviews(
    (reviews ?? []).map(([reviewId, reviewerId, submissionId, scores]) => ({ reviewId, reviewerId, submissionId, scores })),
    weights,
    { min: cycle.scoreMin, max: cycle.scoreMax },
  );
  const value = { byId: new Map(aggregates.map((a) => [a.submissionId, a])), weights };
  aggregateCache.delete(cycleId);
  aggregateCache.set(cycleId, { fingerprint, value });
  // Keep the most recently computed cycles only (a Map iterates in insertion order).
  if (aggregateCache.size > AGGREGATE_CACHE_CYCLES) aggregateCache.delete(aggregateCache.keys().next().value!);
  return value;
}

type SubmissionSqlRow = {
  id: string;
  kind: DecisionRow['kind'];
  candidateName: string | null;
  candidateEmail: string;
  nomineeName: string | null;
  categoryName: string;
  focusAreaName: string | null;
  outcome: 'AWARD' | 'NO_AWARD' | null;
  releasedAt: Date | null;
  reviewsSubmitted: number;
  reviewsAssigned: number;
};

/** The rows of the decisions table: submissions of a cycle (and category) under review or decided.
 * One flat query, the review counts included, walking the category's submissions by index. */
async function decisionRows(cycleId: string, categoryId: string | null): Promise<DecisionRow[]> {
  const [{ byId }, submissions] = await Promise.all([
    aggregateCycle(cycleId),
    prisma.$queryRaw<SubmissionSqlRow[]>`
      SELECT s.id, s.kind::text AS kind, u.name AS "candidateName", u.email AS "candidateEmail",
        (SELECT n."nomineeName" FROM "Nomination" n WHERE n.id = s."nominationId") AS "nomineeName",
        c.name AS "categoryName", (SELECT fa.name FROM "FocusArea" fa WHERE fa.id = s."focusAreaId") AS "focusAreaName",
        d.outcome::text AS outcome, d."releasedAt",
        (SELECT count(*) FROM "ReviewAssignment" a WHERE a."submissionId" = s.id AND a.status = 'SUBMITTED')::int AS "reviewsSubmitted",
        (SELECT count(*) FROM "ReviewAssignment" a WHERE a."submissionId" = s.id AND a.status <> 'REMOVED')::int AS "reviewsAssigned"
      FROM "Submission" s
      JOIN "User" u ON u.id = s."candidateId"
      JOIN "AwardCategory" c ON c.id = s."categoryId"
      LEFT JOIN LATERAL (SELECT d.outcome, d."releasedAt" FROM "Decision" d WHERE d."submissionId" = s.id) d ON true
      WHERE s."cycleId" = ${cycleId}::uuid ${categoryId ? Prisma.sql`AND s."categoryId" = ${categoryId}::uuid` : Prisma.empty}
        AND s.status IN ('UNDER_REVIEW', 'DECIDED')
      ORDER BY s.id`,
  ]);
  return submissions.map((s) => ({
    submissionId: s.id,
    candidateName: candidateNameOf({
      candidate: { name: s.candidateName, email: s.candidateEmail },
      nomination: s.nomineeName === null ? null : { nomineeName: s.nomineeName },
    }),
    kind: s.kind,
    categoryName: s.categoryName,
    focusAreaName: s.focusAreaName,
    reviewsSubmitted: s.reviewsSubmitted,
    reviewsAssigned: s.reviewsAssigned,
    aggregate: byId.get(s.id) ?? null,
    decision: s.outcome ? { outcome: s.outcome, releasedAt: s.releasedAt } : null,
  }));
}

/** The admin's decisions table for a cycle and category, with what can be released. Admins only. */
export async function getDecisionBoard(viewer: Viewer, view: DecisionView) {
  if (!hasRole(viewer, 'ADMIN')) return null;
  const cycles = await listCyclesForPicker();
  let cycle = cycles.find((c) => c.id === view.cycle);
  if (!cycle) {
    const withWork = await prisma.submission.findFirst({
      where: { status: 'UNDER_REVIEW' },
      orderBy: { submittedAt: 'asc' },
      select: { cycleId: true },
    });
    cycle = cycles.find((c) => c.id === withWork?.cycleId) ?? cycles[0];
  }
  if (!cycle) return { cycles, cycle: null, categories: [], category: null, rows: [], releasable: [], openReviews: 0, shortReviewed: 0 };
  const [categories, counts, openReviews, shortReviewed] = await Promise.all([
    readCategoryOptions().then((all) => all.map(({ id, name }) => ({ id, name }))),
    prisma.submission.groupBy({
      by: ['categoryId'],
      where: { cycleId: cycle.id, status: { in: ['UNDER_REVIEW', 'DECIDED'] } },
      _count: { _all: true },
    }),
    prisma.reviewAssignment.count({
      where: { status: { in: ['ASSIGNED', 'IN_PROGRESS'] }, submission: { cycleId: cycle.id, status: 'UNDER_REVIEW' } },
    }),
    shortReviewedSubmissions(prisma, cycle.id, cycle.reviewersPerSubmission),
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
    shortReviewed,
  };
}

/** The rows of the CSV export (same view as the table). Admins only; null for anyone else. */
export async function exportDecisionRows(viewer: Viewer, view: DecisionView) {
  const board = await getDecisionBoard(viewer, view);
  if (!board) return null;
  return { cycleName: board.cycle?.name ?? '', categoryName: board.category?.name ?? '', rows: board.rows };
}

/** What the admin's decision page reads of a submission. */
const decisionDetailSelect = {
  id: true,
  kind: true,
  status: true,
  submittedAt: true,
  candidateId: true,
  candidate: { select: { name: true, email: true } },
  nomination: {
    select: {
      nomineeName: true,
      nominatorId: true,
      endorsements: { select: { endorserId: true } },
      nominator: { select: { name: true, email: true } },
    },
  },
  conflicts: { select: { reviewerId: true } },
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
      reviewersPerSubmission: true,
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
} satisfies Prisma.SubmissionSelect;

/** One submission as the admin decides it: every review with its reviewer, the aggregate, the
 * decision so far. Admins only. */
export async function getDecisionDetail(viewer: Viewer, submissionId: string) {
  if (!hasRole(viewer, 'ADMIN')) return null;
  const s = await prisma.submission.findUnique({ where: { id: submissionId }, select: decisionDetailSelect });
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
    /** Why this admin may not decide it (a conflict of interest), or null. */
    deciderConflict: deciderConflictMessage(viewer, conflictFactsOf(s)),
    aggregate: byId.get(s.id) ?? null,
    reviews: s.assignments.map((a) => reviewOf(a, weights)),
  };
}

type DecisionDetailReview = Prisma.SubmissionGetPayload<{ select: typeof decisionDetailSelect }>['assignments'][number];

/** One review as the decision page lists it, with its weighted score. */
function reviewOf(a: DecisionDetailReview, weights: CriterionWeight[]) {
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
