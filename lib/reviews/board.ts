import 'server-only';
// The admin's side of reviewing: the assignment board (/admin/reviews) and a cycle's rubric
// (/admin/cycles/[id]/criteria).
import { hasRole } from '@/lib/auth/policy';
import { readCategoryOptions } from '@/lib/categories/queries';
import { listCyclesForPicker, type PickerCycle } from '@/lib/cycles/queries';
import { prisma } from '@/lib/db';
import { assignableSubmissionSelect, candidateNameOf, conflictFactsOf } from './submission-facts';
import { CONFLICT_LABELS, findConflicts } from './conflicts';
import { ACTIVE_REVIEW_STATUSES, OPEN_REVIEW_STATUSES } from './lifecycle';
import type { Viewer } from '@/lib/auth/viewer';

/** Submissions on the board: waiting for reviewers or under review. */
const waiting = { in: ['SUBMITTED', 'UNDER_REVIEW'] as ('SUBMITTED' | 'UNDER_REVIEW')[] };

/** The cycle picked, else the oldest with work waiting in a cycle still under review, else the newest. */
async function pickCycle(cycles: PickerCycle[], cycleId: string | undefined) {
  const picked = cycles.find((c) => c.id === cycleId);
  if (picked) return picked;
  const withWork = await prisma.submission.findFirst({
    where: { status: waiting, cycle: { reviewClosedAt: null } },
    orderBy: { submittedAt: 'asc' },
    select: { cycleId: true },
  });
  return cycles.find((c) => c.id === withWork?.cycleId) ?? cycles[0];
}

/** The categories with how many submissions of the cycle wait in each, and the one picked (else the
 * first with work, else the first). */
async function pickCategory(cycleId: string, categoryId: string | undefined) {
  const [categories, counts] = await Promise.all([
    readCategoryOptions().then((all) => all.map(({ id, name }) => ({ id, name }))),
    prisma.submission.groupBy({ by: ['categoryId'], where: { cycleId, status: waiting }, _count: { _all: true } }),
  ]);
  const countOf = (id: string) => counts.find((c) => c.categoryId === id)?._count._all ?? 0;
  const withCounts = categories.map((c) => ({ ...c, submissions: countOf(c.id) }));
  const category = withCounts.find((c) => c.id === categoryId) ?? withCounts.find((c) => c.submissions > 0) ?? withCounts[0] ?? null;
  return { categories: withCounts, category };
}

/** The waiting submissions of a cycle and category with all their assignments, and the category's
 * reviewers with how many open reviews each has. */
async function readBoard(cycleId: string, categoryId: string) {
  return Promise.all([
    prisma.submission.findMany({
      where: { cycleId, categoryId, status: waiting },
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
      where: { anonymizedAt: null, roles: { some: { role: 'REVIEWER' } }, reviewerCategories: { some: { categoryId } } },
      orderBy: { name: 'asc' },
      select: {
        id: true,
        name: true,
        email: true,
        _count: { select: { reviewAssignments: { where: { status: { in: [...OPEN_REVIEW_STATUSES] } } } } },
      },
    }),
  ]);
}

type BoardSubmission = Awaited<ReturnType<typeof readBoard>>[0][number];
type BoardReviewer = { id: string; name: string; email: string; openReviews: number };

/** One submission's row: its active reviewers, those taken off, how many are missing, and each
 * category reviewer's conflicts with it. */
function boardRow(s: BoardSubmission, reviewersPerSubmission: number, reviewers: BoardReviewer[]) {
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
    missing: Math.max(0, reviewersPerSubmission - active.length),
    conflicts: Object.fromEntries(
      reviewers.flatMap((r) => {
        const reasons = findConflicts(r, facts);
        return reasons.length ? [[r.id, reasons.map((x) => CONFLICT_LABELS[x]).join('; ')]] : [];
      }),
    ) as Record<string, string>,
  };
}

/** The admin's assignment board for one cycle and category: every submission waiting for or under
 * review with its reviewers, who lacks reviewers, and the category's reviewers with their load and
 * their conflicts per submission. Admins only (the page guards; this checks too). */
export async function getAssignmentBoard(viewer: Viewer, pick: { cycleId?: string; categoryId?: string }) {
  if (!hasRole(viewer, 'ADMIN')) return null;
  const cycles = await listCyclesForPicker();
  const cycle = await pickCycle(cycles, pick.cycleId);
  if (!cycle) return { cycles, cycle: null, categories: [], category: null, submissions: [], reviewers: [] };
  const { categories, category } = await pickCategory(cycle.id, pick.categoryId);
  if (!category) return { cycles, cycle, categories, category: null, submissions: [], reviewers: [] };
  const [rows, reviewerRows] = await readBoard(cycle.id, category.id);
  const reviewers = reviewerRows.map((r) => ({
    id: r.id,
    name: r.name ?? r.email,
    email: r.email,
    openReviews: r._count.reviewAssignments,
  }));
  const submissions = rows.map((s) => boardRow(s, cycle.reviewersPerSubmission, reviewers));
  return { cycles, cycle, categories, category, submissions, reviewers };
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
