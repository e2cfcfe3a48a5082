import 'server-only';
// MCT membership writes: the switch to alumni and the MCT Lounge. Elsewhere: deliveries
// (deliveries.ts), the renewal (renewal.ts), the scheduled jobs (jobs.ts), the program team's decision
// on an application, which starts a membership (decide-application.ts). Each write checks who may do
// it and the membership's state, runs in one transaction with its audit entry and its email, and
// throws AppError for what the person can fix. Nobody touches someone else's membership: every
// member write is by viewer.id.
import type { z } from 'zod';
import { actorOf, type AuditActor, recordAudit } from '@/lib/audit/record';
import { prisma, type Tx } from '@/lib/db';
import { type Clock, dbDay } from '@/lib/dates';
import { appUrl } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { queueEmail } from '@/lib/notifications/outbox';
import { loungeRefusal } from './lounge';
import { assertLoungeTransition, canTransitionLounge, canTransitionMembership, canTransitionMctRenewal } from './lifecycle';
import type { switchToAlumniSchema } from './schema';
import type { Viewer } from '@/lib/auth/viewer';
import { loadMembership, MEMBERSHIP_PATH, membershipToday, stale } from './membership-state';
import { currentAgreement } from '@/lib/agreements/current';
import { assertAgreementsAccepted } from '@/lib/agreements/pending';

// ───────────────────────────── Alumni ─────────────────────────────

/** An active MCT, or one whose membership lapsed, becomes alumni: no fee, no renewal, lounge access
 * and the exam discount kept. They accept the alumni agreement in force (the version the page showed). */
export async function switchToAlumni(viewer: Viewer, input: z.output<typeof switchToAlumniSchema>, clock: Clock = {}): Promise<void> {
  const now = clock.now ?? new Date();
  await prisma.$transaction(async (tx) => {
    const today = await membershipToday(tx, now);
    const m = await loadMembership(tx, viewer.id, today);
    if (!m) throw new AppError('FORBIDDEN', 'Only MCTs can switch to alumni, and you are not an MCT.');
    if (!canTransitionMembership(m.status, 'ALUMNI')) throw new AppError('CONFLICT', 'You are already MCT alumni.');
    if (m.version !== input.version) throw stale();
    const agreement = await currentAgreement(tx, 'MCT_ALUMNI', today);
    if (!agreement) throw new AppError('CONFLICT', 'The MCT alumni agreement is not published yet. Please try again later.');
    if (agreement.id !== input.alumniAgreementId) {
      throw new AppError(
        'CONFLICT',
        'A new version of the alumni agreement was published since you opened this page. Reload and read it first.',
      );
    }
    const { count } = await tx.mctMembership.updateMany({
      where: { id: m.id, version: input.version, status: m.status },
      data: { status: 'ALUMNI', alumniSince: dbDay(today), version: { increment: 1 } },
    });
    if (count !== 1) throw stale();
    await tx.agreementAcceptance.createMany({
      data: [{ userId: viewer.id, agreementId: agreement.id, acceptedAt: now }],
      skipDuplicates: true,
    });
    // A renewal in progress (also one waiting for the program team) has no purpose any more.
    const open = m.term ? await tx.mctRenewal.findUnique({ where: { termId: m.term.id }, select: { id: true, status: true } }) : null;
    if (open && canTransitionMctRenewal(open.status, 'WITHDRAWN')) {
      await tx.mctRenewal.update({ where: { id: open.id }, data: { status: 'WITHDRAWN', version: { increment: 1 } } });
    }
    // Lapsed members lost lounge access; alumni keep it.
    if (m.status === 'LAPSED') await restoreLoungeAccess(tx, viewer.id, actorOf(viewer));
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: 'mct_membership.alumni',
      entityType: 'MctMembership',
      entityId: m.id,
      before: { status: m.status },
      after: { status: 'ALUMNI', alumniSince: today, alumniAgreement: agreement.version, renewalWithdrawn: open?.id },
    });
    await queueEmail(tx, {
      to: viewer.email,
      userId: viewer.id,
      template: 'mct.alumni-switched',
      data: { name: viewer.name, url: appUrl(MEMBERSHIP_PATH) },
      urgency: 'DIGESTIBLE',
    });
  });
}

// ───────────────────────────── MCT Lounge ─────────────────────────────

/** Requests lounge access: granted at once when the viewer's status, read from their records, allows it. */
export async function requestLoungeAccess(viewer: Viewer, _input: unknown = {}, clock: Clock = {}): Promise<{ status: 'GRANTED' }> {
  const now = clock.now ?? new Date();
  return prisma.$transaction(async (tx) => {
    const today = await membershipToday(tx, now);
    const m = await loadMembership(tx, viewer.id, today);
    const refusal = loungeRefusal(m?.standing ?? 'NONE');
    if (refusal) throw new AppError('FORBIDDEN', refusal);
    // Alumni use the lounge under the alumni agreement: a newer version waits for their acceptance.
    if (m?.standing === 'ALUMNI') await assertAgreementsAccepted(tx, viewer.id, ['MCT_ALUMNI'], now);
    const existing = await tx.loungeAccess.findUnique({ where: { userId: viewer.id }, select: { status: true } });
    if (existing?.status === 'GRANTED') return { status: 'GRANTED' as const };
    if (existing) assertLoungeTransition(existing.status, 'GRANTED');
    const row = await tx.loungeAccess.upsert({
      where: { userId: viewer.id },
      create: { userId: viewer.id, status: 'GRANTED', grantedAt: now },
      update: { status: 'GRANTED', requestedAt: now, grantedAt: now, revokedAt: null, revokedReason: null },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: 'lounge_access.granted',
      entityType: 'LoungeAccess',
      entityId: row.id,
      before: existing ? { status: existing.status } : undefined,
      after: { status: 'GRANTED', standing: m?.standing },
    });
    return { status: 'GRANTED' as const };
  });
}

/** Gives back lounge access that a lapse removed (on reinstatement or a late renewal). */
export async function restoreLoungeAccess(tx: Tx, userId: string, actor: AuditActor): Promise<void> {
  const row = await tx.loungeAccess.findUnique({ where: { userId }, select: { id: true, status: true } });
  if (!row || !canTransitionLounge(row.status, 'GRANTED')) return;
  await tx.loungeAccess.update({
    where: { id: row.id },
    data: { status: 'GRANTED', grantedAt: new Date(), revokedAt: null, revokedReason: null },
  });
  await recordAudit(tx, {
    actor,
    action: 'lounge_access.restored',
    entityType: 'LoungeAccess',
    entityId: row.id,
    before: { status: 'REVOKED' },
    after: { status: 'GRANTED' },
  });
}
