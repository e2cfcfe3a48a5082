import 'server-only';
import type { z } from 'zod';
import type { Viewer } from '@/lib/auth/viewer';
import { recordAudit } from '@/lib/audit/record';
import { dateKey, todayIn } from '@/lib/dates';
import { prisma, type Tx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { newCertificateCode } from './code';
import type { issueCertificateSchema } from './schema';

type Facts = { category: string | null; startsOn: Date; endsOn: Date };

const notFound = () => new AppError('NOT_FOUND', 'There is no certificate to issue for that record.');

/** An accepted, unrevoked award of the viewer's own. */
async function mvpFacts(tx: Tx, viewer: Viewer, awardId: string): Promise<Facts> {
  const award = await tx.award.findUnique({
    where: { id: awardId },
    select: {
      userId: true,
      acceptedAt: true,
      revokedAt: true,
      startsOn: true,
      endsOn: true,
      category: { select: { name: true } },
      focusArea: { select: { name: true } },
    },
  });
  if (!award || award.userId !== viewer.id) throw notFound();
  if (!award.acceptedAt) throw new AppError('CONFLICT', 'Accept your award first; its certificate comes with it.');
  if (award.revokedAt) throw new AppError('CONFLICT', 'This award was revoked; it has no certificate.');
  const category = award.focusArea ? `${award.category.name} (${award.focusArea.name})` : award.category.name;
  return { category, startsOn: award.startsOn, endsOn: award.endsOn };
}

/** A membership year of the viewer's own that has begun. */
async function mctFacts(tx: Tx, viewer: Viewer, termId: string, now: Date): Promise<Facts> {
  const term = await tx.mctMembershipTerm.findUnique({
    where: { id: termId },
    select: { startsOn: true, endsOn: true, membership: { select: { userId: true } } },
  });
  if (!term || term.membership.userId !== viewer.id) throw notFound();
  if (dateKey(term.startsOn) > todayIn(viewer.timeZone, now)) {
    throw new AppError('CONFLICT', 'This membership year has not begun yet; its certificate can be issued from its first day.');
  }
  return { category: null, startsOn: term.startsOn, endsOn: term.endsOn };
}

/** Issues the certificate of one of the viewer's own accepted MVP awards or MCT membership years, once:
 * later calls (a second click, a second tab) return the same code. What it certifies is kept as it is
 * today, so the certificate and its verification page always agree. */
export async function issueCertificate(
  viewer: Viewer,
  input: z.output<typeof issueCertificateSchema>,
  now: Date = new Date(),
): Promise<{ code: string }> {
  return prisma.$transaction(async (tx) => {
    const key = { kind_recordId: { kind: input.kind, recordId: input.recordId } };
    const existing = await tx.certificate.findUnique({ where: key, select: { code: true, userId: true } });
    if (existing) {
      if (existing.userId !== viewer.id) throw notFound();
      return { code: existing.code };
    }
    if (!viewer.name?.trim()) throw new AppError('INVALID', 'Add your name in your profile first: the certificate is issued in it.');
    const facts = input.kind === 'MVP' ? await mvpFacts(tx, viewer, input.recordId) : await mctFacts(tx, viewer, input.recordId, now);
    const code = newCertificateCode();
    // Two clicks at once: the unique (kind, record) lets one row in, and both read it back.
    const { count } = await tx.certificate.createMany({
      data: [{ code, kind: input.kind, recordId: input.recordId, userId: viewer.id, holderName: viewer.name.trim(), ...facts }],
      skipDuplicates: true,
    });
    const issued = await tx.certificate.findUniqueOrThrow({ where: key, select: { id: true, code: true } });
    if (count === 1) {
      await recordAudit(tx, {
        actor: { id: viewer.id, label: viewer.email },
        action: 'certificate.issued',
        entityType: 'Certificate',
        entityId: issued.id,
        after: { kind: input.kind, recordId: input.recordId, code: issued.code },
      });
    }
    return { code: issued.code };
  });
}
