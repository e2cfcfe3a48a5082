import 'server-only';
import { prisma } from '@/lib/db';
import type { Viewer } from '@/lib/auth/viewer';

/** The viewer's own editable profile. */
export async function getOwnProfile(viewer: Viewer) {
  return prisma.user.findUniqueOrThrow({
    where: { id: viewer.id },
    select: { name: true, timeZone: true, notificationMode: true, createdAt: true },
  });
}
