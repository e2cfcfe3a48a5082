import 'server-only';
import { hasRole } from '@/lib/auth/policy';
import { readCategoryOptions } from '@/lib/categories/queries';
import { prisma } from '@/lib/db';
import { readCycleCriteria } from './criteria';
import type { NominatorRelationship, ReviewStatus, SubmissionKind, SubmissionStatus } from '@/lib/generated/prisma/enums';
import { weightedScore } from './aggregate';
import { assignableSubmissionSelect, candidateNameOf, conflictFactsOf } from './assign';
import { CONFLICT_LABELS, findConflicts } from './conflicts';
import { anonymousReviewerLabels } from './labels';
import { ACTIVE_REVIEW_STATUSES, mayReadOtherReviews, mayReopenReview, OPEN_REVIEW_STATUSES } from './lifecycle';
import type { Viewer } from '@/lib/auth/viewer';

/** One row of the reviewer's queue. */
export type ReviewQueueRow = {
  id: string;
  status: ReviewStatus;
  dueAt: Date;
  submittedAt: Date | null;
  submissionId: string;
  kind: SubmissionKind;
  categoryName: string;
  candidateName: string | null;
  isReviewClosed: boolean;
  isOverdue: boolean;
  /** Comments in the submission's discussion the reviewer has not read (0 until their review is in). */
  newComments: number;
};

/** How many finished reviews the queue shows before "show all". */
export const RECENT_DONE_REVIEWS = 10;
/** Open reviews a page of the queue shows (soonest due first, so the overdue ones lead page 1). */
export const OPEN_REVIEWS_PAGE_SIZE = 50;

type QueueSqlRow = Omit<ReviewQueueRow, 'isOverdue' | 'newComments'> & {
  total: bigint;
  overdue: bigint;
  newComments?: number;
  withNew?: bigint;
};

/** The reviewer's own queue: their open reviews (assigned or in progress), soonest due first, a page
 * of OPEN_REVIEWS_PAGE_SIZE at a time (`openPage`, from 1, past the last page the last), with how
 * many there are and how many of all are overdue; and their finished reviews, those whose discussion
 * has comments new to them first, then latest first (the first RECENT_DONE_REVIEWS unless
 * `allDone`), with how many there are. One statement for each list: rows
 * are flat, joined in SQL. */
export async function listReviewQueue(
  viewer: Viewer,
  now: Date = new Date(),
  { allDone = false, openPage = 1 }: { allDone?: boolean; openPage?: number } = {},
) {
  const doneLimit = allDone ? 1000 : RECENT_DONE_REVIEWS;
  const open = (page: number) => prisma.$queryRaw<QueueSqlRow[]>`
      SELECT a.id, a.status::text AS status, a."dueAt", a."submittedAt", s.id AS "submissionId", s.kind::text AS kind,
             cat.name AS "categoryName", u.name AS "candidateName", (c."reviewClosedAt" IS NOT NULL) AS "isReviewClosed",
             count(*) OVER () AS total,
             count(*) FILTER (WHERE a."dueAt" < ${now} AND c."reviewClosedAt" IS NULL) OVER () AS overdue
      FROM "ReviewAssignment" a
      JOIN "Submission" s ON s.id = a."submissionId"
      JOIN "AwardCategory" cat ON cat.id = s."categoryId"
      JOIN "AwardCycle" c ON c.id = s."cycleId"
      JOIN "User" u ON u.id = s."candidateId"
      WHERE a."reviewerId" = ${viewer.id}::uuid AND a.status IN ('ASSIGNED', 'IN_PROGRESS')
      ORDER BY a."dueAt" ASC, a."assignedAt" ASC, a.id ASC
      LIMIT ${OPEN_REVIEWS_PAGE_SIZE} OFFSET ${(page - 1) * OPEN_REVIEWS_PAGE_SIZE}`;
  const requestedPage = Math.max(1, Math.floor(openPage));
  const [firstTry, doneRows] = await Promise.all([
    open(requestedPage),
    prisma.$queryRaw<QueueSqlRow[]>`
      SELECT a.id, a.status::text AS status, a."dueAt", a."submittedAt", s.id AS "submissionId", s.kind::text AS kind,
             cat.name AS "categoryName", u.name AS "candidateName", (c."reviewClosedAt" IS NOT NULL) AS "isReviewClosed",
             count(*) OVER () AS total, 0::bigint AS overdue,
             nc.n AS "newComments", count(*) FILTER (WHERE nc.n > 0) OVER () AS "withNew"
      FROM "ReviewAssignment" a
      JOIN "Submission" s ON s.id = a."submissionId"
      JOIN "AwardCategory" cat ON cat.id = s."categoryId"
      JOIN "AwardCycle" c ON c.id = s."cycleId"
      JOIN "User" u ON u.id = s."candidateId"
      -- The discussion is open to the reviewer now their review is in: what others wrote since they last read it.
      CROSS JOIN LATERAL (
        SELECT count(*)::int AS n FROM "DiscussionComment" dc
        WHERE dc."submissionId" = s.id AND dc."authorId" <> ${viewer.id}::uuid AND dc."hiddenAt" IS NULL
          AND dc."createdAt" > COALESCE((SELECT m."lastReadAt" FROM "DiscussionReadMarker" m
                                         WHERE m."submissionId" = s.id AND m."userId" = ${viewer.id}::uuid), '-infinity'::timestamptz)
          AND NOT EXISTS (SELECT 1 FROM "ConflictDeclaration" d WHERE d."submissionId" = s.id AND d."reviewerId" = ${viewer.id}::uuid)
      ) nc
      WHERE a."reviewerId" = ${viewer.id}::uuid AND a.status = 'SUBMITTED'
      ORDER BY (nc.n > 0) DESC, a."submittedAt" DESC NULLS LAST, a.id DESC
      LIMIT ${doneLimit}`,
  ]);
  // A page past the end (a bookmark, reviews finished since) shows the last page instead.
  let openRows = firstTry;
  let page = requestedPage;
  if (openRows.length === 0 && page > 1) {
    const [counted] = await prisma.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "ReviewAssignment" WHERE "reviewerId" = ${viewer.id}::uuid AND status IN ('ASSIGNED', 'IN_PROGRESS')`;
    page = Math.max(1, Math.ceil(Number(counted?.n ?? 0) / OPEN_REVIEWS_PAGE_SIZE));
    openRows = await open(page);
  }
  const withOverdue = ({ total: _total, overdue: _overdue, newComments, withNew: _withNew, ...a }: QueueSqlRow): ReviewQueueRow => ({
    ...a,
    newComments: newComments ?? 0,
    isOverdue: (a.status === 'ASSIGNED' || a.status === 'IN_PROGRESS') && !a.isReviewClosed && a.dueAt < now,
  });
  const openCount = Number(openRows[0]?.total ?? 0);
  return {
    open: openRows.map(withOverdue),
    openCount,
    openOverdue: Number(openRows[0]?.overdue ?? 0),
    openPage: page,
    openPageCount: Math.max(1, Math.ceil(openCount / OPEN_REVIEWS_PAGE_SIZE)),
    done: doneRows.map(withOverdue),
    doneCount: Number(doneRows[0]?.total ?? 0),
    /** Finished reviews whose discussion has comments the reviewer has not read (over all of them). */
    doneWithNewComments: Number(doneRows[0]?.withNew ?? 0),
  };
}

/** How many reviews wait for the reviewer's scores. */
export async function countPendingReviews(viewer: Viewer): Promise<number> {
  if (!viewer.roles.includes('REVIEWER')) return 0;
  return prisma.reviewAssignment.count({ where: { reviewerId: viewer.id, status: { in: ['ASSIGNED', 'IN_PROGRESS'] } } });
}

/** The categories the reviewer reviews, in the program's order. */
export async function listReviewerCategories(viewer: Viewer) {
  const rows = await prisma.$queryRaw<{ name: string }[]>`
    SELECT cat.name FROM "ReviewerCategory" rc JOIN "AwardCategory" cat ON cat.id = rc."categoryId"
    WHERE rc."reviewerId" = ${viewer.id}::uuid
    ORDER BY cat."sortOrder" ASC, cat.name ASC`;
  return rows.map((r) => r.name);
}

/** How many other submissions the conflict picker offers. */
export const DECLARABLE_LIMIT = 100;

/** Submissions of the reviewer's categories that are not theirs to review (yet) and on which they
 * have not declared a conflict: they may declare one before anyone assigns them. One statement: the
 * reviewer's categories are joined, and their assignments and conflicts are anti-joined by the
 * (submission, reviewer) unique indexes. */
export async function listDeclarableSubmissions(viewer: Viewer) {
  if (!viewer.roles.includes('REVIEWER')) return [];
  const rows = await prisma.$queryRaw<
    {
      id: string;
      kind: SubmissionKind;
      candidateName: string | null;
      candidateEmail: string;
      nomineeName: string | null;
      categoryName: string;
      cycleName: string;
    }[]
  >`
    SELECT s.id, s.kind::text AS kind, u.name AS "candidateName", u.email AS "candidateEmail",
           (SELECT n."nomineeName" FROM "Nomination" n WHERE n.id = s."nominationId") AS "nomineeName",
           cat.name AS "categoryName", c.name AS "cycleName"
    FROM "Submission" s
    JOIN "ReviewerCategory" rc ON rc."categoryId" = s."categoryId" AND rc."reviewerId" = ${viewer.id}::uuid
    JOIN "AwardCategory" cat ON cat.id = s."categoryId"
    JOIN "AwardCycle" c ON c.id = s."cycleId"
    JOIN "User" u ON u.id = s."candidateId"
    WHERE s.status IN ('SUBMITTED', 'UNDER_REVIEW')
      AND s."candidateId" <> ${viewer.id}::uuid
      AND NOT EXISTS (
        SELECT 1 FROM "ReviewAssignment" a
        WHERE a."submissionId" = s.id AND a."reviewerId" = ${viewer.id}::uuid AND a.status IN ('ASSIGNED', 'IN_PROGRESS', 'SUBMITTED')
      )
      AND NOT EXISTS (SELECT 1 FROM "ConflictDeclaration" d WHERE d."submissionId" = s.id AND d."reviewerId" = ${viewer.id}::uuid)
    ORDER BY s."submittedAt" ASC, s.id ASC
    LIMIT ${DECLARABLE_LIMIT}`;
  return rows.map((s) => ({
    id: s.id,
    kind: s.kind,
    candidateName: candidateNameOf({
      candidate: { name: s.candidateName, email: s.candidateEmail },
      nomination: s.nomineeName === null ? null : { nomineeName: s.nomineeName },
    }),
    categoryName: s.categoryName,
    cycleName: s.cycleName,
  }));
}

/** A submission as its review page shows it: the frozen evidence, the rubric, the viewer's own review,
 * and the other reviews only when mayReadOtherReviews allows (admins, or a reviewer whose review is
 * submitted). null for anyone else: not assigned (or taken off) and not an admin. */
export async function getReviewWorkspace(viewer: Viewer, submissionId: string) {
  const isAdmin = hasRole(viewer, 'ADMIN');
  // The submission with its one-to-one parts in one flat statement, beside its lists (rubric,
  // endorsements, reviewers), rather than one statement per relation.
  const [headers, endorsements, assignments] = await Promise.all([
    prisma.$queryRaw<
      {
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
      }[]
    >`
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
  const s = {
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
  const own = s.assignments.find((a) => a.reviewerId === viewer.id) ?? null;
  if (!own && !isAdmin) return null;
  const items = await prisma.submissionItem.findMany({
    where: { submissionId: s.id },
    orderBy: { position: 'asc' },
    select: {
      id: true,
      type: true,
      role: true,
      title: true,
      description: true,
      startDate: true,
      endDate: true,
      url: true,
      audience: true,
      technologyArea: true,
      isPaid: true,
      privateNote: true,
      isHighImpact: true,
      metrics: true,
    },
  });
  const criteria = s.cycle.criteria.map((c) => ({ ...c, weight: Number(c.weight) }));
  const weights = criteria.map((c) => ({ criterionId: c.id, weight: c.weight }));
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

  const mineRow = own
    ? await prisma.reviewAssignment.findUnique({ where: { id: own.id }, select: { ...reviewSelect, reviewer: false } })
    : null;
  const mine = mineRow ? { ...mineRow, scores: scoresOf(mineRow.scores) } : null;

  // Others' reviews are read only when the rule allows; otherwise they never leave the database.
  let others: {
    id: string;
    label: string;
    confidence: number | null;
    committeeComment: string | null;
    candidateFeedback: string | null;
    submittedAt: Date | null;
    scores: Record<string, number>;
    weighted: number | null;
  }[] = [];
  const canReadOthers = mayReadOtherReviews({ isAdmin, ownStatus: mine?.status ?? null });
  if (canReadOthers) {
    const rows = await prisma.reviewAssignment.findMany({
      where: { submissionId: s.id, status: 'SUBMITTED', reviewerId: { not: viewer.id } },
      orderBy: [{ assignedAt: 'asc' }, { id: 'asc' }],
      select: reviewSelect,
    });
    const labelOf = anonymousReviewerLabels(s.assignments, (a) => a.id);
    others = rows.map((r) => {
      const scores = scoresOf(r.scores);
      return {
        id: r.id,
        label: isAdmin ? (r.reviewer.name ?? r.reviewer.email) : (labelOf.get(r.id) ?? 'Reviewer'),
        confidence: r.confidence,
        committeeComment: r.committeeComment,
        candidateFeedback: r.candidateFeedback,
        submittedAt: r.submittedAt,
        scores,
        weighted: weightedScore(scores, weights),
      };
    });
  }
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

/** Award cycles, newest first, for the admin's pickers. */
async function listCycles() {
  return prisma.awardCycle.findMany({
    orderBy: { nominationsOpenAt: 'desc' },
    select: {
      id: true,
      name: true,
      status: true,
      version: true,
      reviewClosedAt: true,
      reviewDueAt: true,
      reviewersPerSubmission: true,
      scoreMin: true,
      scoreMax: true,
    },
  });
}

/** The admin's assignment board for one cycle and category: every submission waiting for or under
 * review with its reviewers, who lacks reviewers, and the category's reviewers with their load and
 * their conflicts per submission. Admins only (the page guards; this checks too). */
export async function getAssignmentBoard(viewer: Viewer, pick: { cycleId?: string; categoryId?: string }) {
  if (!hasRole(viewer, 'ADMIN')) return null;
  const cycles = await listCycles();
  const waiting = { in: ['SUBMITTED', 'UNDER_REVIEW'] as ('SUBMITTED' | 'UNDER_REVIEW')[] };
  let cycle = cycles.find((c) => c.id === pick.cycleId);
  if (!cycle) {
    const withWork = await prisma.submission.findFirst({
      where: { status: waiting, cycle: { reviewClosedAt: null } },
      orderBy: { submittedAt: 'asc' },
      select: { cycleId: true },
    });
    cycle = cycles.find((c) => c.id === withWork?.cycleId) ?? cycles[0];
  }
  if (!cycle) return { cycles, cycle: null, categories: [], category: null, submissions: [], reviewers: [] };

  const [categories, counts] = await Promise.all([
    readCategoryOptions().then((all) => all.map(({ id, name }) => ({ id, name }))),
    prisma.submission.groupBy({ by: ['categoryId'], where: { cycleId: cycle.id, status: waiting }, _count: { _all: true } }),
  ]);
  const countOf = (id: string) => counts.find((c) => c.categoryId === id)?._count._all ?? 0;
  const withCounts = categories.map((c) => ({ ...c, submissions: countOf(c.id) }));
  const category = withCounts.find((c) => c.id === pick.categoryId) ?? withCounts.find((c) => c.submissions > 0) ?? withCounts[0] ?? null;
  if (!category) return { cycles, cycle, categories: withCounts, category: null, submissions: [], reviewers: [] };

  const [rows, reviewerRows] = await Promise.all([
    prisma.submission.findMany({
      where: { cycleId: cycle.id, categoryId: category.id, status: waiting },
      orderBy: { submittedAt: 'asc' },
      select: {
        ...assignableSubmissionSelect,
        submittedAt: true,
        focusArea: { select: { name: true } },
        assignments: {
          orderBy: [{ assignedAt: 'asc' }, { id: 'asc' }],
          select: {
            id: true,
            reviewerId: true,
            status: true,
            version: true,
            method: true,
            removedReason: true,
            reviewer: { select: { name: true, email: true } },
          },
        },
      },
    }),
    prisma.user.findMany({
      where: { anonymizedAt: null, roles: { some: { role: 'REVIEWER' } }, reviewerCategories: { some: { categoryId: category.id } } },
      orderBy: { name: 'asc' },
      select: {
        id: true,
        name: true,
        email: true,
        _count: { select: { reviewAssignments: { where: { status: { in: [...OPEN_REVIEW_STATUSES] } } } } },
      },
    }),
  ]);
  const reviewers = reviewerRows.map((r) => ({
    id: r.id,
    name: r.name ?? r.email,
    email: r.email,
    openReviews: r._count.reviewAssignments,
  }));
  const submissions = rows.map((s) => {
    const facts = conflictFactsOf(s);
    const active = s.assignments.filter((a) => ACTIVE_REVIEW_STATUSES.includes(a.status));
    return {
      id: s.id,
      kind: s.kind,
      status: s.status,
      submittedAt: s.submittedAt,
      candidateName: candidateNameOf(s),
      focusAreaName: s.focusArea?.name ?? null,
      reviewers: active.map((a) => ({
        assignmentId: a.id,
        version: a.version,
        name: a.reviewer.name ?? a.reviewer.email,
        status: a.status,
        method: a.method,
      })),
      removed: s.assignments
        .filter((a) => a.status === 'REMOVED')
        .map((a) => ({ name: a.reviewer.name ?? a.reviewer.email, reason: a.removedReason })),
      missing: Math.max(0, cycle.reviewersPerSubmission - active.length),
      conflicts: Object.fromEntries(
        reviewers.flatMap((r) => {
          const reasons = findConflicts(r, facts);
          return reasons.length ? [[r.id, reasons.map((x) => CONFLICT_LABELS[x]).join('; ')]] : [];
        }),
      ) as Record<string, string>,
    };
  });
  return { cycles, cycle, categories: withCounts, category, submissions, reviewers };
}

/** Every award cycle with what the admin manages of it. Admins only. */
export async function listCyclesForAdmin(viewer: Viewer) {
  if (!hasRole(viewer, 'ADMIN')) return [];
  return prisma.awardCycle.findMany({
    orderBy: { nominationsOpenAt: 'desc' },
    select: {
      id: true,
      name: true,
      status: true,
      submissionDeadline: true,
      reviewDueAt: true,
      renewalDeadline: true,
      reviewClosedAt: true,
      awardStartsOn: true,
      reviewersPerSubmission: true,
      scoreMin: true,
      scoreMax: true,
      _count: { select: { criteria: true, submissions: true } },
    },
  });
}

/** A cycle's rubric for the admin's criteria page, with whether it can still change. Admins only. */
export async function getCycleCriteria(viewer: Viewer, cycleId: string) {
  if (!hasRole(viewer, 'ADMIN')) return null;
  const cycle = await prisma.awardCycle.findUnique({
    where: { id: cycleId },
    select: {
      id: true,
      name: true,
      version: true,
      scoreMin: true,
      scoreMax: true,
      criteria: { orderBy: { sortOrder: 'asc' }, select: { id: true, label: true, description: true, weight: true } },
    },
  });
  if (!cycle) return null;
  const submittedReviews = await prisma.reviewAssignment.count({ where: { status: 'SUBMITTED', submission: { cycleId } } });
  return { ...cycle, criteria: cycle.criteria.map((c) => ({ ...c, weight: Number(c.weight) })), submittedReviews };
}
