import 'server-only';
// Setting up award cycles in the portal: create (or copy last year's), edit, open, start review and
// close. Admins only; every change is one transaction with its audit entry; an edit made on a stale
// page is refused (version); every status change goes through lib/cycles/lifecycle.ts.
import { recordAudit, type AuditActor } from '@/lib/audit/record';
import { assertRole } from '@/lib/auth/policy';
import { dateKey } from '@/lib/dates';
import { prisma, type Tx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { formatInstant } from '@/lib/format';
import { Prisma } from '@/lib/generated/prisma/client';
import type { CycleStatus } from '@/lib/generated/prisma/enums';
import { enqueueJob, QUEUES } from '@/lib/jobs/queue';
import type { Viewer } from '@/lib/auth/viewer';
import { notifyDateChange } from './notify';
import { DEFAULT_RUBRIC } from './rubric';
import { assertCycleTransition } from './lifecycle';
import {
  checkDateChanges,
  cycleFields,
  daysOf,
  editedInstants,
  instantsOf,
  overlappingCycle,
  scheduleProblems,
  shiftedByYears,
  type CycleDays,
  type CycleInstants,
} from './rules';
import type { copyCycleSchema, CycleValues, moveCycleSchema } from './schema';
import type { z } from 'zod';

const actorOf = (viewer: Viewer): AuditActor => ({ id: viewer.id, label: viewer.email });
export const STALE_CYCLE =
  'Someone else changed this cycle since you opened the page. Reload to see their change; what you typed stays here.';
const day = (key: string) => new Date(`${key}T00:00:00Z`);

const cycleSelect = { ...cycleFields, categories: { select: { categoryId: true } } } as const;
type LoadedCycle = Prisma.AwardCycleGetPayload<{ select: typeof cycleSelect }>;

const instantsOfCycle = (c: LoadedCycle): CycleInstants => ({
  nominationsOpenAt: c.nominationsOpenAt,
  nominationsCloseAt: c.nominationsCloseAt,
  submissionDeadline: c.submissionDeadline,
  reviewDueAt: c.reviewDueAt,
  decisionsReleaseAt: c.decisionsReleaseAt,
  renewalOpensAt: c.renewalOpensAt,
  renewalDeadline: c.renewalDeadline,
});

const invalid = (errors: Record<string, string[] | undefined>) => {
  const fieldErrors = Object.fromEntries(Object.entries(errors).filter((e): e is [string, string[]] => Boolean(e[1])));
  return new AppError('INVALID', 'Some fields need attention.', fieldErrors);
};

/** Two admins opening cycles (or editing open ones) at once: the second waits and sees the first. */
async function lockNominatingCycles(tx: Tx): Promise<void> {
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(hashtext('award-cycles.nominating'))`);
}

/** Refuses a cycle that would take nominations in a category another open cycle takes them in on the same days. */
async function assertNoOverlap(tx: Tx, cycle: { id?: string; opensAt: Date; closesAt: Date; categoryIds: string[] }) {
  const others = await tx.awardCycle.findMany({
    where: { status: 'OPEN', id: cycle.id ? { not: cycle.id } : undefined },
    select: {
      id: true,
      name: true,
      status: true,
      nominationsOpenAt: true,
      nominationsCloseAt: true,
      categories: { select: { categoryId: true } },
    },
  });
  const clash = overlappingCycle(
    cycle,
    others.map((o) => ({
      id: o.id,
      name: o.name,
      status: o.status,
      opensAt: o.nominationsOpenAt,
      closesAt: o.nominationsCloseAt,
      categoryIds: o.categories.map((c) => c.categoryId),
    })),
  );
  if (!clash) return;
  const names = await tx.awardCategory.findMany({ where: { id: { in: clash.categoryIds } }, select: { name: true } });
  throw new AppError(
    'CONFLICT',
    `${clash.cycle.name} takes nominations in ${names.map((n) => n.name).join(', ')} on some of the same days.`,
    {
      categoryIds: [
        `${clash.cycle.name} is open for nominations in ${names.map((n) => n.name).join(', ')} on some of these days. Choose other categories or dates, or close that cycle first.`,
      ],
      nominationsOpenOn: ['Overlaps another open cycle in the same categories'],
    },
  );
}

async function assertCategoriesOffered(tx: Tx, categoryIds: string[], keep: readonly string[] = []) {
  const found = await tx.awardCategory.findMany({ where: { id: { in: categoryIds } }, select: { id: true, isActive: true, name: true } });
  const retired = found.filter((c) => !c.isActive && !keep.includes(c.id));
  if (found.length !== new Set(categoryIds).size) throw invalid({ categoryIds: ['A chosen category no longer exists; reload the page.'] });
  if (retired.length > 0)
    throw invalid({ categoryIds: [`${retired.map((c) => c.name).join(', ')} is retired; choose categories still offered.`] });
}

const isUniqueName = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
const nameTaken = () => invalid({ name: ['Another cycle has this name'] });

/** Creates a draft cycle with the rubric of the latest cycle (criteria are edited on their own page). */
export async function createCycle(viewer: Viewer, input: CycleValues): Promise<{ id: string }> {
  assertRole(viewer, 'ADMIN');
  const problems = scheduleProblems(input);
  if (Object.keys(problems).length > 0) throw invalid(problems);
  try {
    return await prisma.$transaction(async (tx) => {
      await assertCategoriesOffered(tx, input.categoryIds);
      const latest = await tx.awardCycle.findFirst({
        where: { criteria: { some: {} } },
        orderBy: { nominationsOpenAt: 'desc' },
        select: {
          criteria: { orderBy: { sortOrder: 'asc' }, select: { key: true, label: true, description: true, weight: true, sortOrder: true } },
        },
      });
      const created = await tx.awardCycle.create({
        data: {
          name: input.name,
          status: 'PLANNED',
          ...instantsOf(input, viewer.timeZone),
          awardStartsOn: day(input.awardStartsOn),
          reviewersPerSubmission: input.reviewersPerSubmission,
          scoreMin: input.scoreMin,
          scoreMax: input.scoreMax,
          categories: { create: input.categoryIds.map((categoryId) => ({ categoryId })) },
          criteria: { create: latest?.criteria ?? DEFAULT_RUBRIC },
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actor: actorOf(viewer),
        action: 'cycle.created',
        entityType: 'AwardCycle',
        entityId: created.id,
        after: { ...input, timeZone: viewer.timeZone },
      });
      return created;
    });
  } catch (error) {
    if (isUniqueName(error)) throw nameTaken();
    throw error;
  }
}

/** Changes a cycle: its name, dates, categories and review settings, within what its status allows. */
export async function updateCycle(
  viewer: Viewer,
  input: CycleValues & { id: string },
  now: Date = new Date(),
): Promise<{ version: number }> {
  assertRole(viewer, 'ADMIN');
  try {
    return await prisma.$transaction(async (tx) => {
      await lockNominatingCycles(tx);
      const before = await tx.awardCycle.findUnique({ where: { id: input.id }, select: cycleSelect });
      if (!before) throw new AppError('NOT_FOUND', 'This award cycle does not exist.');
      if (before.version !== input.version) throw new AppError('CONFLICT', STALE_CYCLE);
      if (before.status === 'CLOSED') throw new AppError('CONFLICT', 'This cycle is closed; nothing in it can change any more.');

      const { oldInstants, newInstants, removed, oldCategories, reliedOnChanged } = await checkEdit(
        tx,
        before,
        input,
        now,
        viewer.timeZone,
      );
      const { count } = await tx.awardCycle.updateMany({
        where: { id: before.id, version: input.version },
        data: {
          name: input.name,
          ...newInstants,
          awardStartsOn: day(input.awardStartsOn),
          reviewersPerSubmission: input.reviewersPerSubmission,
          scoreMin: input.scoreMin,
          scoreMax: input.scoreMax,
          version: { increment: 1 },
        },
      });
      if (count !== 1) throw new AppError('CONFLICT', STALE_CYCLE);
      await tx.awardCycleCategory.deleteMany({ where: { cycleId: before.id, categoryId: { in: removed } } });
      await tx.awardCycleCategory.createMany({
        data: input.categoryIds.map((categoryId) => ({ cycleId: before.id, categoryId })),
        skipDuplicates: true,
      });
      await recordAudit(tx, {
        actor: actorOf(viewer),
        action: 'cycle.updated',
        entityType: 'AwardCycle',
        entityId: before.id,
        before: { name: before.name, ...oldInstants, awardStartsOn: dateKey(before.awardStartsOn), categoryIds: oldCategories },
        after: {
          name: input.name,
          ...newInstants,
          awardStartsOn: input.awardStartsOn,
          categoryIds: input.categoryIds,
          changeNote: input.changeNote || undefined,
        },
      });
      if (reliedOnChanged.length > 0 && input.changeNote) {
        await notifyDateChange(tx, {
          cycleId: before.id,
          cycleName: input.name,
          changed: reliedOnChanged,
          instants: newInstants,
          note: input.changeNote,
        });
      }
      return { version: before.version + 1 };
    });
  } catch (error) {
    if (isUniqueName(error)) throw nameTaken();
    throw error;
  }
}

/** What an edit may change given what has happened in the cycle: refuses the edit (saving nothing)
 * with a message per field, or returns the instants to store and the categories it drops. */
async function checkEdit(tx: Tx, before: LoadedCycle, input: CycleValues, now: Date, timeZone: string) {
  const oldInstants = instantsOfCycle(before);
  const newInstants = editedInstants(oldInstants, input, timeZone);
  const days: CycleDays = daysOf(newInstants, timeZone);
  const nominations = await tx.nomination.count({ where: { cycleId: before.id } });
  const renewals = await tx.mvpRenewal.count({ where: { cycleId: before.id } });
  const submittedReviews = await tx.reviewAssignment.count({ where: { status: 'SUBMITTED', submission: { cycleId: before.id } } });
  const hasCandidates = nominations + renewals > 0;
  const dateCheck = checkDateChanges({
    status: before.status,
    before: oldInstants,
    after: newInstants,
    now,
    hasCandidates,
    changeNote: input.changeNote,
  });
  const errors: Record<string, string[] | undefined> = { ...scheduleProblems(days), ...dateCheck.errors };
  if (before.status !== 'PLANNED' && dateKey(before.awardStartsOn) !== input.awardStartsOn && hasCandidates)
    errors.awardStartsOn = ['Candidates were nominated for this award year; its first day can no longer change.'];
  const rubricChanged =
    before.scoreMin !== input.scoreMin ||
    before.scoreMax !== input.scoreMax ||
    before.reviewersPerSubmission !== input.reviewersPerSubmission;
  if (rubricChanged && submittedReviews > 0)
    errors.scoreMax = ['Reviews are already submitted in this cycle, so its scale and reviewers per submission can no longer change.'];
  const oldCategories = before.categories.map((c) => c.categoryId);
  const removed = oldCategories.filter((c) => !input.categoryIds.includes(c));
  if (removed.length > 0) {
    const used = await tx.nomination.findFirst({
      where: { cycleId: before.id, categoryId: { in: removed } },
      select: { category: { select: { name: true } } },
    });
    if (used) errors.categoryIds = [`${used.category.name} has nominations in this cycle; it stays.`];
  }
  if (Object.values(errors).some(Boolean)) throw invalid(errors);
  await assertCategoriesOffered(tx, input.categoryIds, oldCategories);
  if (before.status === 'OPEN') {
    await assertNoOverlap(tx, {
      id: before.id,
      opensAt: newInstants.nominationsOpenAt,
      closesAt: newInstants.nominationsCloseAt,
      categoryIds: input.categoryIds,
    });
  }
  return { oldInstants, newInstants, removed, oldCategories, reliedOnChanged: dateCheck.reliedOnChanged };
}

/** Opens a draft, starts review, or closes a cycle (lib/cycles/lifecycle.ts says which from where). */
export async function moveCycle(
  viewer: Viewer,
  input: z.output<typeof moveCycleSchema>,
  now: Date = new Date(),
): Promise<{ status: CycleStatus }> {
  assertRole(viewer, 'ADMIN');
  return prisma.$transaction(async (tx) => {
    await lockNominatingCycles(tx);
    const c = await tx.awardCycle.findUnique({
      where: { id: input.cycleId },
      select: { ...cycleSelect, _count: { select: { criteria: true } } },
    });
    if (!c) throw new AppError('NOT_FOUND', 'This award cycle does not exist.');
    if (c.version !== input.version) throw new AppError('CONFLICT', STALE_CYCLE);
    assertCycleTransition(c.status, input.to);
    if (input.to === 'OPEN') await checkCanOpen(tx, c, now, viewer.timeZone);
    if (input.to === 'CLOSED') await checkCanClose(tx, c.id);
    const { count } = await tx.awardCycle.updateMany({
      where: { id: c.id, version: input.version, status: c.status },
      data: { status: input.to, closedAt: input.to === 'CLOSED' ? now : undefined, version: { increment: 1 } },
    });
    if (count !== 1) throw new AppError('CONFLICT', STALE_CYCLE);
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: { OPEN: 'cycle.opened', IN_REVIEW: 'cycle.review-started', CLOSED: 'cycle.closed' }[input.to],
      entityType: 'AwardCycle',
      entityId: c.id,
      before: { status: c.status },
      after: { status: input.to },
    });
    // The jobs run at once (and hourly besides): renewals open when their window does; a closed
    // cycle's unsubmitted nominations and renewals expire now, with their people told.
    if (input.to === 'OPEN') await enqueueJob(tx, QUEUES.mvpRenewalWindow, { cycleId: c.id }, { startAfter: c.renewalOpensAt });
    if (input.to === 'CLOSED') await enqueueJob(tx, QUEUES.expireWithCycle, { cycleId: c.id });
    return { status: input.to };
  });
}

async function checkCanOpen(tx: Tx, c: LoadedCycle & { _count: { criteria: number } }, now: Date, timeZone: string) {
  const categoryIds = c.categories.map((x) => x.categoryId);
  if (categoryIds.length === 0) throw new AppError('CONFLICT', 'Choose the award categories of this cycle before opening it.');
  if (c._count.criteria === 0) throw new AppError('CONFLICT', 'Give this cycle review criteria before opening it.');
  if (c.nominationsCloseAt < now)
    throw new AppError('CONFLICT', `Its nominations closed on ${formatInstant(c.nominationsCloseAt, timeZone)}; change the dates first.`);
  await assertCategoriesOffered(tx, categoryIds);
  await assertNoOverlap(tx, { id: c.id, opensAt: c.nominationsOpenAt, closesAt: c.nominationsCloseAt, categoryIds });
}

async function checkCanClose(tx: Tx, cycleId: string) {
  const pending = await tx.submission.count({ where: { cycleId, status: { in: ['SUBMITTED', 'UNDER_REVIEW'] } } });
  if (pending > 0) {
    throw new AppError(
      'CONFLICT',
      `${pending} submission${pending === 1 ? ' is' : 's are'} still waiting for a released decision. Release every decision before closing the cycle.`,
    );
  }
}

/** Starts next year's cycle from one: same categories (those still offered), rubric and review
 * settings, every date a year later, as a draft to check and open. */
export async function copyCycle(viewer: Viewer, input: z.output<typeof copyCycleSchema>): Promise<{ id: string }> {
  assertRole(viewer, 'ADMIN');
  return prisma.$transaction(async (tx) => {
    const source = await tx.awardCycle.findUnique({
      where: { id: input.cycleId },
      select: {
        ...cycleSelect,
        categories: { where: { category: { isActive: true } }, select: { categoryId: true } },
        criteria: { orderBy: { sortOrder: 'asc' }, select: { key: true, label: true, description: true, weight: true, sortOrder: true } },
      },
    });
    if (!source) throw new AppError('NOT_FOUND', 'This award cycle does not exist.');
    const days = shiftedByYears({ ...daysOf(instantsOfCycle(source), viewer.timeZone), awardStartsOn: dateKey(source.awardStartsOn) }, 1);
    const name = await freeName(tx, nextYearName(source.name));
    const created = await tx.awardCycle.create({
      data: {
        name,
        status: 'PLANNED',
        ...instantsOf(days, viewer.timeZone),
        awardStartsOn: day(days.awardStartsOn),
        reviewersPerSubmission: source.reviewersPerSubmission,
        scoreMin: source.scoreMin,
        scoreMax: source.scoreMax,
        categories: { create: source.categories.map((c) => ({ categoryId: c.categoryId })) },
        criteria: { create: source.criteria },
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: 'cycle.copied',
      entityType: 'AwardCycle',
      entityId: created.id,
      after: { from: source.id, name, ...days },
    });
    return created;
  });
}

/** "MVP award cycle 2026–2027" becomes "MVP award cycle 2027–2028"; a name without a year gets "(next)". */
export function nextYearName(name: string): string {
  return /\d{4}/.test(name) ? name.replace(/\d{4}/g, (y) => String(Number(y) + 1)) : `${name} (next)`;
}

async function freeName(tx: Tx, wanted: string): Promise<string> {
  for (let i = 1; ; i++) {
    const name = i === 1 ? wanted : `${wanted} (${i})`;
    if (!(await tx.awardCycle.findUnique({ where: { name }, select: { id: true } }))) return name.slice(0, 120);
  }
}
