import 'server-only';
// A candidate corrects the dates of a certification on their own record (a typo, or the new expiry
// of a renewed certificate). Empty expiry: the catalogue's validity applies.
import type { z } from 'zod';
import { recordAudit } from '@/lib/audit/record';
import { dateKey, todayIn } from '@/lib/dates';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { catalogueExpiry } from '@/lib/mct/requirements';
import type { Viewer } from '@/lib/auth/viewer';
import type { updateHeldCertificationSchema } from './schema';

const day = (key: string) => new Date(`${key}T00:00:00Z`);

export async function updateHeldCertification(
  viewer: Viewer,
  input: z.output<typeof updateHeldCertificationSchema>,
  now: Date = new Date(),
): Promise<{ expiresOn: string | null }> {
  if (input.earnedOn > todayIn('Pacific/Kiritimati', now)) {
    throw new AppError('INVALID', 'Some fields need attention.', { earnedOn: ['The date you earned it cannot be in the future'] });
  }
  return prisma.$transaction(async (tx) => {
    const held = await tx.candidateCertification.findFirst({
      where: { id: input.id, userId: viewer.id },
      select: { id: true, earnedOn: true, expiresOn: true, certification: { select: { code: true, validityMonths: true } } },
    });
    if (!held) throw new AppError('NOT_FOUND', 'That certification is not on your record.');
    const expiresOn = input.expiresOn ?? catalogueExpiry(input.earnedOn, held.certification.validityMonths);
    await tx.candidateCertification.update({
      where: { id: held.id },
      data: { earnedOn: day(input.earnedOn), expiresOn: expiresOn ? day(expiresOn) : null },
    });
    await recordAudit(tx, {
      actor: { id: viewer.id, label: viewer.email },
      action: 'mct_certification.corrected',
      entityType: 'CandidateCertification',
      entityId: held.id,
      before: { earnedOn: dateKey(held.earnedOn), expiresOn: held.expiresOn ? dateKey(held.expiresOn) : null },
      after: { code: held.certification.code, earnedOn: input.earnedOn, expiresOn },
    });
    return { expiresOn };
  });
}
