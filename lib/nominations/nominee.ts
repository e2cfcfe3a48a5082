// The nominee's side of a nomination: the invitation link, accepting or declining, submitting the
// evidence, withdrawing.
import 'server-only';
import type { z } from 'zod';
import { actorOf, recordAudit } from '@/lib/audit/record';
import { isUniqueViolation, prisma, type Tx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { snapshotItems, snapshotSelect } from '@/lib/evidence/snapshot';
import { isInWindow, evidenceWindow, submissionDateFor } from '@/lib/evidence/window';
import { formatDayKey, formatInstant } from '@/lib/format';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { NominationStatus } from '@/lib/generated/prisma/enums';
import { queueEmail } from '@/lib/notifications/outbox';
import type { Viewer } from '@/lib/auth/viewer';
import { assertNominationTransition, assertSubmissionTransition } from './lifecycle';
import { nominationUrl, notifyNominators, recordNominationEvent } from './notify';
import { canWithdrawNomination, isInvitationExpired, nominationViewerRole } from './rules';
import type { respondSchema, submitEvidenceSchema, withdrawSchema } from './schema';
import { dateKey, dateKeyOrNull, dbDay } from '@/lib/dates';

/** The nominee confirmed their invitation (the link's own page, a POST): the nomination becomes
 * theirs now, not when a page is later viewed. The account of the invited address is linked to it,
 * made now (named as they were nominated) when they have none yet, so that the sign-in the link
 * gives lands in it; an account without a name takes the nominated one. Nothing happens for an
 * erased or merged-away address, or a nomination already linked. */
export async function linkInvitedNominee(nominationId: string, email: string): Promise<void> {
  const attempt = () =>
    prisma.$transaction(async (tx) => {
      const nomination = await tx.nomination.findUnique({ where: { id: nominationId }, select: { nomineeId: true, nomineeName: true } });
      if (!nomination || nomination.nomineeId) return;
      let user = await tx.user.findUnique({ where: { email }, select: { id: true, email: true, anonymizedAt: true, mergedIntoId: true } });
      if (user?.anonymizedAt || user?.mergedIntoId) return;
      if (!user) {
        user = await tx.user.create({
          data: { email, name: nomination.nomineeName },
          select: { id: true, email: true, anonymizedAt: true, mergedIntoId: true },
        });
        await recordAudit(tx, {
          actor: actorOf(user),
          action: 'user.created',
          entityType: 'User',
          entityId: user.id,
          after: { email, via: 'nomination invitation' },
        });
      }
      const { count } = await tx.nomination.updateMany({
        where: { id: nominationId, nomineeId: null, nomineeEmail: email },
        data: { nomineeId: user.id },
      });
      if (count === 0) return;
      const named = await tx.user.updateMany({ where: { id: user.id, name: null }, data: { name: nomination.nomineeName } });
      await recordAudit(tx, {
        actor: actorOf(user),
        action: 'nomination.nominee-linked',
        entityType: 'Nomination',
        entityId: nominationId,
        after: { nomineeId: user.id, nameSetTo: named.count === 1 ? nomination.nomineeName : undefined },
      });
    });
  try {
    await attempt();
  } catch (error) {
    // The address signed up at the same moment: link that account instead.
    if (isUniqueViolation(error, 'User_email_key')) return attempt();
    throw error;
  }
}

const nomineeSelect = {
  id: true,
  status: true,
  version: true,
  nominatorId: true,
  nomineeId: true,
  nomineeEmail: true,
  nomineeName: true,
  categoryId: true,
  focusAreaId: true,
  cycleId: true,
  inviteExpiresAt: true,
  endorsements: { select: { endorserId: true } },
} as const;

/** Loads a nomination the viewer acts on as its nominee; anyone else is refused without learning anything. */
async function loadAsNominee(tx: Tx, viewer: Viewer, nominationId: string) {
  const n = await tx.nomination.findUnique({ where: { id: nominationId }, select: nomineeSelect });
  const role = n ? nominationViewerRole(viewer, { ...n, endorserIds: n.endorsements.map((e) => e.endorserId) }) : null;
  if (!n || !role) throw new AppError('NOT_FOUND', 'This nomination does not exist, or it is not yours.');
  if (role !== 'nominee') throw new AppError('FORBIDDEN', 'Only the nominee can do this.');
  return n;
}

/** Moves a nomination from the status it was read in; false when a concurrent request moved it first. */
async function moveNomination(
  tx: Tx,
  n: { id: string; status: NominationStatus; version: number },
  to: NominationStatus,
  data: Prisma.NominationUncheckedUpdateManyInput = {},
): Promise<boolean> {
  assertNominationTransition(n.status, to);
  const { count } = await tx.nomination.updateMany({
    where: { id: n.id, status: n.status, version: n.version },
    data: { ...data, status: to, version: { increment: 1 } },
  });
  return count === 1;
}

const CHANGED = 'This nomination changed a moment ago. Reload the page to see where it stands.';

/** The nominee accepts or declines. Accepting twice (a double click) changes nothing. */
export async function respondToNomination(
  viewer: Viewer,
  input: z.output<typeof respondSchema>,
  now: Date = new Date(),
): Promise<{ status: NominationStatus }> {
  return prisma.$transaction(async (tx) => {
    const n = await loadAsNominee(tx, viewer, input.nominationId);
    const target: NominationStatus = input.response === 'ACCEPT' ? 'ACCEPTED' : 'DECLINED';
    if (n.status === target) return { status: target };
    assertNominationTransition(n.status, target);
    if (isInvitationExpired(n.inviteExpiresAt, now)) {
      throw new AppError(
        'CONFLICT',
        `This invitation expired on ${formatInstant(n.inviteExpiresAt, viewer.timeZone)}. Ask the person who nominated you to nominate you again.`,
      );
    }
    if (target === 'ACCEPTED') {
      if (viewer.isEmployee) throw new AppError('FORBIDDEN', 'Microsoft employees cannot accept an MVP nomination.');
      if (viewer.mvp.active.some((a) => a.categoryId === n.categoryId)) {
        throw new AppError('CONFLICT', 'You are already an active MVP in this category; you renew with your evidence instead.');
      }
    }
    const moved = await moveNomination(tx, n, target, {
      respondedAt: now,
      nomineeId: viewer.id,
      declineReason: target === 'DECLINED' ? input.declineReason : null,
      closedAt: target === 'DECLINED' ? now : null,
    });
    if (!moved) {
      const current = await tx.nomination.findUniqueOrThrow({ where: { id: n.id }, select: { status: true } });
      if (current.status === target) return { status: target };
      throw new AppError('CONFLICT', CHANGED);
    }
    // A decline reason stays with the nomination (admins see it); the history nominators read does not carry it.
    await recordNominationEvent(tx, n.id, target, now);
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: target === 'ACCEPTED' ? 'nomination.accepted' : 'nomination.declined',
      entityType: 'Nomination',
      entityId: n.id,
      before: { status: n.status },
      after: { status: target, declineReason: target === 'DECLINED' ? input.declineReason : undefined },
    });
    await notifyNominators(tx, n.id, target === 'ACCEPTED' ? 'ACCEPTED' : 'DECLINED');
    return { status: target };
  });
}

/** Submits chosen evidence items for a nomination: every item must be the nominee's own, inside the
 * 12 months ending today (in their time zone) and not their full-time job. The items are copied
 * into a frozen snapshot that later edits of the log never change. Submitting twice (a double
 * click, a second tab) returns the first submission. */
export async function submitNomination(
  viewer: Viewer,
  input: z.output<typeof submitEvidenceSchema>,
  now: Date = new Date(),
): Promise<{ submissionId: string; alreadySubmitted: boolean }> {
  return prisma.$transaction(async (tx) => {
    const n = await loadAsNominee(tx, viewer, input.nominationId);
    if (n.status === 'SUBMITTED') {
      const existing = await tx.submission.findUnique({ where: { nominationId: n.id }, select: { id: true } });
      if (existing) return { submissionId: existing.id, alreadySubmitted: true };
    }
    assertNominationTransition(n.status, 'SUBMITTED');
    await assertBeforeDeadline(tx, viewer, n.cycleId, now);
    const window = evidenceWindow(submissionDateFor(now, viewer.timeZone));
    const items = await loadSubmittableItems(tx, viewer, input.itemIds, window);
    const focusAreaId = await chosenFocusArea(tx, n, input.focusAreaId);

    if (!(await moveNomination(tx, n, 'SUBMITTED'))) {
      // A concurrent submit won; answer with its submission.
      const existing = await tx.submission.findUnique({ where: { nominationId: n.id }, select: { id: true } });
      if (existing) return { submissionId: existing.id, alreadySubmitted: true };
      throw new AppError('CONFLICT', CHANGED);
    }
    if (focusAreaId !== n.focusAreaId) await tx.nomination.update({ where: { id: n.id }, data: { focusAreaId } });
    const submission = await createSubmission(tx, viewer, n, { items, window, focusAreaId, now });
    await recordNominationEvent(tx, n.id, 'SUBMITTED', now, `${items.length} contribution${items.length === 1 ? '' : 's'} submitted`);
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: 'nomination.submitted',
      entityType: 'Nomination',
      entityId: n.id,
      before: { status: n.status, focusAreaId: n.focusAreaId },
      after: {
        status: 'SUBMITTED',
        submissionId: submission.id,
        itemIds: items.map((i) => i.id),
        windowStart: window.start,
        windowEnd: window.end,
        focusAreaId,
      },
    });
    await notifyNominators(tx, n.id, 'SUBMITTED');
    await confirmSubmissionReceived(tx, viewer, n, items.length);
    return { submissionId: submission.id, alreadySubmitted: false };
  });
}

type SubmittingNomination = Awaited<ReturnType<typeof loadAsNominee>>;
type EvidenceWindow = ReturnType<typeof evidenceWindow>;

async function assertBeforeDeadline(tx: Tx, viewer: Viewer, cycleId: string, now: Date): Promise<void> {
  const cycle = await tx.awardCycle.findUniqueOrThrow({ where: { id: cycleId }, select: { submissionDeadline: true } });
  if (now > cycle.submissionDeadline) {
    throw new AppError(
      'CONFLICT',
      `The evidence deadline of this award cycle was ${formatInstant(cycle.submissionDeadline, viewer.timeZone)}.`,
    );
  }
}

/** The chosen items: every one the nominee's own, inside the window and not their full-time job. */
async function loadSubmittableItems(tx: Tx, viewer: Viewer, itemIds: string[], window: EvidenceWindow) {
  const items = await tx.evidenceItem.findMany({
    where: { id: { in: itemIds }, ownerId: viewer.id },
    orderBy: [{ startDate: 'asc' }, { createdAt: 'asc' }],
    select: snapshotSelect,
  });
  if (items.length !== itemIds.length) {
    throw new AppError('INVALID', 'Some of the chosen contributions no longer exist. Reload the page and choose again.', {
      itemIds: ['Reload the page and choose again'],
    });
  }
  const outside = items.filter((i) => !isInWindow({ startDate: dateKey(i.startDate), endDate: dateKeyOrNull(i.endDate) }, window));
  if (outside.length > 0) {
    const message = `Only contributions dated from ${formatDayKey(window.start)} to ${formatDayKey(window.end)} can be submitted. Outside that window: ${outside.map((i) => `“${i.title}”`).join(', ')}.`;
    throw new AppError('INVALID', message, { itemIds: [message] });
  }
  const fullTime = items.filter((i) => i.isFullTimeJob);
  if (fullTime.length > 0) {
    const message = `Contributions that are part of your full-time job cannot be submitted: ${fullTime.map((i) => `“${i.title}”`).join(', ')}.`;
    throw new AppError('INVALID', message, { itemIds: [message] });
  }
  return items;
}

/** The nominee states their own focus area: one the category offers today ('' clears it). */
async function chosenFocusArea(tx: Tx, n: SubmittingNomination, chosen: string | undefined): Promise<string | null> {
  let focusAreaId = n.focusAreaId;
  if (chosen === '') {
    focusAreaId = null;
  } else if (chosen && chosen !== n.focusAreaId) {
    const area = await tx.focusArea.findFirst({
      where: { id: chosen, categoryId: n.categoryId, isActive: true },
      select: { id: true },
    });
    if (!area) {
      const message = 'This focus area is not offered in the category of your nomination. Choose one from the list.';
      throw new AppError('INVALID', message, { focusAreaId: [message] });
    }
    focusAreaId = area.id;
  }
  return focusAreaId;
}

/** The submission: a frozen snapshot of the items, which later edits of the log never change. */
async function createSubmission(
  tx: Tx,
  viewer: Viewer,
  n: SubmittingNomination,
  {
    items,
    window,
    focusAreaId,
    now,
  }: { items: Awaited<ReturnType<typeof loadSubmittableItems>>; window: EvidenceWindow; focusAreaId: string | null; now: Date },
): Promise<{ id: string }> {
  return tx.submission.create({
    data: {
      kind: 'NOMINATION',
      nominationId: n.id,
      candidateId: viewer.id,
      cycleId: n.cycleId,
      categoryId: n.categoryId,
      focusAreaId,
      windowStart: dbDay(window.start),
      windowEnd: dbDay(window.end),
      status: 'SUBMITTED',
      submittedAt: now,
      items: {
        create: snapshotItems(items),
      },
    },
    select: { id: true },
  });
}

async function confirmSubmissionReceived(tx: Tx, viewer: Viewer, n: SubmittingNomination, itemCount: number): Promise<void> {
  const category = await tx.awardCategory.findUniqueOrThrow({ where: { id: n.categoryId }, select: { name: true } });
  await queueEmail(tx, {
    to: viewer.email,
    userId: viewer.id,
    template: 'mvp.submission-received',
    data: { nomineeName: viewer.name ?? n.nomineeName, categoryName: category.name, itemCount, url: nominationUrl(n.id) },
    urgency: 'DIGESTIBLE',
  });
}

/** Withdraws a nomination: the nominee until review starts (their submission is withdrawn with it),
 * the nominator while the invitation is still open. Withdrawing twice changes nothing. */
export async function withdrawNomination(
  viewer: Viewer,
  input: z.output<typeof withdrawSchema>,
  now: Date = new Date(),
): Promise<{ status: NominationStatus }> {
  return prisma.$transaction(async (tx) => {
    const n = await tx.nomination.findUnique({
      where: { id: input.nominationId },
      select: { ...nomineeSelect, submission: { select: { id: true, status: true } } },
    });
    const role = n ? nominationViewerRole(viewer, { ...n, endorserIds: n.endorsements.map((e) => e.endorserId) }) : null;
    if (!n || !role) throw new AppError('NOT_FOUND', 'This nomination does not exist, or it is not yours.');
    if (n.status === 'WITHDRAWN') return { status: n.status };
    if (!canWithdrawNomination(role, n.status)) {
      if (role === 'nominee' && (n.status === 'UNDER_REVIEW' || n.status === 'DECIDED')) {
        throw new AppError('CONFLICT', 'Review has already started, so this nomination can no longer be withdrawn.');
      }
      if (role === 'nominator' || role === 'nominee') assertNominationTransition(n.status, 'WITHDRAWN');
      throw new AppError('FORBIDDEN', 'Only the nominee can withdraw a nomination they accepted.');
    }
    if (n.submission) {
      assertSubmissionTransition(n.submission.status, 'WITHDRAWN');
      const { count } = await tx.submission.updateMany({
        where: { id: n.submission.id, status: n.submission.status },
        data: { status: 'WITHDRAWN', withdrawnAt: now, version: { increment: 1 } },
      });
      if (count === 0) throw new AppError('CONFLICT', 'Review started a moment ago, so this nomination can no longer be withdrawn.');
    }
    if (!(await moveNomination(tx, n, 'WITHDRAWN', { closedAt: now }))) throw new AppError('CONFLICT', CHANGED);
    await recordNominationEvent(tx, n.id, 'WITHDRAWN', now, input.reason === '' ? null : input.reason);
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: 'nomination.withdrawn',
      entityType: 'Nomination',
      entityId: n.id,
      before: { status: n.status, submissionStatus: n.submission?.status ?? null },
      after: { status: 'WITHDRAWN', by: role, reason: input.reason || null },
    });
    await notifyNominators(tx, n.id, 'WITHDRAWN', { exceptUserId: viewer.id });
    return { status: 'WITHDRAWN' as const };
  });
}
