import 'server-only';
import { prisma } from '@/lib/db';
import type { Viewer } from '@/lib/people/viewer';

/** The reviewer's own queue: assignments not removed, soonest due first. */
export async function listReviewQueue(viewer: Viewer) {
  return prisma.reviewAssignment.findMany({
    where: { reviewerId: viewer.id, status: { not: 'REMOVED' } },
    orderBy: { dueAt: 'asc' },
    take: 200,
    select: {
      id: true,
      status: true,
      dueAt: true,
      submission: { select: { category: { select: { name: true } }, candidate: { select: { name: true } } } },
    },
  });
}

/** How many reviews wait for the reviewer's scores. */
export async function countPendingReviews(viewer: Viewer): Promise<number> {
  if (!viewer.roles.includes('REVIEWER')) return 0;
  return prisma.reviewAssignment.count({ where: { reviewerId: viewer.id, status: { in: ['ASSIGNED', 'IN_PROGRESS'] } } });
}

/** The categories the reviewer reviews. */
export async function listReviewerCategories(viewer: Viewer) {
  const rows = await prisma.reviewerCategory.findMany({
    where: { reviewerId: viewer.id },
    select: { category: { select: { name: true } } },
  });
  return rows.map((r) => r.category.name);
}
