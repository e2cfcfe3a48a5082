import 'server-only';
import { prisma } from '@/lib/db';
import type { ReviewStatus, SubmissionKind } from '@/lib/generated/prisma/enums';
import { candidateNameOf } from './submission-facts';
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

// The review page's read lives beside it; it is exported here too, where pages have always read it.
export { getReviewWorkspace, type ReviewWorkspace } from './workspace';
