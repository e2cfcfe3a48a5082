import 'server-only';
// The rubric of a cycle: the admin changes criteria and weights until the first review is submitted;
// after that, scores already given would no longer be comparable, so the change is refused.
import { actorOf, recordAudit } from '@/lib/audit/record';
import { assertRole } from '@/lib/auth/policy';
import { announceChange, cachedRead } from '@/lib/cache/shared';
import { prisma } from '@/lib/db';
import { AppError, STALE_WRITE_MESSAGE } from '@/lib/errors';
import type { CriteriaInput } from './schema';
import type { Viewer } from '@/lib/auth/viewer';

/** A criterion's stable key from its label: "Impact and reach" -> "impact-and-reach". */
export function criterionKey(label: string, taken: ReadonlySet<string>): string {
  const base =
    label
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 50) || 'criterion';
  let key = base;
  for (let i = 2; taken.has(key); i++) key = `${base}-${i}`;
  return key;
}

/** A cycle's rubric as the review page shows it, kept in each process until an admin changes it. */
export function readCycleCriteria(cycleId: string) {
  return cachedRead('criteria', cycleId, () =>
    prisma.reviewCriterion.findMany({
      where: { cycleId },
      orderBy: { sortOrder: 'asc' },
      select: { id: true, label: true, description: true, weight: true },
    }),
  );
}

/** Replaces the cycle's criteria with the admin's list (rows with an id are changed, rows without are
 * added, missing rows are deleted with their draft scores). */
export async function updateCriteria(viewer: Viewer, input: CriteriaInput): Promise<{ version: number }> {
  assertRole(viewer, 'ADMIN');
  return prisma.$transaction(async (tx) => {
    const cycle = await tx.awardCycle.findUnique({
      where: { id: input.cycleId },
      select: { id: true, version: true, criteria: { select: { id: true, key: true, label: true, weight: true, description: true } } },
    });
    if (!cycle) throw new AppError('NOT_FOUND', 'This award cycle does not exist.');
    const submitted = await tx.reviewAssignment.count({ where: { status: 'SUBMITTED', submission: { cycleId: cycle.id } } });
    if (submitted > 0) {
      throw new AppError(
        'CONFLICT',
        `${submitted} review${submitted === 1 ? ' is' : 's are'} already submitted in this cycle, so its criteria and weights can no longer change: the scores given would no longer be comparable.`,
      );
    }
    const { count } = await tx.awardCycle.updateMany({
      where: { id: cycle.id, version: input.version },
      data: { version: { increment: 1 } },
    });
    if (count === 0) throw new AppError('CONFLICT', STALE_WRITE_MESSAGE);
    await announceChange(tx, 'criteria');

    const existing = new Map(cycle.criteria.map((c) => [c.id, c]));
    const keptIds = new Set(input.criteria.flatMap((c) => (c.id ? [c.id] : [])));
    for (const c of input.criteria) {
      if (c.id && !existing.has(c.id)) throw new AppError('CONFLICT', STALE_WRITE_MESSAGE);
    }
    const removed = cycle.criteria.filter((c) => !keptIds.has(c.id)).map((c) => c.id);
    if (removed.length > 0) {
      // Only drafts can hold scores here (nothing is submitted); they lose the deleted criterion.
      await tx.reviewScore.deleteMany({ where: { criterionId: { in: removed } } });
      await tx.reviewCriterion.deleteMany({ where: { id: { in: removed } } });
    }
    const taken = new Set(cycle.criteria.filter((c) => keptIds.has(c.id)).map((c) => c.key));
    for (const [sortOrder, c] of input.criteria.entries()) {
      const data = { label: c.label, description: c.description, weight: c.weight.toFixed(3), sortOrder };
      if (c.id) {
        await tx.reviewCriterion.update({ where: { id: c.id }, data });
      } else {
        const key = criterionKey(c.label, taken);
        taken.add(key);
        await tx.reviewCriterion.create({ data: { ...data, cycleId: cycle.id, key } });
      }
    }
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: 'cycle.criteria-updated',
      entityType: 'AwardCycle',
      entityId: cycle.id,
      before: cycle.criteria.map((c) => ({ label: c.label, weight: c.weight.toString(), description: c.description })),
      after: input.criteria.map((c) => ({ label: c.label, weight: c.weight, description: c.description })),
    });
    return { version: cycle.version + 1 };
  });
}
