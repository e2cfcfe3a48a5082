import 'server-only';
import { assertRole } from '@/lib/auth/policy';
import { isUniqueViolation, prisma } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
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

/** Computations under way in this process, so admins asking together share one (removed when done). */
const computing = new Map<string, Promise<DashboardSnapshot>>();

/** Computes the charts and stores them for every process; rows of other filters older than a day go. */
async function computeAndShare(viewer: Viewer, filters: DashboardFilters, key: string, now: Date): Promise<DashboardSnapshot> {
  // Stored as JSON and served as read back, so every process serves exactly the same snapshot.
  const charts = JSON.parse(JSON.stringify(await computeCharts(viewer, filters, now))) as DashboardCharts;
  // Two processes computing the first snapshot of a key at once: the second's insert loses, harmlessly.
  await prisma
    .$transaction([
      prisma.dashboardSnapshot.upsert({
        where: { key },
        create: { key, computedAt: now, charts: charts as Prisma.InputJsonValue },
        update: { computedAt: now, charts: charts as Prisma.InputJsonValue },
      }),
      prisma.dashboardSnapshot.deleteMany({ where: { computedAt: { lt: new Date(now.getTime() - 86_400_000) } } }),
    ])
    .catch((error: unknown) => {
      if (!isUniqueViolation(error)) throw error;
    });
  return { ...charts, computedAt: now };
}

/** The six charts of the admin dashboard for these filters. They are aggregates over the programs'
 * whole history (a third of a second of database work at program scale), identical for every admin
 * in one time zone: so one computation is stored in PostgreSQL (DashboardSnapshot) and shown for
 * SNAPSHOT_SECONDS by every server process and instance (the page says when it was computed and
 * offers a fresh one); admins of one process asking at the same time share one computation. Nothing
 * personal is in it; the caller's role is checked before anything is read. */
export async function getDashboardSnapshot(
  viewer: Viewer,
  filters: DashboardFilters,
  opts: { now?: Date; fresh?: boolean } = {},
): Promise<DashboardSnapshot> {
  assertRole(viewer, 'ADMIN');
  const now = opts.now ?? new Date();
  const key = JSON.stringify([viewer.timeZone, filters.cycleId, filters.from, filters.to]);
  const under = computing.get(key);
  if (under && !opts.fresh) return under;
  if (!opts.fresh) {
    const stored = await prisma.dashboardSnapshot.findUnique({ where: { key }, select: { computedAt: true, charts: true } });
    const age = stored ? now.getTime() - stored.computedAt.getTime() : Infinity;
    if (stored && age >= 0 && age < SNAPSHOT_SECONDS * 1000)
      return { ...(stored.charts as DashboardCharts), computedAt: stored.computedAt };
    const started = computing.get(key);
    if (started) return started;
  }
  const value = computeAndShare(viewer, filters, key, now);
  computing.set(key, value);
  try {
    return await value;
  } finally {
    if (computing.get(key) === value) computing.delete(key);
  }
}
