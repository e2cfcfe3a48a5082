import 'server-only';
// Loads the facts discussionAccessOf (rules.ts) decides on, in one statement, and who is on the
// thread (its reviewers, anonymous to each other, and the admins who wrote in it) with the label
// each viewer sees them by.
import { hasRole } from '@/lib/auth/policy';
import { prisma, type Tx } from '@/lib/db';
import type { ReviewStatus, SubmissionStatus } from '@/lib/generated/prisma/enums';
import type { Viewer } from '@/lib/auth/viewer';
import type { Locale } from '@/lib/i18n/locales';
import { anonymousReviewerLabels, formerReviewerLabel, otherLanguageReviewerLabels } from '@/lib/reviews/labels';
import { handleOf, type Mentionable } from './mentions';
import { discussionAccessOf, type DiscussionAccess } from './rules';

type Db = Tx | typeof prisma;

export type DiscussionContext = {
  access: DiscussionAccess;
  isAdmin: boolean;
  submissionStatus: SubmissionStatus;
  candidateName: string;
  categoryName: string;
};

/** What the viewer may do with the submission's discussion; null when the submission does not exist. */
export async function loadDiscussionContext(db: Db, viewer: Viewer, submissionId: string): Promise<DiscussionContext | null> {
  const rows = await db.$queryRaw<
    {
      status: SubmissionStatus;
      isCandidateSide: boolean;
      hasConflict: boolean;
      ownStatus: ReviewStatus | null;
      candidateName: string;
      categoryName: string;
    }[]
  >`
    SELECT s.status::text AS status,
           (s."candidateId" = ${viewer.id}::uuid
             OR EXISTS (SELECT 1 FROM "Nomination" n WHERE n.id = s."nominationId" AND n."nominatorId" = ${viewer.id}::uuid)
             OR EXISTS (SELECT 1 FROM "Endorsement" e WHERE e."nominationId" = s."nominationId" AND e."endorserId" = ${viewer.id}::uuid)
           ) AS "isCandidateSide",
           EXISTS (SELECT 1 FROM "ConflictDeclaration" d WHERE d."submissionId" = s.id AND d."reviewerId" = ${viewer.id}::uuid) AS "hasConflict",
           (SELECT a.status::text FROM "ReviewAssignment" a WHERE a."submissionId" = s.id AND a."reviewerId" = ${viewer.id}::uuid) AS "ownStatus",
           COALESCE(n2."nomineeName", u.name, 'Candidate') AS "candidateName", cat.name AS "categoryName"
    FROM "Submission" s
    JOIN "User" u ON u.id = s."candidateId"
    JOIN "AwardCategory" cat ON cat.id = s."categoryId"
    LEFT JOIN "Nomination" n2 ON n2.id = s."nominationId"
    WHERE s.id = ${submissionId}::uuid`;
  const row = rows[0];
  if (!row) return null;
  const isAdmin = hasRole(viewer, 'ADMIN');
  return {
    access: discussionAccessOf({
      isAdmin,
      isCandidateSide: row.isCandidateSide,
      hasConflict: row.hasConflict,
      ownStatus: row.ownStatus,
      submissionStatus: row.status,
    }),
    isAdmin,
    submissionStatus: row.status,
    candidateName: row.candidateName,
    categoryName: row.categoryName,
  };
}

/** A person on the thread. */
export type Participant = {
  userId: string;
  /** How reviewers see them: "Reviewer B" (reviewers are anonymous to each other), "Former
   * reviewer", or an admin's name. Admins see everyone by name (`name`). */
  label: string;
  /** A reviewer's label in the other languages: a mention typed in any of them reaches them. */
  otherLabels: string[];
  role: 'reviewer' | 'former-reviewer' | 'admin';
  /** The reviewer's own review is in, so they can read the thread. Admins always can. */
  canRead: boolean;
  name: string;
};

/** The label a viewer sees a participant by. */
export const labelFor = (p: Participant, viewerIsAdmin: boolean) => (viewerIsAdmin ? p.name : p.label);

/** Everyone on the thread: the submission's reviewers (in assignment order) and whoever else wrote
 * in it (admins), reviewers labelled in `locale`. */
export async function loadParticipants(db: Db, submissionId: string, locale: Locale = 'en'): Promise<Participant[]> {
  const [assignments, authors] = await Promise.all([
    db.reviewAssignment.findMany({
      where: { submissionId },
      orderBy: [{ assignedAt: 'asc' }, { id: 'asc' }],
      select: { reviewerId: true, status: true, reviewer: { select: { name: true, email: true } } },
    }),
    db.$queryRaw<{ id: string; name: string | null; email: string }[]>`
      SELECT u.id, u.name, u.email FROM "User" u
      WHERE u.id IN (SELECT DISTINCT "authorId" FROM "DiscussionComment" WHERE "submissionId" = ${submissionId}::uuid)
      ORDER BY u.name ASC NULLS LAST, u.id ASC`,
  ]);
  const active = assignments.filter((a) => a.status !== 'REMOVED');
  const anonymous = anonymousReviewerLabels(active, (a) => a.reviewerId, locale);
  const elsewhere = otherLanguageReviewerLabels(active, (a) => a.reviewerId, locale);
  const nameOf = (p: { name: string | null; email: string }) => p.name ?? p.email;
  const out: Participant[] = active.map((a) => ({
    userId: a.reviewerId,
    label: anonymous.get(a.reviewerId)!,
    otherLabels: elsewhere.get(a.reviewerId)!,
    role: 'reviewer',
    canRead: a.status === 'SUBMITTED',
    name: nameOf(a.reviewer),
  }));
  for (const removed of assignments.filter((a) => a.status === 'REMOVED')) {
    out.push({
      userId: removed.reviewerId,
      label: formerReviewerLabel(locale),
      otherLabels: [],
      role: 'former-reviewer',
      canRead: false,
      name: nameOf(removed.reviewer),
    });
  }
  for (const author of authors) {
    if (out.some((p) => p.userId === author.id)) continue;
    out.push({ userId: author.id, label: nameOf(author), otherLabels: [], role: 'admin', canRead: true, name: nameOf(author) });
  }
  return out;
}

/** Whom a viewer can mention: reviewers by their anonymous label (in any language unless `shownOnly`:
 * then the one the thread shows; an admin also by name), admins who wrote in the thread by name; never
 * themselves or a former reviewer. */
export function mentionablesFor(participants: readonly Participant[], viewer: Viewer, { shownOnly = false } = {}): Mentionable[] {
  const isAdmin = hasRole(viewer, 'ADMIN');
  return participants.flatMap((p) => {
    if (p.userId === viewer.id || p.role === 'former-reviewer') return [];
    const labels = [p.label, ...(shownOnly ? [] : p.otherLabels), ...(isAdmin && p.role === 'reviewer' ? [p.name] : [])];
    return labels.filter((l) => handleOf(l)).map((label) => ({ userId: p.userId, label }));
  });
}
