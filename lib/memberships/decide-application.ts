import 'server-only';
// The program team's decision on an MCT application. Approval is where a membership begins (or a
// former member's comes back), so the decision lives with memberships; the application's own rules
// (its lifecycle, its requirements) stay in lib/mct.
import type { z } from 'zod';
import { actorOf, recordAudit } from '@/lib/audit/record';
import { assertRole } from '@/lib/auth/policy';
import { deriveMctStanding } from '@/lib/auth/status';
import type { Viewer } from '@/lib/auth/viewer';
import { dbDay, todayIn, type Clock } from '@/lib/dates';
import { isUniqueViolation, prisma, type Tx } from '@/lib/db';
import { appUrl } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { assertMctApplicationTransition } from '@/lib/mct/lifecycle';
import type { decideApplicationSchema } from '@/lib/mct/schema';
import { queueEmail } from '@/lib/notifications/outbox';
import { loadProgramSettings } from '@/lib/program-settings';
import { assertMembershipTransition, termFrom } from './lifecycle';
import { restoreLoungeAccess } from './service';
import { notifyProviderOfDecision } from '@/lib/mct/notify-parties';

type Input = z.output<typeof decideApplicationSchema>;
type Decided = 'APPROVED' | 'REJECTED';

/** An admin approves or rejects a submitted application. Approval starts (or, for a reinstatement,
 * reactivates) the membership with a 12-month term from today. Nobody decides their own application;
 * a decision on a stale page is refused. */
export async function decideApplication(viewer: Viewer, input: Input, clock: Clock = {}): Promise<void> {
  assertRole(viewer, 'ADMIN');
  const now = clock.now ?? new Date();
  const target: Decided = input.decision === 'APPROVE' ? 'APPROVED' : 'REJECTED';
  try {
    await prisma.$transaction(async (tx) => {
      const app = await loadDecidableApplication(tx, viewer, input);
      await recordDecision(tx, viewer, input, { app, target, now });
      if (target === 'REJECTED') {
        await notifyRejection(tx, app, input.reason);
        return;
      }
      await startMembership(tx, viewer, app, now);
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError(
        'CONFLICT',
        'A membership year starting today already exists for this candidate. Reload the page to see where it stands.',
      );
    }
    throw error;
  }
}

type DecidableApplication = Awaited<ReturnType<typeof loadDecidableApplication>>;

/** The application as the admin saw it (refused when it is their own or changed since). */
async function loadDecidableApplication(tx: Tx, viewer: Viewer, input: Input) {
  const app = await tx.mctApplication.findUnique({
    where: { id: input.applicationId },
    select: {
      id: true,
      status: true,
      version: true,
      candidateId: true,
      kind: true,
      candidate: { select: { email: true, name: true } },
    },
  });
  if (!app) throw new AppError('NOT_FOUND', 'That application does not exist.');
  if (app.candidateId === viewer.id) throw new AppError('FORBIDDEN', 'You cannot decide your own application; another admin must.');
  if (app.version !== input.version) {
    throw new AppError('CONFLICT', 'Someone else changed this application since you opened it. Reload the page to see where it stands.');
  }
  return app;
}

/** Moves the application to its decision, audits it and tells its provider. */
async function recordDecision(
  tx: Tx,
  viewer: Viewer,
  input: Input,
  { app, target, now }: { app: DecidableApplication; target: Decided; now: Date },
): Promise<void> {
  assertMctApplicationTransition(app.status, target);
  const { count } = await tx.mctApplication.updateMany({
    where: { id: app.id, version: input.version, status: app.status },
    data: {
      status: target,
      decidedAt: now,
      decidedById: viewer.id,
      rejectionReason: target === 'REJECTED' ? input.reason : null,
      version: { increment: 1 },
    },
  });
  if (count !== 1)
    throw new AppError('CONFLICT', 'Someone else changed this application since you opened it. Reload the page to see where it stands.');
  await recordAudit(tx, {
    actor: actorOf(viewer),
    action: target === 'APPROVED' ? 'mct_application.approved' : 'mct_application.rejected',
    entityType: 'MctApplication',
    entityId: app.id,
    before: { status: app.status },
    after: { status: target, ...(target === 'REJECTED' ? { reason: input.reason } : {}) },
  });
  await notifyProviderOfDecision(tx, app.id);
}

async function notifyRejection(tx: Tx, app: DecidableApplication, reason: Input['reason']): Promise<void> {
  await queueEmail(tx, {
    to: app.candidate.email,
    userId: app.candidateId,
    template: 'mct.application-rejected',
    data: { candidateName: app.candidate.name, reason, url: appUrl('/mct') },
    urgency: 'DIGESTIBLE',
  });
}

/** Approval starts (or, for a former member, reactivates) the membership with a 12-month term from today. */
async function startMembership(tx: Tx, viewer: Viewer, app: DecidableApplication, now: Date): Promise<void> {
  const settings = await loadProgramSettings(tx);
  const today = todayIn(settings.timeZone, now);
  const term = termFrom(today);
  const existing = await tx.mctMembership.findUnique({
    where: { userId: app.candidateId },
    select: { id: true, status: true, terms: { select: { startsOn: true, endsOn: true } } },
  });
  const standing = deriveMctStanding(existing, today).standing;
  if (standing === 'ACTIVE' || standing === 'IN_RENEWAL') {
    throw new AppError('CONFLICT', 'This candidate is already an active MCT; reject this application or leave it for their renewal.');
  }
  // A stored ACTIVE whose year ended before the lapse job ran stays ACTIVE: no change of status.
  if (existing && existing.status !== 'ACTIVE') assertMembershipTransition(existing.status, 'ACTIVE');
  const membership = existing
    ? await tx.mctMembership.update({
        where: { id: existing.id },
        data: { status: 'ACTIVE', lapsedOn: null, alumniSince: null, version: { increment: 1 } },
        select: { id: true },
      })
    : await tx.mctMembership.create({
        data: { userId: app.candidateId, status: 'ACTIVE', memberSince: dbDay(today) },
        select: { id: true },
      });
  await tx.mctMembershipTerm.create({
    data: { membershipId: membership.id, startsOn: dbDay(term.startsOn), endsOn: dbDay(term.endsOn), applicationId: app.id },
  });
  // Lounge access a lapse removed comes back with the reinstatement.
  if (existing) await restoreLoungeAccess(tx, app.candidateId, actorOf(viewer));
  await recordAudit(tx, {
    actor: actorOf(viewer),
    action: existing ? 'mct_membership.reinstated' : 'mct_membership.started',
    entityType: 'MctMembership',
    entityId: membership.id,
    before: existing ? { status: existing.status } : undefined,
    after: { status: 'ACTIVE', termStartsOn: term.startsOn, termEndsOn: term.endsOn, applicationId: app.id },
  });
  await queueEmail(tx, {
    to: app.candidate.email,
    userId: app.candidateId,
    template: 'mct.application-approved',
    data: { candidateName: app.candidate.name, startsOn: term.startsOn, endsOn: term.endsOn, url: appUrl('/dashboard') },
    urgency: 'DIGESTIBLE',
  });
}
