import 'server-only';
// Provider-started applications held while self-service enrollment is paused: how a held one is
// described to its readers, sending an application to its candidate (the emailed link), and the
// release of the held queue once enrollment reopens (the scheduled job, and right after the program
// team changes a pause or the switch).
import { SYSTEM_ACTOR, recordAudit } from '@/lib/audit/record';
import { issueActionToken } from '@/lib/auth/action-tokens';
import { startOfDayIn } from '@/lib/dates';
import { prisma, type Tx } from '@/lib/db';
import { appUrl } from '@/lib/env';
import { formatInstant } from '@/lib/format';
import { enqueueJob, QUEUES } from '@/lib/jobs/queue';
import { queueEmail } from '@/lib/notifications/outbox';
import type { EnrollmentWindow } from './enrollment-window';
import { assertMctApplicationTransition, awaitingCandidateUntil } from './lifecycle';
import { loadEnrollmentState } from './loaders';

/** Why a held application is still held, for a reader in their time zone: until the day self-service
 * reopens (which follows the pause when it is extended), or, while the switch is off, with its reason.
 * Null when enrollment is open: the held queue is released within the hour. */
export function heldNotice(window: EnrollmentWindow, programTimeZone: string, readerTimeZone: string): string | null {
  if (window.isOpen) return null;
  if (window.cause === 'OFFLINE') {
    return `Held while enrollment is offline: ${window.reason?.trim() || 'the program team has taken the enrollment tool offline for now.'}`;
  }
  return `Held until ${formatInstant(startOfDayIn(window.reopensOn, programTimeZone), readerTimeZone)}`;
}

type Sendable = { id: string; candidateId: string; candidateEmail: string; candidateName: string | null; providerName: string };

/** Sends a provider-started application to its candidate: the one-time link to review it and accept
 * the agreement, valid for the 14 days from `now` the candidate has to accept. */
export async function sendApplicationToCandidate(tx: Tx, app: Sendable, now: Date): Promise<void> {
  const expiresAt = awaitingCandidateUntil(now);
  const token = await issueActionToken(tx, {
    purpose: 'MCT_APPLICATION_ACCEPT',
    email: app.candidateEmail,
    subjectId: app.id,
    userId: app.candidateId,
    expiresAt,
  });
  await queueEmail(tx, {
    to: app.candidateEmail,
    userId: app.candidateId,
    template: 'mct.provider-application',
    data: {
      candidateName: app.candidateName,
      providerName: app.providerName,
      url: appUrl(`/mct/applications/accept/${token}`),
      expires: expiresAt,
    },
    urgency: 'IMMEDIATE',
  });
}

/** Releases every held application once self-service enrollment is open (no pause today and the
 * switch on): each becomes AWAITING_CANDIDATE, its 14 days starting now, and its candidate is emailed
 * the link. Each is released once, however many runs overlap. Returns how many this run released. */
export async function releaseHeldApplications(now: Date = new Date()): Promise<number> {
  const { window } = await loadEnrollmentState(prisma, now);
  if (!window.isOpen) return 0;
  const held = await prisma.mctApplication.findMany({ where: { status: 'HELD' }, select: { id: true }, orderBy: { heldAt: 'asc' } });
  let released = 0;
  for (const { id } of held) {
    if (await releaseOne(id, now)) released += 1;
  }
  return released;
}

async function releaseOne(id: string, now: Date): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    // Enrollment may have closed again since the run started: what is still held stays held.
    if (!(await loadEnrollmentState(tx, now)).window.isOpen) return false;
    assertMctApplicationTransition('HELD', 'AWAITING_CANDIDATE');
    // createdAt becomes the release: the candidate's 14 days (and the provider's "started") run from it.
    const { count } = await tx.mctApplication.updateMany({
      where: { id, status: 'HELD' },
      data: { status: 'AWAITING_CANDIDATE', createdAt: now, version: { increment: 1 } },
    });
    if (count !== 1) return false;
    const app = await tx.mctApplication.findUniqueOrThrow({
      where: { id },
      select: { id: true, candidateId: true, candidate: { select: { email: true, name: true } }, provider: { select: { name: true } } },
    });
    await recordAudit(tx, {
      actor: SYSTEM_ACTOR,
      action: 'mct_application.released',
      entityType: 'MctApplication',
      entityId: id,
      before: { status: 'HELD' },
      after: { status: 'AWAITING_CANDIDATE', candidateEmail: app.candidate.email },
    });
    await sendApplicationToCandidate(
      tx,
      {
        id,
        candidateId: app.candidateId,
        candidateEmail: app.candidate.email,
        candidateName: app.candidate.name,
        providerName: app.provider?.name ?? 'Your ISC provider',
      },
      now,
    );
    return true;
  });
}

/** Asks the worker to release the held queue now, when the caller's change commits (a pause removed
 * or shortened, the switch turned on): the release itself decides whether enrollment is open. */
export async function queueHeldRelease(tx: Tx): Promise<void> {
  await enqueueJob(tx, QUEUES.releaseHeldMctApplications, {});
}
