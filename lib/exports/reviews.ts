import 'server-only';
// Every review assignment for the admin (/admin/reviews/all) and its export (/api/exports/reviews):
// reviewer, candidate, where the review stands, the cycle's due date, and once submitted the scores
// per criterion and the weighted total. Removed assignments are never shown.
import { prisma } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { weightedScore } from '@/lib/reviews/aggregate';
import { candidateNameOf } from '@/lib/reviews/submission-facts';
import type { ReviewFilter, ReviewState } from './filters';
import { defineExport, isoInstant, type CsvColumn } from './stream';
import { assertAdmin, keysetRead, readTablePage } from './table';
import type { Viewer } from '@/lib/auth/viewer';

export const REVIEW_STATE_LABELS: Record<ReviewState, string> = {
  assigned: 'Assigned, not started',
  drafted: 'Draft in progress',
  submitted: 'Submitted',
  overdue: 'Overdue',
};

/** Where a review stands: submitted; overdue once the cycle's review due date has passed without a
 * submission; otherwise assigned (not started) or drafted. */
export function reviewStateOf(status: 'ASSIGNED' | 'IN_PROGRESS' | 'SUBMITTED' | 'REMOVED', reviewDueAt: Date, now: Date): ReviewState {
  if (status === 'SUBMITTED') return 'submitted';
  if (reviewDueAt < now) return 'overdue';
  return status === 'IN_PROGRESS' ? 'drafted' : 'assigned';
}

/** The URL contract's states, as reviewStateOf names them, so each review has exactly one and the
 * dashboard's counts per state match the table: submitted = SUBMITTED; overdue = not submitted and
 * past the cycle's review due date; assigned (ASSIGNED, not started) and drafted (IN_PROGRESS) only
 * while not overdue. REMOVED never matches. */
export function reviewWhere(filter: ReviewFilter, now: Date): Prisma.ReviewAssignmentWhereInput {
  const submission: Prisma.SubmissionWhereInput = {};
  if (filter.cycle) submission.cycleId = filter.cycle;
  if (filter.category) submission.categoryId = filter.category;
  const where: Prisma.ReviewAssignmentWhereInput = { status: { not: 'REMOVED' }, submission };
  if (filter.state === 'submitted') where.status = 'SUBMITTED';
  if (filter.state === 'assigned' || filter.state === 'drafted') {
    where.status = filter.state === 'assigned' ? 'ASSIGNED' : 'IN_PROGRESS';
    submission.cycle = { reviewDueAt: { gte: now } };
  }
  if (filter.state === 'overdue') {
    where.status = { in: ['ASSIGNED', 'IN_PROGRESS'] };
    submission.cycle = { reviewDueAt: { lt: now } };
  }
  return where;
}

const reviewSelect = {
  id: true,
  status: true,
  method: true,
  assignedAt: true,
  submittedAt: true,
  confidence: true,
  committeeComment: true,
  candidateFeedback: true,
  reviewer: { select: { id: true, name: true, email: true } },
  submission: {
    select: {
      id: true,
      kind: true,
      candidate: { select: { name: true, email: true } },
      nomination: { select: { nomineeName: true } },
      category: { select: { name: true } },
      cycle: { select: { name: true, reviewDueAt: true } },
    },
  },
  scores: { select: { score: true, criterion: { select: { key: true, weight: true } } } },
} satisfies Prisma.ReviewAssignmentSelect;
type ReviewRow = Prisma.ReviewAssignmentGetPayload<{ select: typeof reviewSelect }>;

/** Scores count only once the review is submitted (a draft can still change). */
function scoresOf(r: ReviewRow): { byKey: Map<string, number>; total: number | null } {
  if (r.status !== 'SUBMITTED') return { byKey: new Map(), total: null };
  const byKey = new Map(r.scores.map((s) => [s.criterion.key, s.score]));
  const total = weightedScore(
    Object.fromEntries(byKey),
    r.scores.map((s) => ({ criterionId: s.criterion.key, weight: Number(s.criterion.weight) })),
  );
  return { byKey, total };
}

/** One page of review assignments, by due date unless sorted otherwise. Admins only. */
export async function listReviews(viewer: Viewer, filter: ReviewFilter, now: Date = new Date()) {
  assertAdmin(viewer);
  const where = reviewWhere(filter, now);
  const dir = filter.dir ?? 'asc';
  const orderBy: Prisma.ReviewAssignmentOrderByWithRelationInput[] =
    filter.sort === 'reviewer'
      ? [{ reviewer: { name: dir } }]
      : filter.sort === 'candidate'
        ? [{ submission: { candidate: { name: dir } } }]
        : [{ submission: { cycle: { reviewDueAt: dir } } }, { assignedAt: 'asc' }];
  const page = await readTablePage(filter.page, where, orderBy, {
    rows: (args) => prisma.reviewAssignment.findMany({ ...args, select: reviewSelect }),
    count: (args) => prisma.reviewAssignment.count(args),
  });
  return {
    ...page,
    rows: page.rows.map((r) => ({
      id: r.id,
      submissionId: r.submission.id,
      reviewerName: r.reviewer.name ?? r.reviewer.email,
      reviewerEmail: r.reviewer.email,
      candidateName: candidateNameOf(r.submission),
      categoryName: r.submission.category.name,
      cycleName: r.submission.cycle.name,
      dueAt: r.submission.cycle.reviewDueAt,
      submittedAt: r.submittedAt,
      state: reviewStateOf(r.status, r.submission.cycle.reviewDueAt, now),
      total: scoresOf(r).total,
    })),
  };
}

const round = (n: number | null) => (n === null ? null : Math.round(n * 1000) / 1000);

/** The reviews export. One score column per rubric criterion of the matching cycles (by criterion
 * key, labelled as in the newest cycle that has it), then the weighted total; scores only for
 * submitted reviews. Admins only. */
export async function reviewsExport(viewer: Viewer, filter: ReviewFilter, batchSize?: number, now: Date = new Date()) {
  assertAdmin(viewer);
  const where = reviewWhere(filter, now);
  const criteria = await prisma.reviewCriterion.findMany({
    where: filter.cycle ? { cycleId: filter.cycle } : {},
    orderBy: [{ cycle: { nominationsOpenAt: 'desc' } }, { sortOrder: 'asc' }],
    select: { key: true, label: true },
  });
  const keys = [...new Map(criteria.map((c) => [c.key, c.label])).entries()];
  const scoreCache = new WeakMap<ReviewRow, ReturnType<typeof scoresOf>>();
  const scores = (r: ReviewRow) => {
    let s = scoreCache.get(r);
    if (!s) scoreCache.set(r, (s = scoresOf(r)));
    return s;
  };
  // Columns: the assignment and submission ids, cycle and category, candidate and reviewer, the
  // state (as the table's filter names it) and status, dates in ISO 8601, confidence (1–4), a score
  // per criterion, the weighted total (3 decimals), and the reviewer's two comments.
  const columns: CsvColumn<ReviewRow>[] = [
    { header: 'Review id', value: (r) => r.id },
    { header: 'Submission id', value: (r) => r.submission.id },
    { header: 'Award cycle', value: (r) => r.submission.cycle.name },
    { header: 'Award category', value: (r) => r.submission.category.name },
    { header: 'Kind', value: (r) => (r.submission.kind === 'RENEWAL' ? 'Renewal' : 'Nomination') },
    { header: 'Candidate name', value: (r) => candidateNameOf(r.submission) },
    { header: 'Candidate email', value: (r) => r.submission.candidate.email },
    { header: 'Reviewer name', value: (r) => r.reviewer.name },
    { header: 'Reviewer email', value: (r) => r.reviewer.email },
    { header: 'Assigned', value: (r) => (r.method === 'AUTOMATIC' ? 'Automatically' : 'By hand') },
    { header: 'State', value: (r) => REVIEW_STATE_LABELS[reviewStateOf(r.status, r.submission.cycle.reviewDueAt, now)] },
    { header: 'Assigned at', value: (r) => isoInstant(r.assignedAt) },
    { header: 'Due at', value: (r) => isoInstant(r.submission.cycle.reviewDueAt) },
    { header: 'Submitted at', value: (r) => isoInstant(r.submittedAt) },
    { header: 'Confidence', value: (r) => (r.status === 'SUBMITTED' ? r.confidence : null) },
    ...keys.map(([key, label]): CsvColumn<ReviewRow> => ({ header: `Score: ${label}`, value: (r) => scores(r).byKey.get(key) })),
    { header: 'Weighted total', value: (r) => round(scores(r).total) },
    { header: 'Committee comment', value: (r) => (r.status === 'SUBMITTED' ? r.committeeComment : null) },
    { header: 'Feedback for the candidate', value: (r) => (r.status === 'SUBMITTED' ? r.candidateFeedback : null) },
  ];
  return defineExport(
    'reviews',
    columns,
    keysetRead(where, (args) => prisma.reviewAssignment.findMany({ ...args, select: reviewSelect })),
    batchSize,
  );
}
