import 'server-only';
import { hasRole } from '@/lib/auth/policy';
import { prisma } from '@/lib/db';
import type { Viewer } from '@/lib/people/viewer';
import { weightedScore } from './aggregate';
import { assignableSubmissionSelect, candidateNameOf, conflictFactsOf } from './assign';
import { CONFLICT_LABELS, findConflicts } from './conflicts';
import { ACTIVE_REVIEW_STATUSES, mayReadOtherReviews, OPEN_REVIEW_STATUSES } from './lifecycle';

/** The reviewer's own queue: assignments not removed, soonest due first, with which are overdue. */
export async function listReviewQueue(viewer: Viewer, now: Date = new Date()) {
  const rows = await prisma.reviewAssignment.findMany({
    where: { reviewerId: viewer.id, status: { not: 'REMOVED' } },
    orderBy: [{ dueAt: 'asc' }, { assignedAt: 'asc' }],
    take: 200,
    select: {
      id: true,
      status: true,
      dueAt: true,
      submittedAt: true,
      submission: {
        select: {
          id: true,
          kind: true,
          status: true,
          category: { select: { name: true } },
          candidate: { select: { name: true } },
          cycle: { select: { name: true, reviewClosedAt: true } },
        },
      },
    },
  });
  return rows.map((a) => ({
    ...a,
    isOverdue: (a.status === 'ASSIGNED' || a.status === 'IN_PROGRESS') && !a.submission.cycle.reviewClosedAt && a.dueAt < now,
  }));
}

/** How many reviews wait for the reviewer's scores. */
export async function countPendingReviews(viewer: Viewer): Promise<number> {
  if (!viewer.roles.includes('REVIEWER')) return 0;
  return prisma.reviewAssignment.count({ where: { reviewerId: viewer.id, status: { in: ['ASSIGNED', 'IN_PROGRESS'] } } });
}

/** The categories the reviewer reviews. */
export async function listReviewerCategories(viewer: Viewer) {
  const rows = await prisma.reviewerCategory.findMany({
    where: { reviewerId: viewer.id },
    select: { category: { select: { name: true } } },
  });
  return rows.map((r) => r.category.name);
}

/** Submissions of the reviewer's categories that are not theirs to review (yet) and on which they
 * have not declared a conflict: they may declare one before anyone assigns them. */
export async function listDeclarableSubmissions(viewer: Viewer) {
  if (!viewer.roles.includes('REVIEWER')) return [];
  const rows = await prisma.submission.findMany({
    where: {
      status: { in: ['SUBMITTED', 'UNDER_REVIEW'] },
      category: { reviewerCategories: { some: { reviewerId: viewer.id } } },
      assignments: { none: { reviewerId: viewer.id, status: { in: [...ACTIVE_REVIEW_STATUSES] } } },
      conflicts: { none: { reviewerId: viewer.id } },
      candidateId: { not: viewer.id },
    },
    orderBy: { submittedAt: 'asc' },
    take: 100,
    select: {
      id: true,
      kind: true,
      candidate: { select: { name: true, email: true } },
      nomination: { select: { nomineeName: true } },
      category: { select: { name: true } },
      cycle: { select: { name: true } },
    },
  });
  return rows.map((s) => ({
    id: s.id,
    kind: s.kind,
    candidateName: candidateNameOf(s),
    categoryName: s.category.name,
    cycleName: s.cycle.name,
  }));
}

const REVIEWER_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** A submission as its review page shows it: the frozen evidence, the rubric, the viewer's own review,
 * and the other reviews only when mayReadOtherReviews allows (admins, or a reviewer whose review is
 * submitted). null for anyone else: not assigned (or taken off) and not an admin. */
export async function getReviewWorkspace(viewer: Viewer, submissionId: string) {
  const isAdmin = hasRole(viewer, 'ADMIN');
  const s = await prisma.submission.findUnique({
    where: { id: submissionId },
    select: {
      id: true,
      kind: true,
      status: true,
      submittedAt: true,
      windowStart: true,
      windowEnd: true,
      candidate: { select: { name: true, email: true } },
      category: { select: { name: true } },
      focusArea: { select: { name: true } },
      nomination: { select: { nomineeName: true, statement: true, relationship: true, endorsements: { select: { statement: true } } } },
      cycle: {
        select: {
          id: true,
          name: true,
          scoreMin: true,
          scoreMax: true,
          reviewClosedAt: true,
          reviewDueAt: true,
          criteria: { orderBy: { sortOrder: 'asc' }, select: { id: true, label: true, description: true, weight: true } },
        },
      },
      assignments: {
        where: { status: { not: 'REMOVED' } },
        orderBy: [{ assignedAt: 'asc' }, { id: 'asc' }],
        select: { id: true, reviewerId: true, status: true },
      },
    },
  });
  if (!s) return null;
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

  const mineRow = own ? await prisma.reviewAssignment.findUnique({ where: { id: own.id }, select: reviewSelect }) : null;
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
    const letterOf = new Map(s.assignments.map((a, i) => [a.id, REVIEWER_LETTERS[i] ?? String(i + 1)]));
    others = rows.map((r) => {
      const scores = scoresOf(r.scores);
      return {
        id: r.id,
        label: isAdmin ? (r.reviewer.name ?? r.reviewer.email) : `Reviewer ${letterOf.get(r.id) ?? ''}`.trim(),
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
    prisma.awardCategory.findMany({ orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }], select: { id: true, name: true } }),
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
