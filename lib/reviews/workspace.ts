import 'server-only';
// The review page of one submission (/reviews/[submissionId]): the frozen evidence, the rubric, the
// viewer's own review and, when the rule allows, the other reviews.
import { hasRole } from '@/lib/auth/policy';
import { prisma } from '@/lib/db';
import { submissionItemSelect } from '@/lib/evidence/snapshot';
import type { NominatorRelationship, SubmissionKind, SubmissionStatus } from '@/lib/generated/prisma/enums';
import { weightedScore } from './aggregate';
import { candidateNameOf } from './submission-facts';
import { readCycleCriteria } from './criteria';
import type { Locale } from '@/lib/i18n/locales';
import { anonymousReviewerLabels, someReviewerLabel } from './labels';
import { mayReadOtherReviews, mayReopenReview } from './lifecycle';
import type { Viewer } from '@/lib/auth/viewer';

type SubmissionHeader = {
  id: string;
  kind: SubmissionKind;
  status: SubmissionStatus;
  submittedAt: Date;
  windowStart: Date;
  windowEnd: Date;
  candidateName: string | null;
  candidateEmail: string;
  categoryName: string;
  focusAreaName: string | null;
  nomineeName: string | null;
  statement: string | null;
  relationship: NominatorRelationship | null;
  cycleId: string;
  cycleName: string;
  scoreMin: number;
  scoreMax: number;
  reviewClosedAt: Date | null;
  reviewDueAt: Date;
};

/** The submission with its one-to-one parts in one flat statement, beside its lists (rubric,
 * endorsements, reviewers), rather than one statement per relation. null when there is none. */
async function readSubmissionForReview(submissionId: string) {
  const [headers, endorsements, assignments] = await Promise.all([
    prisma.$queryRaw<SubmissionHeader[]>`
      SELECT s.id, s.kind::text AS kind, s.status::text AS status, s."submittedAt", s."windowStart", s."windowEnd",
             u.name AS "candidateName", u.email AS "candidateEmail", cat.name AS "categoryName", f.name AS "focusAreaName",
             n."nomineeName", n.statement, n.relationship::text AS relationship,
             c.id AS "cycleId", c.name AS "cycleName", c."scoreMin", c."scoreMax", c."reviewClosedAt", c."reviewDueAt"
      FROM "Submission" s
      JOIN "User" u ON u.id = s."candidateId"
      JOIN "AwardCategory" cat ON cat.id = s."categoryId"
      JOIN "AwardCycle" c ON c.id = s."cycleId"
      LEFT JOIN "FocusArea" f ON f.id = s."focusAreaId"
      LEFT JOIN "Nomination" n ON n.id = s."nominationId"
      WHERE s.id = ${submissionId}::uuid`,
    prisma.$queryRaw<{ statement: string }[]>`
      SELECT e.statement FROM "Submission" s JOIN "Endorsement" e ON e."nominationId" = s."nominationId"
      WHERE s.id = ${submissionId}::uuid
      ORDER BY e."createdAt" ASC, e.id ASC`,
    prisma.reviewAssignment.findMany({
      where: { submissionId, status: { not: 'REMOVED' } },
      orderBy: [{ assignedAt: 'asc' }, { id: 'asc' }],
      select: { id: true, reviewerId: true, status: true },
    }),
  ]);
  const h = headers[0];
  if (!h) return null;
  // The rubric changes only when an admin edits it: kept in memory (lib/cache/shared.ts).
  const criteriaRows = await readCycleCriteria(h.cycleId);
  return {
    ...h,
    candidate: { name: h.candidateName, email: h.candidateEmail },
    nomination:
      h.nomineeName !== null && h.statement !== null && h.relationship !== null
        ? { nomineeName: h.nomineeName, statement: h.statement, relationship: h.relationship, endorsements }
        : null,
    category: { name: h.categoryName },
    focusArea: h.focusAreaName === null ? null : { name: h.focusAreaName },
    cycle: {
      id: h.cycleId,
      name: h.cycleName,
      scoreMin: h.scoreMin,
      scoreMax: h.scoreMax,
      reviewClosedAt: h.reviewClosedAt,
      reviewDueAt: h.reviewDueAt,
      criteria: criteriaRows,
    },
    assignments,
  };
}

type ReviewedSubmission = NonNullable<Awaited<ReturnType<typeof readSubmissionForReview>>>;
type Weights = { criterionId: string; weight: number }[];

const reviewSelect = {
  id: true,
  reviewerId: true,
  status: true,
  version: true,
  dueAt: true,
  confidence: true,
  committeeComment: true,
  candidateFeedback: true,
  submittedAt: true,
  reviewer: { select: { name: true, email: true } },
  scores: { select: { criterionId: true, score: true } },
} as const;

const scoresOf = (rows: { criterionId: string; score: number }[]) => Object.fromEntries(rows.map((r) => [r.criterionId, r.score]));

/** The viewer's own review of the submission (their assignment), with its scores by criterion. */
async function readOwnReview(assignmentId: string | undefined) {
  const row = assignmentId
    ? await prisma.reviewAssignment.findUnique({ where: { id: assignmentId }, select: { ...reviewSelect, reviewer: false } })
    : null;
  return row ? { ...row, scores: scoresOf(row.scores) } : null;
}

/** Others' submitted reviews, named for an admin and anonymous for a reviewer. Read only when the
 * rule allows (the caller checks mayReadOtherReviews); otherwise they never leave the database. */
async function readOtherReviews(viewer: Viewer, s: ReviewedSubmission, isAdmin: boolean, weights: Weights, locale: Locale) {
  const rows = await prisma.reviewAssignment.findMany({
    where: { submissionId: s.id, status: 'SUBMITTED', reviewerId: { not: viewer.id } },
    orderBy: [{ assignedAt: 'asc' }, { id: 'asc' }],
    select: reviewSelect,
  });
  const labelOf = anonymousReviewerLabels(s.assignments, (a) => a.id, locale);
  return rows.map((r) => {
    const scores = scoresOf(r.scores);
    return {
      id: r.id,
      label: isAdmin ? (r.reviewer.name ?? r.reviewer.email) : (labelOf.get(r.id) ?? someReviewerLabel(locale)),
      confidence: r.confidence,
      committeeComment: r.committeeComment,
      candidateFeedback: r.candidateFeedback,
      submittedAt: r.submittedAt,
      scores,
      weighted: weightedScore(scores, weights),
    };
  });
}

/** A submission as its review page shows it: the frozen evidence, the rubric, the viewer's own review,
 * and the other reviews only when mayReadOtherReviews allows (admins, or a reviewer whose review is
 * submitted). null for anyone else: not assigned (or taken off) and not an admin. Reviewers are labelled
 * in `locale`. */
export async function getReviewWorkspace(viewer: Viewer, submissionId: string, locale: Locale = 'en') {
  const isAdmin = hasRole(viewer, 'ADMIN');
  const s = await readSubmissionForReview(submissionId);
  if (!s) return null;
  const own = s.assignments.find((a) => a.reviewerId === viewer.id) ?? null;
  if (!own && !isAdmin) return null;
  const items = await prisma.submissionItem.findMany({
    where: { submissionId: s.id },
    orderBy: { position: 'asc' },
    select: { id: true, ...submissionItemSelect },
  });
  const criteria = s.cycle.criteria.map((c) => ({ ...c, weight: Number(c.weight) }));
  const weights = criteria.map((c) => ({ criterionId: c.id, weight: c.weight }));
  const mine = await readOwnReview(own?.id);
  const canReadOthers = mayReadOtherReviews({ isAdmin, ownStatus: mine?.status ?? null });
  const others = canReadOthers ? await readOtherReviews(viewer, s, isAdmin, weights, locale) : [];
  return {
    isAdmin,
    canReadOthers,
    // Others' submitted reviews are exactly what canReadOthers shows the reviewer.
    canReopen: mayReopenReview({ ownStatus: mine?.status ?? null, otherSubmittedCount: canReadOthers ? others.length : 0 }),
    submission: {
      id: s.id,
      kind: s.kind,
      status: s.status,
      submittedAt: s.submittedAt,
      windowStart: s.windowStart,
      windowEnd: s.windowEnd,
      candidateName: candidateNameOf(s),
      categoryName: s.category.name,
      focusAreaName: s.focusArea?.name ?? null,
      nomination: s.nomination
        ? {
            statement: s.nomination.statement,
            relationship: s.nomination.relationship,
            endorsements: s.nomination.endorsements.map((e) => e.statement),
          }
        : null,
      items: items.map((i) => ({ ...i, metrics: (i.metrics ?? {}) as Record<string, number> })),
    },
    cycle: { ...s.cycle, criteria },
    mine: mine ? { ...mine, weighted: weightedScore(mine.scores, weights) } : null,
    others,
    otherReviewerCount: s.assignments.filter((a) => a.reviewerId !== viewer.id).length,
  };
}

export type ReviewWorkspace = NonNullable<Awaited<ReturnType<typeof getReviewWorkspace>>>;
