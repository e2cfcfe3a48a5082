import 'server-only';
import { prisma } from '@/lib/db';
import type { Viewer } from '@/lib/people/viewer';

/** The ISC providers the viewer is staff of, with their approval period and counts. Only their own. */
export async function listMyProviders(viewer: Viewer) {
  return prisma.iscProvider.findMany({
    where: { id: { in: viewer.providerIds } },
    orderBy: { name: 'asc' },
    select: {
      id: true,
      name: true,
      approvedFrom: true,
      approvedUntil: true,
      _count: { select: { completions: true, applications: true } },
      staff: { select: { user: { select: { name: true, email: true } } } },
    },
  });
}
