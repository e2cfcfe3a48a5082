import 'server-only';
// ISC provider staff put right what they submitted by mistake: correct a completion (a typo in the
// name, address, date or certificate ID) or withdraw it (it no longer counts anywhere), and cancel a
// manual application the candidate has not accepted yet. Only for their own provider, never once an
// application the program team sees relies on it; a stale page is refused.
import type { Prisma } from '@/lib/generated/prisma/client';
import type { z } from 'zod';
import { recordAudit } from '@/lib/audit/record';
import { hasRole } from '@/lib/auth/policy';
import { dateKey, todayIn } from '@/lib/dates';
import { prisma, type Tx } from '@/lib/db';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { assertMctApplicationTransition } from '@/lib/mct/lifecycle';
import { dbDay } from '@/lib/dates';
import { isUniqueViolation } from '@/lib/db';
import { queueEmail } from '@/lib/notifications/outbox';
import type { Viewer } from '@/lib/auth/viewer';
import { completionDateProblem } from '@/lib/providers/completions-csv';
import type { cancelProviderApplicationSchema, correctCompletionSchema, withdrawCompletionSchema } from './schema';

const STALE = 'Someone else changed this since you opened the page. Reload to see their change; what you typed stays here.';
const actorOf = (viewer: Viewer) => ({ id: viewer.id, label: viewer.email });
const mayActFor = (viewer: Viewer, providerId: string) => viewer.providerIds.includes(providerId) || hasRole(viewer, 'ADMIN');

/** What a change to a completion reads of it: who owns it, its state, and the applications that rely on it. */
const completionToChangeSelect = {
  id: true,
  providerId: true,
  version: true,
  withdrawnAt: true,
  candidateEmail: true,
  candidateName: true,
  completedOn: true,
  certificateId: true,
  provider: { select: { name: true, approvedFrom: true, approvedUntil: true } },
  applications: { where: { status: { in: ['AWAITING_CANDIDATE', 'HELD', 'SUBMITTED', 'APPROVED'] } }, select: { status: true } },
} satisfies Prisma.IscCompletionSelect;

/** A completion of the viewer's provider, refused (as not found) for anyone else's. */
async function loadCompletion(tx: Tx, viewer: Viewer, completionId: string) {
  const c = await tx.iscCompletion.findUnique({
    where: { id: completionId },
    select: completionToChangeSelect,
  });
  if (!c || !mayActFor(viewer, c.providerId)) throw new AppError('NOT_FOUND', 'This completion is not one your provider confirmed.');
  if (c.withdrawnAt) throw new AppError('CONFLICT', 'This completion was withdrawn; it no longer counts and cannot change.');
  const relied = c.applications.find((a) => a.status !== 'AWAITING_CANDIDATE' && a.status !== 'HELD');
  if (relied)
    throw new AppError(
      'CONFLICT',
      'An MCT application the program team has relies on this completion. Ask the program team to correct it.',
    );
  if (c.applications.length > 0)
    throw new AppError('CONFLICT', 'A manual application you started is waiting on this completion. Cancel that application first.');
  return c;
}

export async function correctCompletion(
  viewer: Viewer,
  input: z.output<typeof correctCompletionSchema>,
  now: Date = new Date(),
): Promise<{ version: number }> {
  try {
    return await prisma.$transaction(async (tx) => {
      const c = await loadCompletion(tx, viewer, input.completionId);
      if (c.version !== input.version) throw new AppError('CONFLICT', STALE);
      const problem = completionDateProblem(input.completedOn, {
        providerName: c.provider.name,
        approvedFrom: dateKey(c.provider.approvedFrom),
        approvedUntil: dateKey(c.provider.approvedUntil),
        // Not after today anywhere on Earth, as when it was confirmed.
        latestDay: todayIn('Pacific/Kiritimati', now),
      });
      if (problem) throw new AppError('INVALID', 'Some fields need attention.', { completedOn: [`${problem}.`] });
      const user = await tx.user.findUnique({ where: { email: input.candidateEmail }, select: { id: true } });
      const { count } = await tx.iscCompletion.updateMany({
        where: { id: c.id, version: input.version, withdrawnAt: null },
        data: {
          candidateName: input.candidateName,
          candidateEmail: input.candidateEmail,
          userId: user?.id ?? null,
          completedOn: dbDay(input.completedOn),
          certificateId: input.certificateId,
          version: { increment: 1 },
        },
      });
      if (count !== 1) throw new AppError('CONFLICT', STALE);
      await recordAudit(tx, {
        actor: actorOf(viewer),
        action: 'isc_completion.corrected',
        entityType: 'IscCompletion',
        entityId: c.id,
        before: {
          candidateName: c.candidateName,
          candidateEmail: c.candidateEmail,
          completedOn: dateKey(c.completedOn),
          certificateId: c.certificateId,
        },
        after: {
          candidateName: input.candidateName,
          candidateEmail: input.candidateEmail,
          completedOn: input.completedOn,
          certificateId: input.certificateId,
        },
      });
      return { version: c.version + 1 };
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError('CONFLICT', 'Some fields need attention.', {
        certificateId: ['You already confirmed a completion with this certificate ID'],
      });
    throw error;
  }
}

export async function withdrawCompletion(
  viewer: Viewer,
  input: z.output<typeof withdrawCompletionSchema>,
  now: Date = new Date(),
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const c = await loadCompletion(tx, viewer, input.completionId);
    const { count } = await tx.iscCompletion.updateMany({
      where: { id: c.id, version: input.version, withdrawnAt: null },
      data: { withdrawnAt: now, withdrawnReason: input.reason, version: { increment: 1 } },
    });
    if (count !== 1) throw new AppError('CONFLICT', STALE);
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: 'isc_completion.withdrawn',
      entityType: 'IscCompletion',
      entityId: c.id,
      before: { withdrawnAt: null },
      after: { withdrawnAt: now, reason: input.reason, candidateEmail: c.candidateEmail },
    });
  });
}

/** Cancels a manual application the candidate has not accepted: its link stops working, and the
 * candidate is told. A held one was never sent to the candidate: it is cancelled without an email. */
export async function cancelProviderApplication(
  viewer: Viewer,
  input: z.output<typeof cancelProviderApplicationSchema>,
  now: Date = new Date(),
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const app = await tx.mctApplication.findUnique({
      where: { id: input.applicationId },
      select: {
        id: true,
        status: true,
        version: true,
        providerId: true,
        channel: true,
        candidateId: true,
        candidate: { select: { email: true, name: true } },
        provider: { select: { name: true } },
      },
    });
    if (!app || app.channel !== 'PROVIDER' || !app.providerId || !mayActFor(viewer, app.providerId)) {
      throw new AppError('NOT_FOUND', 'This is not an application your provider started.');
    }
    if (app.status !== 'AWAITING_CANDIDATE' && app.status !== 'HELD') {
      throw new AppError(
        'CONFLICT',
        'The candidate already acted on this application (or it ended), so it can no longer be cancelled here.',
      );
    }
    assertMctApplicationTransition(app.status, 'WITHDRAWN');
    const { count } = await tx.mctApplication.updateMany({
      where: { id: app.id, status: app.status, version: input.version },
      data: { status: 'WITHDRAWN', version: { increment: 1 } },
    });
    if (count !== 1) throw new AppError('CONFLICT', STALE);
    await tx.actionToken.updateMany({
      where: { purpose: 'MCT_APPLICATION_ACCEPT', subjectId: app.id, usedAt: null },
      data: { usedAt: now },
    });
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: 'mct_application.cancelled-by-provider',
      entityType: 'MctApplication',
      entityId: app.id,
      before: { status: app.status },
      after: { status: 'WITHDRAWN' },
    });
    if (app.status === 'HELD') return;
    await queueEmail(tx, {
      to: app.candidate.email,
      userId: app.candidateId,
      template: 'mct.provider-application-cancelled',
      data: { candidateName: app.candidate.name, providerName: app.provider?.name ?? 'Your ISC provider', url: `${env().APP_URL}/mct` },
      urgency: 'DIGESTIBLE',
    });
  });
}
