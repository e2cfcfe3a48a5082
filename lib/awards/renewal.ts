import 'server-only';
// Renewing an award: an MVP whose award year ends in a cycle submits, inside that cycle's renewal
// window, the evidence of the last 12 months that they have not submitted before, with no
// nomination. It is reviewed and decided like a nomination (lib/reviews, lib/decisions); on release,
// an award creates the next award year. The MVP may withdraw until review starts.
import { assertAgreementsAccepted, pendingAgreements } from '@/lib/agreements/pending';
import { actorOf, recordAudit } from '@/lib/audit/record';
import { RENEWING_STATUSES } from '@/lib/cycles/lifecycle';
import { dateKey, dbDay } from '@/lib/dates';
import { isUniqueViolation, prisma, type Tx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { snapshotItems, snapshotSelect } from '@/lib/evidence/snapshot';
import { evidenceWindow, isInWindow, submissionDateFor, type EvidenceWindow } from '@/lib/evidence/window';
import { assertSubmissionTransition } from '@/lib/nominations/lifecycle';
import type { Viewer } from '@/lib/auth/viewer';
import { programToday } from '@/lib/program-settings';
import { assertRenewalTransition, awardStatusOn, checkRenewal, renewsIn } from './lifecycle';

const MVP_AGREEMENTS = ['MVP_CODE_OF_CONDUCT', 'MVP_NDA'] as const;

/** The items of a person's log that may be submitted in a window: dated within it, not their
 * full-time job, and (for a renewal) not submitted before for the award it renews. Oldest first. */
export async function submittableEvidence(
  db: Tx,
  ownerId: string,
  window: EvidenceWindow,
  opts: { excludeSubmissionId?: string | null } = {},
) {
  const items = await db.evidenceItem.findMany({
    where: {
      ownerId,
      isFullTimeJob: false,
      startDate: { lte: dbDay(window.end) },
      snapshots: opts.excludeSubmissionId ? { none: { submissionId: opts.excludeSubmissionId } } : undefined,
    },
    orderBy: [{ startDate: 'asc' }, { createdAt: 'asc' }],
    select: snapshotSelect,
  });
  return items.filter((i) => isInWindow({ startDate: dateKey(i.startDate), endDate: i.endDate ? dateKey(i.endDate) : null }, window));
}

/** The cycle an award renews in whose renewal window has not closed yet (open now, or coming), if any. */
export async function findRenewalCycle(db: Tx, award: { categoryId: string; endsOn: Date }, now: Date) {
  const cycles = await db.awardCycle.findMany({
    where: {
      status: { in: [...RENEWING_STATUSES] },
      renewalDeadline: { gte: now },
      categories: { some: { categoryId: award.categoryId } },
    },
    orderBy: { renewalDeadline: 'asc' },
    select: { id: true, name: true, renewalOpensAt: true, renewalDeadline: true, awardStartsOn: true },
  });
  const endsOn = dateKey(award.endsOn);
  const renews = (c: (typeof cycles)[number]) =>
    renewsIn({ categoryId: award.categoryId, endsOn }, { categoryIds: [award.categoryId], awardStartsOn: dateKey(c.awardStartsOn) });
  return cycles.find(renews) ?? null;
}

const awardSelect = {
  id: true,
  userId: true,
  categoryId: true,
  focusAreaId: true,
  startsOn: true,
  endsOn: true,
  acceptedAt: true,
  revokedAt: true,
  submissionId: true,
  renewal: { select: { id: true, status: true, version: true, cycleId: true } },
} as const;

/** Everything that decides whether an award can be renewed now: its renewal cycle, the evidence
 * renewing would submit, the agreements, and the verdict. Used by the page and by the submit. */
export async function loadRenewalState(db: Tx, viewer: Viewer, awardId: string, now: Date) {
  const award = await db.award.findUnique({ where: { id: awardId }, select: awardSelect });
  if (!award || award.userId !== viewer.id) return null;
  const today = await programToday(db, now);
  const cycle =
    award.renewal?.status === 'OPEN'
      ? await db.awardCycle.findUnique({
          where: { id: award.renewal.cycleId },
          select: { id: true, name: true, renewalOpensAt: true, renewalDeadline: true },
        })
      : await findRenewalCycle(db, award, now);
  const window = evidenceWindow(submissionDateFor(now, viewer.timeZone));
  const items = await submittableEvidence(db, viewer.id, window, { excludeSubmissionId: award.submissionId });
  const pending = (await pendingAgreements(db, viewer.id, now)).filter((a) => (MVP_AGREEMENTS as readonly string[]).includes(a.kind));
  const status = awardStatusOn(award, today);
  const check = checkRenewal({
    isHolder: true,
    status,
    renewalStatus: award.renewal?.status ?? null,
    cycle,
    now,
    timeZone: viewer.timeZone,
    agreementsAccepted: pending.length === 0,
    evidenceCount: items.length,
  });
  return { award, status, cycle, window, items, check };
}

/** Submits the renewal of an award: the renewal (opened by its window, or new) and its frozen RENEWAL
 * submission, in one transaction. Refused, with the reason, for someone else's award, an award that
 * is not active, a second renewal, no open renewal window, newer agreements not accepted, or no new
 * evidence. */
export async function submitRenewal(
  viewer: Viewer,
  input: { awardId: string },
  now: Date = new Date(),
): Promise<{ renewalId: string; submissionId: string; itemCount: number }> {
  try {
    return await prisma.$transaction(async (tx) => {
      const state = await loadRenewalState(tx, viewer, input.awardId, now);
      if (!state) throw new AppError('NOT_FOUND', 'This award is not one of yours.');
      const { award, cycle, window, items, check } = state;
      if (!check.ok) throw new AppError('CONFLICT', check.message);
      await assertAgreementsAccepted(tx, viewer.id, MVP_AGREEMENTS, now);
      let renewalId: string;
      if (award.renewal) {
        assertRenewalTransition(award.renewal.status, 'SUBMITTED');
        const { count } = await tx.mvpRenewal.updateMany({
          where: { id: award.renewal.id, status: 'OPEN', version: award.renewal.version },
          data: { status: 'SUBMITTED', version: { increment: 1 } },
        });
        if (count !== 1) throw new AppError('CONFLICT', 'You have already submitted a renewal for this award.');
        renewalId = award.renewal.id;
      } else {
        const created = await tx.mvpRenewal.create({
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
        renewalId = created.id;
      }
      const submission = await tx.submission.create({
        data: {
          kind: 'RENEWAL',
          renewalId,
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
        entityId: renewalId,
        before: award.renewal ? { status: award.renewal.status } : undefined,
        after: {
          status: 'SUBMITTED',
          awardId: award.id,
          cycleId: cycle!.id,
          submissionId: submission.id,
          itemIds: items.map((i) => i.id),
          window,
        },
      });
      return { renewalId, submissionId: submission.id, itemCount: items.length };
    });
  } catch (error) {
    // A second tab renewing the same award at the same moment meets MvpRenewal's unique award.
    if (isUniqueViolation(error)) {
      throw new AppError('CONFLICT', 'You have already submitted a renewal for this award.');
    }
    throw error;
  }
}

/** The MVP withdraws their renewal: before submitting (they will not renew), or after, until review
 * starts (the frozen submission is withdrawn with it). Withdrawing twice changes nothing. */
export async function withdrawRenewal(
  viewer: Viewer,
  input: { awardId: string },
  now: Date = new Date(),
): Promise<{ status: 'WITHDRAWN' }> {
  return prisma.$transaction(async (tx) => {
    const r = await tx.mvpRenewal.findUnique({
      where: { awardId: input.awardId },
      select: { id: true, userId: true, status: true, version: true, submission: { select: { id: true, status: true } } },
    });
    if (!r || r.userId !== viewer.id) throw new AppError('NOT_FOUND', 'This award has no renewal of yours to withdraw.');
    if (r.status === 'WITHDRAWN') return { status: 'WITHDRAWN' as const };
    if (r.status === 'UNDER_REVIEW')
      throw new AppError('CONFLICT', 'Review of your renewal has started, so it can no longer be withdrawn.');
    assertRenewalTransition(r.status, 'WITHDRAWN');
    if (r.submission) {
      assertSubmissionTransition(r.submission.status, 'WITHDRAWN');
      const moved = await tx.submission.updateMany({
        where: { id: r.submission.id, status: r.submission.status },
        data: { status: 'WITHDRAWN', withdrawnAt: now, version: { increment: 1 } },
      });
      if (moved.count !== 1)
        throw new AppError('CONFLICT', 'Review of your renewal started a moment ago, so it can no longer be withdrawn.');
    }
    const { count } = await tx.mvpRenewal.updateMany({
      where: { id: r.id, status: r.status, version: r.version },
      data: { status: 'WITHDRAWN', closedAt: now, version: { increment: 1 } },
    });
    if (count !== 1) throw new AppError('CONFLICT', 'Your renewal changed a moment ago. Reload the page to see where it stands.');
    await recordAudit(tx, {
      actor: { id: viewer.id, label: viewer.email },
      action: 'renewal.withdrawn',
      entityType: 'MvpRenewal',
      entityId: r.id,
      before: { status: r.status },
      after: { status: 'WITHDRAWN' },
    });
    return { status: 'WITHDRAWN' as const };
  });
}
