import 'server-only';
import { actorOf, recordAudit } from '@/lib/audit/record';
import { prisma } from '@/lib/db';
import type { z } from 'zod';
import type { profileSchema } from './schema';
import type { Viewer } from '@/lib/auth/viewer';

/** Updates the viewer's own profile; nobody edits another person's profile here. */
export async function updateProfile(viewer: Viewer, input: z.output<typeof profileSchema>): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const select = { name: true, timeZone: true, notificationMode: true } as const;
    const before = await tx.user.findUniqueOrThrow({ where: { id: viewer.id }, select });
    const after = await tx.user.update({ where: { id: viewer.id }, data: input, select });
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
