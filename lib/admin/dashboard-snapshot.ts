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

/** How long one computation of the charts is shown before a request computes them again. */
export const SNAPSHOT_SECONDS = 90;

/** How many filter combinations one process keeps in memory (the oldest goes first). */
export const KEPT_SNAPSHOTS = 64;

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

const keyOf = (viewer: Viewer, filters: DashboardFilters) => JSON.stringify([viewer.timeZone, filters.cycleId, filters.from, filters.to]);

const isFresh = (computedAt: Date, now: Date) => {
  const age = now.getTime() - computedAt.getTime();
  return age >= 0 && age < SNAPSHOT_SECONDS * 1000;
};

/** Computations under way in this process, so admins asking together share one (removed when done). */
const computing = new Map<string, Promise<DashboardSnapshot>>();
/** This process's last computation of each key, for the requests that find no fresh stored snapshot. */
const kept = new Map<string, DashboardSnapshot>();

function keep(key: string, snapshot: DashboardSnapshot) {
  kept.delete(key);
  kept.set(key, snapshot);
  while (kept.size > KEPT_SNAPSHOTS) kept.delete(kept.keys().next().value as string);
}

/** The charts computed now, normalised as the stored JSON is (so a kept and a stored snapshot look alike),
 * and kept in this process's memory. */
async function computeAndKeep(viewer: Viewer, filters: DashboardFilters, key: string, now: Date): Promise<DashboardSnapshot> {
  const charts = JSON.parse(JSON.stringify(await computeCharts(viewer, filters, now))) as DashboardCharts;
  const snapshot = { ...charts, computedAt: now };
  keep(key, snapshot);
  return snapshot;
}

/** The charts computed once for everyone asking at this moment in this process, kept in its memory. */
async function computeOnce(viewer: Viewer, filters: DashboardFilters, key: string, now: Date): Promise<DashboardSnapshot> {
  const under = computing.get(key);
  if (under) return under;
  const value = computeAndKeep(viewer, filters, key, now);
  computing.set(key, value);
  try {
    return await value;
  } finally {
    if (computing.get(key) === value) computing.delete(key);
  }
}

/** The six charts of the admin dashboard for these filters. They are aggregates over the programs'
 * whole history (a third of a second of database work at program scale), identical for every admin
 * in one time zone. Reading them never writes: the snapshot stored in PostgreSQL (DashboardSnapshot,
 * written by the background job for the default filters and by an admin's "Compute them again now")
 * is shown by every process and instance while it is younger than SNAPSHOT_SECONDS; without one, the
 * process computes the charts (admins asking together share one computation) and keeps them in its
 * memory for as long. Nothing personal is in it; the caller's role is checked before anything is read. */
export async function getDashboardSnapshot(
  viewer: Viewer,
  filters: DashboardFilters,
  opts: { now?: Date } = {},
): Promise<DashboardSnapshot> {
  assertRole(viewer, 'ADMIN');
  const now = opts.now ?? new Date();
  const key = keyOf(viewer, filters);
  const stored = await prisma.dashboardSnapshot.findUnique({ where: { key }, select: { computedAt: true, charts: true } });
  const mine = kept.get(key);
  // The newest fresh one wins: a stored snapshot newer than this process's is someone's fresh computation.
  if (stored && isFresh(stored.computedAt, now) && !(mine && mine.computedAt > stored.computedAt))
    return { ...(stored.charts as DashboardCharts), computedAt: stored.computedAt };
  if (mine && isFresh(mine.computedAt, now)) return mine;
  return computeOnce(viewer, filters, key, now);
}

/** Computes the charts now and stores them for every process and instance (an admin's "Compute them
 * again now", a POST; and the background job for each admin time zone's default filters). Rows older
 * than a day (filters nobody asked again) are deleted. */
export async function refreshDashboardSnapshot(
  viewer: Viewer,
  filters: DashboardFilters,
  opts: { now?: Date } = {},
): Promise<DashboardSnapshot> {
  assertRole(viewer, 'ADMIN');
  const now = opts.now ?? new Date();
  const key = keyOf(viewer, filters);
  const snapshot = await computeAndKeep(viewer, filters, key, now);
  const { computedAt, ...charts } = snapshot;
  // Two processes storing the first snapshot of a key at once: the second's insert loses, harmlessly.
  await prisma
    .$transaction([
      prisma.dashboardSnapshot.upsert({
        where: { key },
        create: { key, computedAt, charts: charts as Prisma.InputJsonValue },
        update: { computedAt, charts: charts as Prisma.InputJsonValue },
      }),
      prisma.dashboardSnapshot.deleteMany({ where: { computedAt: { lt: new Date(now.getTime() - 86_400_000) } } }),
    ])
    .catch((error: unknown) => {
      if (!isUniqueViolation(error)) throw error;
    });
  return snapshot;
}
