import 'server-only';
import { prisma } from '@/lib/db';
import type { Viewer } from '@/lib/people/viewer';

/** What the dashboard shows the viewer about their own applications and work. Reads only the
 * viewer's own records. */
export async function getDashboard(viewer: Viewer) {
  const [nominationsReceived, nominationsMade, openMctApplication, reviewsPending, providers] = await Promise.all([
    prisma.nomination.findMany({
      where: { OR: [{ nomineeId: viewer.id }, { nomineeEmail: viewer.email }] },
      orderBy: { createdAt: 'desc' },
      take: 20,
      select: {
        id: true,
        status: true,
        createdAt: true,
        category: { select: { name: true } },
        cycle: { select: { submissionDeadline: true } },
      },
    }),
    prisma.nomination.count({ where: { nominatorId: viewer.id } }),
    prisma.mctApplication.findFirst({
      where: { candidateId: viewer.id, status: { in: ['AWAITING_CANDIDATE', 'SUBMITTED'] } },
      select: { id: true, status: true, channel: true, createdAt: true },
    }),
    viewer.roles.includes('REVIEWER')
      ? prisma.reviewAssignment.count({ where: { reviewerId: viewer.id, status: { in: ['ASSIGNED', 'IN_PROGRESS'] } } })
      : Promise.resolve(0),
    viewer.providerIds.length
      ? prisma.iscProvider.findMany({ where: { id: { in: viewer.providerIds } }, select: { id: true, name: true, approvedUntil: true } })
      : Promise.resolve([]),
  ]);
  return { nominationsReceived, nominationsMade, openMctApplication, reviewsPending, providers };
}
