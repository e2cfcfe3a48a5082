import 'server-only';
import { loadViewer, type Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { dashboardToday, getDashboardCycles } from './dashboard';
import { parseDashboardFilters } from './dashboard-filters';
import { refreshDashboardSnapshot } from './dashboard-snapshot';
import type { RefreshDashboardInput } from './schema';

/** "Compute them again now": the charts of the filters the admin is looking at, stored for everyone. */
export async function refreshDashboard(viewer: Viewer, input: RefreshDashboardInput): Promise<{ computedAt: Date }> {
  const now = new Date();
  // The same parsing as the page's, so the snapshot stored is the one the page reads.
  const { filters } = parseDashboardFilters(input, { today: dashboardToday(viewer, now), cycles: await getDashboardCycles(viewer) });
  const { computedAt } = await refreshDashboardSnapshot(viewer, filters, { now });
  return { computedAt };
}

/** The background job: the default view (current cycle, last 12 months) of every admin time zone,
 * computed once and stored, so the dashboard a page opens is one shared snapshot, not one per process.
 * Returns how many were stored. */
export async function refreshDefaultDashboards(now: Date = new Date()): Promise<number> {
  const admins = await prisma.user.findMany({
    where: { roles: { some: { role: 'ADMIN' } }, anonymizedAt: null, mergedIntoId: null },
    distinct: ['timeZone'],
    orderBy: [{ timeZone: 'asc' }, { createdAt: 'asc' }],
    select: { id: true },
  });
  let stored = 0;
  for (const { id } of admins) {
    const viewer = await loadViewer(id, now);
    if (!viewer) continue;
    const { filters } = parseDashboardFilters({}, { today: dashboardToday(viewer, now), cycles: await getDashboardCycles(viewer) });
    await refreshDashboardSnapshot(viewer, filters, { now });
    stored += 1;
  }
  return stored;
}
