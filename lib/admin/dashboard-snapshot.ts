import 'server-only';
import { assertRole } from '@/lib/auth/policy';
import {
  getAwardsByYear,
  getDeliveriesByFormat,
  getMctApplicationsByMonth,
  getMembershipsOverTime,
  getNominationFunnel,
  getReviewProgress,
} from './dashboard';
import type { DashboardFilters } from './dashboard-filters';
import type { Viewer } from '@/lib/auth/viewer';

/** How long one computation of the charts is shown before the next request recomputes it. */
export const SNAPSHOT_SECONDS = 30;
const MAX_SNAPSHOTS = 64;

async function computeCharts(viewer: Viewer, filters: DashboardFilters, now: Date) {
  const [funnel, reviews, awards, applications, memberships, deliveries] = await Promise.all([
    getNominationFunnel(viewer, filters),
    getReviewProgress(viewer, filters, now),
    getAwardsByYear(viewer, filters),
    getMctApplicationsByMonth(viewer, filters),
    getMembershipsOverTime(viewer, filters, now),
    getDeliveriesByFormat(viewer, filters),
  ]);
  return { funnel, reviews, awards, applications, memberships, deliveries };
}

export type DashboardCharts = Awaited<ReturnType<typeof computeCharts>>;
export type DashboardSnapshot = DashboardCharts & { computedAt: Date };

type Entry = { computedAt: Date; value: Promise<DashboardCharts> };
const snapshots = new Map<string, Entry>();

/** The six charts of the admin dashboard for these filters. They are aggregates over the programs'
 * whole history (a third of a second of database work at program scale), identical for every admin
 * in one time zone: so admins asking at the same time share one computation, and its result is
 * shown for SNAPSHOT_SECONDS (the page says when it was computed and offers a fresh one). Only this
 * process keeps it; nothing personal is in it; the caller's role is checked before anything is read. */
export async function getDashboardSnapshot(
  viewer: Viewer,
  filters: DashboardFilters,
  opts: { now?: Date; fresh?: boolean } = {},
): Promise<DashboardSnapshot> {
  assertRole(viewer, 'ADMIN');
  const now = opts.now ?? new Date();
  const key = JSON.stringify([viewer.timeZone, filters.cycleId, filters.from, filters.to]);
  const cached = snapshots.get(key);
  const fresh = cached && !opts.fresh && now.getTime() - cached.computedAt.getTime() < SNAPSHOT_SECONDS * 1000;
  const entry: Entry = fresh ? cached : { computedAt: now, value: computeCharts(viewer, filters, now) };
  if (entry !== cached) {
    snapshots.delete(key);
    snapshots.set(key, entry);
    if (snapshots.size > MAX_SNAPSHOTS) snapshots.delete(snapshots.keys().next().value!);
    // A failed computation is not kept: the next request tries again.
    entry.value.catch(() => {
      if (snapshots.get(key) === entry) snapshots.delete(key);
    });
  }
  return { ...(await entry.value), computedAt: entry.computedAt };
}
