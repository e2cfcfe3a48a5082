import 'server-only';
// Publishing agreements: admins publish a new version of an agreement with its text and the day it
// comes into force (today or later, in the program's time zone); a version not yet in force and not
// yet accepted by anyone can be corrected. Versions in force never change: publish a new one.
import type { z } from 'zod';
import { recordAudit } from '@/lib/audit/record';
import { assertRole } from '@/lib/auth/policy';
import { dateKey, todayIn } from '@/lib/dates';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { formatDay } from '@/lib/format';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Viewer } from '@/lib/auth/viewer';
import type { agreementSchema } from './schema';

export const STALE_AGREEMENT =
  'Someone else changed this version since you opened the page. Reload to see their change; what you typed stays here.';
const day = (key: string) => new Date(`${key}T00:00:00Z`);

export async function saveAgreement(
  viewer: Viewer,
  input: z.output<typeof agreementSchema>,
  now: Date = new Date(),
): Promise<{ id: string; revision: number }> {
  assertRole(viewer, 'ADMIN');
  try {
    return await prisma.$transaction(async (tx) => {
      const settings = await tx.programSettings.findUnique({ where: { id: 1 }, select: { timeZone: true } });
      const today = todayIn(settings?.timeZone ?? 'UTC', now);
      const data = {
        kind: input.kind,
        version: input.version,
        title: input.title,
        body: input.body,
        effectiveFrom: day(input.effectiveFrom),
      };
      const actor = { id: viewer.id, label: viewer.email };
      const notInPast = () => {
        if (input.effectiveFrom >= today) return;
        throw new AppError('INVALID', 'Some fields need attention.', {
          effectiveFrom: [`A new version comes into force today (${formatDay(day(today))}) or later, never in the past.`],
        });
      };
      if (!input.id) {
        notInPast();
        const created = await tx.agreement.create({ data, select: { id: true, revision: true } });
        await recordAudit(tx, {
          actor,
          action: 'agreement.published',
          entityType: 'Agreement',
          entityId: created.id,
          after: { ...data, body: undefined },
        });
        return created;
      }
      const before = await tx.agreement.findUnique({
        where: { id: input.id },
        select: { kind: true, version: true, title: true, effectiveFrom: true, revision: true, _count: { select: { acceptances: true } } },
      });
      if (!before) throw new AppError('NOT_FOUND', 'This agreement version does not exist.');
      if (before.revision !== input.revision) throw new AppError('CONFLICT', STALE_AGREEMENT);
      if (dateKey(before.effectiveFrom) <= today || before._count.acceptances > 0) {
        throw new AppError(
          'CONFLICT',
          `This version is in force since ${formatDay(before.effectiveFrom)}, so its text stays as people accepted it. Publish a new version instead.`,
        );
      }
      if (before.kind !== input.kind)
        throw new AppError('INVALID', 'Some fields need attention.', { kind: ['A version stays with its agreement'] });
      const { count } = await tx.agreement.updateMany({
        where: { id: input.id, revision: input.revision },
        data: { ...data, revision: { increment: 1 } },
      });
      if (count !== 1) throw new AppError('CONFLICT', STALE_AGREEMENT);
      await recordAudit(tx, {
        actor,
        action: 'agreement.corrected',
        entityType: 'Agreement',
        entityId: input.id,
        before: { version: before.version, title: before.title, effectiveFrom: dateKey(before.effectiveFrom) },
        after: { version: input.version, title: input.title, effectiveFrom: input.effectiveFrom },
      });
      return { id: input.id, revision: before.revision + 1 };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new AppError('INVALID', 'Some fields need attention.', { version: ['This agreement already has a version with this name'] });
    }
    throw error;
  }
}
