import 'server-only';
import { prisma } from '@/lib/db';
import type { Viewer } from '@/lib/people/viewer';

/** Nominations the viewer received (by account or by the address they were invited at). */
export async function listNominationsReceived(viewer: Viewer) {
  return prisma.nomination.findMany({
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
  });
}

/** Nominations the viewer made, newest first. */
export async function listNominationsMade(viewer: Viewer) {
  return prisma.nomination.findMany({
    where: { nominatorId: viewer.id },
    orderBy: { createdAt: 'desc' },
    take: 100,
    select: { id: true, nomineeName: true, status: true, createdAt: true, category: { select: { name: true } } },
  });
}
