import 'server-only';
import { prisma } from '@/lib/db';
import type { Viewer } from '@/lib/people/viewer';

/** The viewer's open MCT application, if any. */
export async function findOpenMctApplication(viewer: Viewer) {
  return prisma.mctApplication.findFirst({
    where: { candidateId: viewer.id, status: { in: ['AWAITING_CANDIDATE', 'SUBMITTED'] } },
    select: { id: true, status: true, channel: true, createdAt: true },
  });
}
