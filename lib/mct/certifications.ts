import 'server-only';
// A candidate's certifications on their MCT record: adding one from the catalogue, removing one.
import type { z } from 'zod';
import { actorOf, recordAudit } from '@/lib/audit/record';
import type { Viewer } from '@/lib/auth/viewer';
import { dbDay, todayIn, type Clock, dateKey } from '@/lib/dates';
import { isUniqueViolation, prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { addCertificationSchema, removeCertificationSchema } from './schema';
import { catalogueExpiry } from './requirements';

/** Adds a certification from the catalogue to the viewer's own record. Without an expiry date, it
 * expires after the catalogue's validity. The same credential ID again with a later expiry is a
 * renewal of the one on record (its dates move on), not a duplicate. */
export async function addCertification(
  viewer: Viewer,
  input: z.output<typeof addCertificationSchema>,
  clock: Clock = {},
): Promise<{ id: string; renewed: boolean }> {
  const now = clock.now ?? new Date();
  // Not after today anywhere on Earth: a certificate earned today in Auckland is not "in the future".
  if (input.earnedOn > todayIn('Pacific/Kiritimati', now)) {
    throw new AppError('INVALID', 'Some fields need attention.', { earnedOn: ['The date you earned it cannot be in the future'] });
  }
  const duplicate = () =>
    new AppError('CONFLICT', 'Some fields need attention.', {
      credentialId: ['This credential ID is already recorded for this certification. Check it against your transcript.'],
    });
  try {
    return await prisma.$transaction(async (tx) => {
      const certification = await tx.certification.findUnique({
        where: { id: input.certificationId },
        select: { id: true, code: true, validityMonths: true },
      });
      if (!certification)
        throw new AppError('INVALID', 'Some fields need attention.', { certificationId: ['Choose a certification from the catalogue'] });
      const expiresOn = input.expiresOn ?? catalogueExpiry(input.earnedOn, certification.validityMonths);
      const existing = await tx.candidateCertification.findUnique({
        where: { certificationId_credentialId: { certificationId: certification.id, credentialId: input.credentialId } },
        select: { id: true, userId: true, earnedOn: true, expiresOn: true },
      });
      if (existing) {
        const was = existing.expiresOn ? dateKey(existing.expiresOn) : null;
        if (existing.userId !== viewer.id || !expiresOn || (was !== null && expiresOn <= was)) throw duplicate();
        await tx.candidateCertification.update({
          where: { id: existing.id },
          data: { earnedOn: dbDay(input.earnedOn), expiresOn: dbDay(expiresOn) },
        });
        await recordAudit(tx, {
          actor: actorOf(viewer),
          action: 'mct_certification.renewed',
          entityType: 'CandidateCertification',
          entityId: existing.id,
          before: { earnedOn: dateKey(existing.earnedOn), expiresOn: was },
          after: { code: certification.code, credentialId: input.credentialId, earnedOn: input.earnedOn, expiresOn },
        });
        return { id: existing.id, renewed: true };
      }
      const created = await tx.candidateCertification.create({
        data: {
          userId: viewer.id,
          certificationId: certification.id,
          credentialId: input.credentialId,
          earnedOn: dbDay(input.earnedOn),
          expiresOn: expiresOn ? dbDay(expiresOn) : null,
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actor: actorOf(viewer),
        action: 'mct_certification.added',
        entityType: 'CandidateCertification',
        entityId: created.id,
        after: { code: certification.code, credentialId: input.credentialId, earnedOn: input.earnedOn, expiresOn },
      });
      return { ...created, renewed: false };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicate();
    throw error;
  }
}

/** Removes one of the viewer's own certifications, unless an application or renewal relies on it. */
export async function removeCertification(viewer: Viewer, input: z.output<typeof removeCertificationSchema>): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const held = await tx.candidateCertification.findFirst({
      where: { id: input.id, userId: viewer.id },
      select: {
        id: true,
        credentialId: true,
        certification: { select: { code: true } },
        _count: { select: { mctApplications: true, mctRenewals: true } },
      },
    });
    if (!held) throw new AppError('NOT_FOUND', 'That certification is not on your record (it may have been removed already).');
    if (held._count.mctApplications + held._count.mctRenewals > 0) {
      throw new AppError('CONFLICT', `${held.certification.code} is part of an application, so it stays on your record.`);
    }
    await tx.candidateCertification.delete({ where: { id: held.id } });
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: 'mct_certification.removed',
      entityType: 'CandidateCertification',
      entityId: held.id,
      before: { code: held.certification.code, credentialId: held.credentialId },
    });
  });
}
