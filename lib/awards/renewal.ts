import 'server-only';
// Renewing an award: an active MVP submits the evidence of the last 12 months before the renewal
// deadline of the cycle taking renewals, with no nomination. It is reviewed and decided like a
// nomination (lib/reviews, lib/decisions); on release, an award creates the next award year.
import { actorOf, recordAudit } from '@/lib/audit/record';
import { dateKey, dbDay } from '@/lib/dates';
import { isUniqueViolation, prisma, type Tx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { snapshotItems, snapshotSelect } from '@/lib/evidence/snapshot';
import { evidenceWindow, isInWindow, submissionDateFor, type EvidenceWindow } from '@/lib/evidence/window';
import { awardStatusOn, checkRenewal } from './lifecycle';
import { programToday } from '@/lib/program-settings';
import type { Viewer } from '@/lib/auth/viewer';

/** The items of a person's log that may be submitted in a window: dated within it, and not their
 * full-time job. Oldest first. */
export async function submittableEvidence(db: Tx, ownerId: string, window: EvidenceWindow) {
  const items = await db.evidenceItem.findMany({
    where: { ownerId, isFullTimeJob: false, startDate: { lte: dbDay(window.end) } },
    orderBy: [{ startDate: 'asc' }, { createdAt: 'asc' }],
    select: snapshotSelect,
  });
  return items.filter((i) => isInWindow({ startDate: dateKey(i.startDate), endDate: i.endDate ? dateKey(i.endDate) : null }, window));
}

/** The cycle taking renewals at `now`: the one whose renewal deadline comes next. */
export function findRenewalCycle(db: Tx, now: Date) {
  return db.awardCycle.findFirst({
    where: { renewalDeadline: { gte: now } },
    orderBy: { renewalDeadline: 'asc' },
    select: { id: true, name: true, renewalDeadline: true },
  });
}

/** Submits the renewal of an active award: the MvpRenewal and its frozen RENEWAL submission, in one
 * transaction. Refused (with the reason) for someone else's award, an award that is not active, a
 * second renewal, no open renewal cycle, or no submittable evidence. */
export async function submitRenewal(
  viewer: Viewer,
  input: { awardId: string },
  now: Date = new Date(),
): Promise<{ renewalId: string; submissionId: string; itemCount: number }> {
  try {
    return await prisma.$transaction(async (tx) => {
      const award = await tx.award.findUnique({
        where: { id: input.awardId },
        select: {
          id: true,
          userId: true,
          categoryId: true,
          focusAreaId: true,
          startsOn: true,
          endsOn: true,
          acceptedAt: true,
          revokedAt: true,
          renewal: { select: { id: true } },
        },
      });
      if (!award || award.userId !== viewer.id) throw new AppError('NOT_FOUND', 'This award is not one of yours.');
      const today = await programToday(tx, now);
      const cycle = await findRenewalCycle(tx, now);
      const window = evidenceWindow(submissionDateFor(now, viewer.timeZone));
      const items = await submittableEvidence(tx, viewer.id, window);
      const check = checkRenewal({
        isHolder: true,
        status: awardStatusOn(award, today),
        hasRenewal: Boolean(award.renewal),
        cycle,
        now,
        evidenceCount: items.length,
      });
      if (!check.ok) throw new AppError('CONFLICT', check.message);

      const renewal = await tx.mvpRenewal.create({
        data: {
          awardId: award.id,
          userId: viewer.id,
          cycleId: cycle!.id,
          categoryId: award.categoryId,
          status: 'SUBMITTED',
          deadline: cycle!.renewalDeadline,
        },
        select: { id: true },
      });
      const submission = await tx.submission.create({
        data: {
          kind: 'RENEWAL',
          renewalId: renewal.id,
          candidateId: viewer.id,
          cycleId: cycle!.id,
          categoryId: award.categoryId,
          focusAreaId: award.focusAreaId,
          windowStart: dbDay(window.start),
          windowEnd: dbDay(window.end),
          status: 'SUBMITTED',
          submittedAt: now,
          items: { create: snapshotItems(items) },
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actor: actorOf(viewer),
        action: 'renewal.submitted',
        entityType: 'MvpRenewal',
        entityId: renewal.id,
        after: { awardId: award.id, cycleId: cycle!.id, submissionId: submission.id, itemIds: items.map((i) => i.id), window },
      });
      return { renewalId: renewal.id, submissionId: submission.id, itemCount: items.length };
    });
  } catch (error) {
    // A second tab renewing the same award at the same moment meets MvpRenewal's unique award.
    if (isUniqueViolation(error)) {
      throw new AppError('CONFLICT', 'You have already submitted a renewal for this award.');
    }
    throw error;
  }
}
