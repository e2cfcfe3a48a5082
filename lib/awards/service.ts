import 'server-only';
// Accepting an award: the new MVP accepts the current code of conduct and NDA, recorded with time and
// version, and the award becomes active (from its first day). Accepting twice is refused.
import { actorOf, recordAudit } from '@/lib/audit/record';
import { dateKey } from '@/lib/dates';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { formatDay, formatInstant } from '@/lib/format';
import type { z } from 'zod';
import { currentMvpAgreements } from './agreements';
import type { acceptAwardSchema } from './schema';
import { programToday } from '@/lib/program-settings';
import type { Viewer } from '@/lib/auth/viewer';

/** Accepts an award with its two agreements in one transaction. The agreements' versions are the ones
 * the person read (a newer one published meanwhile is refused). AgreementAcceptance is one row per
 * person and agreement version: a version already accepted for an earlier award is not recorded
 * again; the award's acceptedAt and the audit entry record that it was accepted for this award too. */
export async function acceptAward(
  viewer: Viewer,
  input: z.output<typeof acceptAwardSchema>,
  now: Date = new Date(),
): Promise<{ acceptedAt: Date }> {
  return prisma.$transaction(async (tx) => {
    const award = await tx.award.findUnique({
      where: { id: input.awardId },
      select: { id: true, userId: true, startsOn: true, endsOn: true, acceptedAt: true, revokedAt: true },
    });
    // Only the holder may accept; anyone else is told nothing about the award.
    if (!award || award.userId !== viewer.id) throw new AppError('NOT_FOUND', 'This award is not one of yours.');
    if (award.acceptedAt) {
      throw new AppError(
        'CONFLICT',
        `You already accepted this award on ${formatInstant(award.acceptedAt, viewer.timeZone)}. There is nothing more to do.`,
      );
    }
    if (award.revokedAt) throw new AppError('CONFLICT', 'This award was revoked; it can no longer be accepted.');
    const today = await programToday(tx, now);
    if (dateKey(award.endsOn) < today) throw new AppError('CONFLICT', `This award year ended on ${formatDay(award.endsOn)}.`);

    const { codeOfConduct, nda } = await currentMvpAgreements(tx, today);
    if (!codeOfConduct || !nda) throw new AppError('CONFLICT', 'The MVP agreements are not published yet. Please try again later.');
    if (codeOfConduct.id !== input.codeOfConductId || nda.id !== input.ndaId) {
      throw new AppError(
        'CONFLICT',
        'A new version of the agreements was published since you opened this page. Reload and read it before accepting.',
      );
    }

    const agreements = [codeOfConduct, nda];
    // skipDuplicates: a second tab accepting at the same moment waits here, then finds the award accepted below.
    await tx.agreementAcceptance.createMany({
      data: agreements.map((a) => ({ userId: viewer.id, agreementId: a.id, awardId: award.id, acceptedAt: now })),
      skipDuplicates: true,
    });
    const { count } = await tx.award.updateMany({ where: { id: award.id, acceptedAt: null }, data: { acceptedAt: now } });
    if (count === 0) throw new AppError('CONFLICT', 'You already accepted this award. There is nothing more to do.');
    const acceptances = await tx.agreementAcceptance.findMany({
      where: { userId: viewer.id, agreementId: { in: agreements.map((a) => a.id) } },
      select: { id: true, agreementId: true, awardId: true, acceptedAt: true },
    });
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: 'award.accepted',
      entityType: 'Award',
      entityId: award.id,
      before: { acceptedAt: null },
      after: {
        acceptedAt: now,
        agreements: agreements.map((a) => {
          const row = acceptances.find((x) => x.agreementId === a.id);
          return {
            kind: a.kind,
            version: a.version,
            acceptanceId: row?.id,
            acceptedAt: row?.acceptedAt,
            earlierAward: row?.awardId !== award.id,
          };
        }),
      },
    });
    return { acceptedAt: now };
  });
}
