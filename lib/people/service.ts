import 'server-only';
import { actorOf, recordAudit } from '@/lib/audit/record';
import { prisma } from '@/lib/db';
import type { z } from 'zod';
import type { adoptTimeZoneSchema, profileSchema } from './schema';
import type { Viewer } from '@/lib/auth/viewer';

/** Updates the viewer's own profile; nobody edits another person's profile here. */
export async function updateProfile(viewer: Viewer, input: z.output<typeof profileSchema>): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const select = { name: true, timeZone: true, notificationMode: true } as const;
    const before = await tx.user.findUniqueOrThrow({ where: { id: viewer.id }, select });
    const after = await tx.user.update({ where: { id: viewer.id }, data: { ...input, timeZoneChosenAt: new Date() }, select });
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: 'profile.updated',
      entityType: 'User',
      entityId: viewer.id,
      before,
      after,
    });
  });
}

/** Takes the browser's time zone: on a first visit only when the person never chose one (an
 * explicit choice is never overridden behind their back), or when they accept the offer to switch. */
export async function adoptTimeZone(
  viewer: Viewer,
  input: z.output<typeof adoptTimeZoneSchema>,
  now: Date = new Date(),
): Promise<{ timeZone: string; changed: boolean }> {
  return prisma.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: viewer.id }, select: { timeZone: true, timeZoneChosenAt: true } });
    if (input.firstVisit && before.timeZoneChosenAt) return { timeZone: before.timeZone, changed: false };
    await tx.user.update({ where: { id: viewer.id }, data: { timeZone: input.timeZone, timeZoneChosenAt: now } });
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: 'profile.time-zone-adopted',
      entityType: 'User',
      entityId: viewer.id,
      before: { timeZone: before.timeZone },
      after: { timeZone: input.timeZone, from: input.firstVisit ? 'first visit' : 'offer accepted' },
    });
    return { timeZone: input.timeZone, changed: before.timeZone !== input.timeZone };
  });
}
