import 'server-only';
// Reads of award cycles for program administration: the list with what happens in each, one cycle's
// form values (its days in the admin's time zone), the suggestions for a new cycle, and the cycles the
// admin's pickers offer. Admins only.
import { assertRole } from '@/lib/auth/policy';
import { addDays, dateKey, todayIn } from '@/lib/dates';
import { prisma } from '@/lib/db';
import type { Viewer } from '@/lib/auth/viewer';
import { CYCLE_STATUS_COPY } from './lifecycle';
import { cycleFields, daysOf } from './rules';
import type { CycleInput } from './schema';

/** Award cycles, newest first, for the admin's cycle pickers (the review board and the decision board). */
export async function listCyclesForPicker() {
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
export type PickerCycle = Awaited<ReturnType<typeof listCyclesForPicker>>[number];

/** Every cycle, newest first, with its categories and how many nominations, submissions and renewals it holds. */
export async function listCyclesForSetup(viewer: Viewer) {
  assertRole(viewer, 'ADMIN');
  const cycles = await prisma.awardCycle.findMany({
    orderBy: [{ nominationsOpenAt: 'desc' }, { createdAt: 'desc' }],
    select: {
      ...cycleFields,
      reviewClosedAt: true,
      closedAt: true,
      categories: { orderBy: { category: { sortOrder: 'asc' } }, select: { category: { select: { name: true, isActive: true } } } },
      _count: { select: { criteria: true, nominations: true, submissions: true, renewals: true } },
    },
  });
  return cycles.map((c) => ({ ...c, copy: CYCLE_STATUS_COPY[c.status], categoryNames: c.categories.map((x) => x.category.name) }));
}
export type CycleListItem = Awaited<ReturnType<typeof listCyclesForSetup>>[number];

/** The award categories a cycle form offers: those still offered, and any retired one the cycle already has. */
export async function listCycleCategoryOptions(keepIds: readonly string[] = []) {
  return prisma.awardCategory.findMany({
    where: { OR: [{ isActive: true }, { id: { in: [...keepIds] } }] },
    orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
    select: { id: true, name: true, isActive: true },
  });
}

/** One cycle as its edit form shows it: days in the admin's time zone, and what already happened in it. */
export async function getCycleForEdit(viewer: Viewer, id: string) {
  assertRole(viewer, 'ADMIN');
  const c = await prisma.awardCycle.findUnique({
    where: { id },
    select: {
      ...cycleFields,
      closedAt: true,
      categories: { select: { categoryId: true } },
      _count: { select: { criteria: true, nominations: true, submissions: true, renewals: true } },
    },
  });
  if (!c) return null;
  const pending = await prisma.submission.count({ where: { cycleId: c.id, status: { in: ['SUBMITTED', 'UNDER_REVIEW'] } } });
  const values: CycleInput = {
    id: c.id,
    version: c.version,
    name: c.name,
    ...daysOf(c, viewer.timeZone),
    awardStartsOn: dateKey(c.awardStartsOn),
    categoryIds: c.categories.map((x) => x.categoryId),
    reviewersPerSubmission: String(c.reviewersPerSubmission),
    scoreMin: String(c.scoreMin),
    scoreMax: String(c.scoreMax),
    changeNote: '',
  };
  return { cycle: c, values, pendingSubmissions: pending, copy: CYCLE_STATUS_COPY[c.status] };
}

/** Suggested values for a new cycle, from today in the admin's time zone (they change them). */
export function newCycleValues(viewer: Viewer, now: Date = new Date()): CycleInput {
  const today = todayIn(viewer.timeZone, now);
  const year = Number(today.slice(0, 4));
  return {
    version: 0,
    name: `MVP award cycle ${year}–${year + 1}`,
    nominationsOpenOn: today,
    nominationsCloseOn: addDays(today, 120),
    submissionDeadlineOn: addDays(today, 135),
    reviewDueOn: addDays(today, 165),
    decisionsReleaseOn: addDays(today, 180),
    renewalOpensOn: addDays(today, 90),
    renewalDeadlineOn: addDays(today, 150),
    awardStartsOn: addDays(today, 200),
    categoryIds: [],
    reviewersPerSubmission: '3',
    scoreMin: '1',
    scoreMax: '5',
    changeNote: '',
  };
}
