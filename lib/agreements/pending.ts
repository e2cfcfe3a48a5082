import 'server-only';
// Agreements a person must accept again: a newer version of one they are bound by came into force.
// Who is bound by what: an MVP (an accepted award not yet ended) by the code of conduct and the NDA;
// an active MCT who accepted a program agreement before by the program agreement; alumni by the
// alumni agreement. They are asked at their next visit (the dashboard), and the actions the
// agreement covers (renewing an award, renewing a membership, the lounge for alumni) wait for it.
import { recordAudit } from '@/lib/audit/record';
import { dateKey, todayIn, type DateKey } from '@/lib/dates';
import { prisma, type Tx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { AgreementKind } from '@/lib/generated/prisma/enums';
import { deriveMctStanding } from '@/lib/auth/status';
import type { Viewer } from '@/lib/auth/viewer';
import { currentAgreement } from './current';

export type PendingAgreement = { id: string; kind: AgreementKind; version: string; title: string; body: string; effectiveFrom: Date };

async function programToday(db: Tx, now: Date): Promise<DateKey> {
  const settings = await db.programSettings.findUnique({ where: { id: 1 }, select: { timeZone: true } });
  return todayIn(settings?.timeZone ?? 'UTC', now);
}

/** The kinds of agreement a person is bound by today. */
async function boundKinds(db: Tx, userId: string, today: DateKey): Promise<AgreementKind[]> {
  const awards = await db.award.findMany({
    where: { userId, acceptedAt: { not: null }, revokedAt: null },
    select: { endsOn: true },
  });
  const membership = await db.mctMembership.findUnique({
    where: { userId },
    select: { status: true, terms: { select: { startsOn: true, endsOn: true } } },
  });
  const kinds: AgreementKind[] = [];
  // An accepted, unrevoked award whose year has not ended (active or upcoming): the query above
  // already keeps only accepted and unrevoked ones, so the end date decides.
  if (awards.some((a) => dateKey(a.endsOn) >= today)) kinds.push('MVP_CODE_OF_CONDUCT', 'MVP_NDA');
  const { standing } = deriveMctStanding(membership, today);
  if (standing === 'ACTIVE' || standing === 'IN_RENEWAL') kinds.push('MCT_PROGRAM');
  if (standing === 'ALUMNI') kinds.push('MCT_ALUMNI');
  return kinds;
}

/** The agreements a person accepted an earlier version of and must accept again, current versions.
 * (A first acceptance happens where it belongs: accepting an award, applying, switching to alumni.) */
export async function pendingAgreements(db: Tx, userId: string, now: Date = new Date()): Promise<PendingAgreement[]> {
  const today = await programToday(db, now);
  const pending: PendingAgreement[] = [];
  for (const kind of await boundKinds(db, userId, today)) {
    const current = await currentAgreement(db, kind, today);
    if (!current) continue;
    const accepted = await db.agreementAcceptance.findMany({ where: { userId, agreement: { kind } }, select: { agreementId: true } });
    if (accepted.length > 0 && !accepted.some((a) => a.agreementId === current.id)) pending.push(current);
  }
  return pending;
}

/** Refuses an action an agreement covers while a newer version of it waits for the person's acceptance. */
export async function assertAgreementsAccepted(
  db: Tx,
  userId: string,
  kinds: readonly AgreementKind[],
  now: Date = new Date(),
): Promise<void> {
  const waiting = (await pendingAgreements(db, userId, now)).filter((a) => kinds.includes(a.kind));
  if (waiting.length > 0) {
    throw new AppError(
      'CONFLICT',
      `A new version of ${waiting.map((a) => `the ${a.title}`).join(' and ')} is in force. Accept it on your agreements page first.`,
    );
  }
}

/** Records the person's acceptance of the current versions they were shown. A version published since
 * they opened the page is refused, so nobody accepts a text they did not read. */
export async function acceptPendingAgreements(
  viewer: Viewer,
  input: { agreementIds: string[] },
  now: Date = new Date(),
): Promise<{ accepted: number }> {
  return prisma.$transaction(async (tx) => {
    const pending = await pendingAgreements(tx, viewer.id, now);
    const ids = new Set(input.agreementIds);
    if (pending.length === 0) return { accepted: 0 };
    const missing = pending.filter((a) => !ids.has(a.id));
    if (missing.length > 0 || input.agreementIds.some((id) => !pending.some((a) => a.id === id))) {
      throw new AppError('CONFLICT', 'The agreements to accept changed since you opened this page. Reload it and read them first.');
    }
    await tx.agreementAcceptance.createMany({
      data: pending.map((a) => ({ userId: viewer.id, agreementId: a.id, acceptedAt: now })),
      skipDuplicates: true,
    });
    for (const a of pending) {
      await recordAudit(tx, {
        actor: { id: viewer.id, label: viewer.email },
        action: 'agreement.accepted',
        entityType: 'Agreement',
        entityId: a.id,
        after: { kind: a.kind, version: a.version, acceptedAt: now },
      });
    }
    return { accepted: pending.length };
  });
}
