import 'server-only';
import { assertRole } from '@/lib/auth/policy';
import { prisma } from '@/lib/db';
import type { Role } from '@/lib/generated/prisma/enums';
import type { Viewer } from '@/lib/auth/viewer';

/** The admin home's overview of both programs. Admins only. */
export async function getAdminOverview(viewer: Viewer) {
  assertRole(viewer, 'ADMIN');
  const [people, roleCounts, cycles, categories, providers, settings, pauses] = await Promise.all([
    prisma.user.count({ where: { anonymizedAt: null } }),
    prisma.userRole.groupBy({ by: ['role'], _count: { _all: true } }),
    prisma.awardCycle.findMany({
      orderBy: { nominationsOpenAt: 'desc' },
      take: 3,
      select: { id: true, name: true, status: true, submissionDeadline: true },
    }),
    prisma.awardCategory.findMany({
      orderBy: { sortOrder: 'asc' },
      select: { id: true, name: true, _count: { select: { focusAreas: true } } },
    }),
    prisma.iscProvider.findMany({
      orderBy: { name: 'asc' },
      select: { id: true, name: true, approvedFrom: true, approvedUntil: true, _count: { select: { staff: true } } },
    }),
    prisma.programSettings.findUnique({ where: { id: 1 } }),
    prisma.enrollmentPause.findMany({ orderBy: { startsOn: 'asc' }, select: { id: true, startsOn: true, endsOn: true } }),
  ]);
  const roleCount = (role: Role) => roleCounts.find((r) => r.role === role)?._count._all ?? 0;
  return { people, roleCount, cycles, categories, providers, settings, pauses };
}
