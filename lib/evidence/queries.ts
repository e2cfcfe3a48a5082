import 'server-only';
import { dateKey, type DateKey, dbDay } from '@/lib/dates';
import { prisma } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { ContributionRole, ContributionType, ReachMetric, TargetAudience } from '@/lib/generated/prisma/enums';
import type { ReachFigure } from './reach';
import { listEvidenceReach } from './reach-queries';
import type { EvidenceItemInput } from './schema';
import { timelineFromCounts, type DayCount, type Timeline } from './timeline';
import { countsAsReach, METRIC_LABELS } from './types';
import { evidenceWindow, submissionDateFor, windowPosition, type EvidenceWindow, type WindowPosition } from './window';
import type { Viewer } from '@/lib/auth/viewer';
import { snapshotSelect } from './snapshot';

export type EvidenceItemView = {
  id: string;
  type: ContributionType;
  role: ContributionRole;
  title: string;
  description: string;
  startDate: DateKey;
  endDate: DateKey | null;
  url: string | null;
  audience: TargetAudience;
  technologyArea: string | null;
  isPaid: boolean;
  isFullTimeJob: boolean;
  isHighImpact: boolean;
  privateNote: string | null;
  metrics: Partial<Record<ReachMetric, number>>;
  position: WindowPosition;
};

// The same fields the submission freezes: the log shows what a submission would take.
const itemSelect = snapshotSelect;

type ItemRow = Prisma.EvidenceItemGetPayload<{ select: typeof itemSelect }>;

function toView(r: ItemRow, window: EvidenceWindow): EvidenceItemView {
  const startDate = dateKey(r.startDate);
  const endDate = r.endDate ? dateKey(r.endDate) : null;
  return {
    id: r.id,
    type: r.type,
    role: r.role,
    title: r.title,
    description: r.description,
    startDate,
    endDate,
    url: r.url,
    audience: r.audience,
    technologyArea: r.category ? (r.focusArea ? `${r.category.name} > ${r.focusArea.name}` : r.category.name) : null,
    isPaid: r.isPaid,
    isFullTimeJob: r.isFullTimeJob,
    isHighImpact: r.isHighImpact,
    privateNote: r.privateNote,
    metrics: Object.fromEntries(r.metrics.map((m) => [m.metric, m.value])),
    position: windowPosition({ startDate, endDate }, window),
  };
}

/** The viewer's own contribution log (up to 2,000 items, for choosing what to submit), newest first, each item placed against the window. */
export async function listEvidenceItems(viewer: Viewer, window: EvidenceWindow): Promise<EvidenceItemView[]> {
  const rows = await prisma.evidenceItem.findMany({
    where: { ownerId: viewer.id },
    orderBy: [{ startDate: 'desc' }, { createdAt: 'desc' }, { id: 'desc' }],
    take: 2000,
    select: itemSelect,
  });
  return rows.map((r) => toView(r, window));
}

/** The window a submission made now by the viewer would use (the 12 months ending today in their time zone). */
export function currentWindowFor(viewer: Viewer, now: Date = new Date()): EvidenceWindow {
  return evidenceWindow(submissionDateFor(now, viewer.timeZone));
}

/** Items per page of each list on the evidence page. */
/** Items a page of the log (each list): about what a screen shows, so a page stays small. */
export const EVIDENCE_PAGE_SIZE = 15;

/** One page of a list of the viewer's items. */
export type EvidenceItemPage = { items: EvidenceItemView[]; page: number; pageCount: number; total: number; pageSize: number };

export type EvidenceOverview = {
  window: EvidenceWindow;
  /** All of the viewer's items, and how many of them are inside and outside the window. */
  counts: { total: number; inside: number; outside: number };
  /** A page of the items inside the window and, when asked for (they cannot be submitted, so the log
   * shows only their count until then), one of those outside it; newest first. */
  inside: EvidenceItemPage;
  outside: EvidenceItemPage | null;
  timeline: Timeline;
  /** The reach percentiles of the listed items inside the window, by item id (lib/evidence/reach.ts). */
  reach: Record<string, ReachFigure[]>;
  /** Accepted nominations waiting for evidence: where the log can be submitted. */
  nominationsToSubmit: { id: string; categoryName: string; submissionDeadline: Date }[];
};

const REACH_METRICS = (Object.keys(METRIC_LABELS) as ReachMetric[]).filter(countsAsReach);

/** Items inside the window, as windowPosition() decides: some day of the item lies in it. */
function insideWhere(window: EvidenceWindow): Prisma.EvidenceItemWhereInput {
  return {
    startDate: { lte: dbDay(window.end) },
    OR: [{ endDate: { gte: dbDay(window.start) } }, { endDate: null, startDate: { gte: dbDay(window.start) } }],
  };
}

/** The others: ended before the window, or start after it. Spelt out rather than NOT(inside), which
 * SQL's NULL logic would get wrong for items without an end date. */
function outsideWhere(window: EvidenceWindow): Prisma.EvidenceItemWhereInput {
  return {
    OR: [
      { startDate: { gt: dbDay(window.end) } },
      { endDate: { lt: dbDay(window.start) } },
      { endDate: null, startDate: { lt: dbDay(window.start) } },
    ],
  };
}

/** Counts per day of the window (the day each item counts on, as the timeline counts them: at most 366
 * rows), and how many items are outside it (`day` null), in one statement over the owner's items,
 * however many there are. */
async function countEvidenceByDay(viewer: Viewer, window: EvidenceWindow): Promise<{ days: DayCount[]; outside: number }> {
  const inside = Prisma.sql`(e."startDate" <= ${window.end}::date AND COALESCE(e."endDate", e."startDate") >= ${window.start}::date)`;
  const rows = await prisma.$queryRaw<{ day: string | null; contributions: number; reach: number }[]>`
    SELECT CASE WHEN i.inside THEN to_char(GREATEST(i."startDate", ${window.start}::date), 'YYYY-MM-DD') END AS day,
      count(*)::int AS contributions,
      COALESCE(sum(i.reach), 0)::float8 AS reach
    FROM (
      SELECT e."startDate", ${inside} AS inside,
        CASE WHEN ${inside} THEN (
          SELECT sum(m.value) FROM "EvidenceMetric" m
          WHERE m."evidenceItemId" = e.id AND m.metric::text IN (${Prisma.join(REACH_METRICS)})
        ) END AS reach
      FROM "EvidenceItem" e
      WHERE e."ownerId" = ${viewer.id}::uuid
    ) i
    GROUP BY 1`;
  return {
    days: rows.flatMap((r) => (r.day === null ? [] : [{ day: r.day, contributions: r.contributions, reach: Number(r.reach) }])),
    outside: rows.find((r) => r.day === null)?.contributions ?? 0,
  };
}

function pageOf(page: number, total: number): { page: number; pageCount: number } {
  const pageCount = Math.max(1, Math.ceil(total / EVIDENCE_PAGE_SIZE));
  return { page: Math.min(Math.max(1, Math.floor(page) || 1), pageCount), pageCount };
}

/** One page of the viewer's items inside (or outside) the window, newest first. */
async function listEvidencePage(
  viewer: Viewer,
  window: EvidenceWindow,
  where: Prisma.EvidenceItemWhereInput,
  requested: number,
  total: number,
): Promise<EvidenceItemPage> {
  const { page, pageCount } = pageOf(requested, total);
  const rows = await prisma.evidenceItem.findMany({
    where: { ownerId: viewer.id, ...where },
    orderBy: [{ startDate: 'desc' }, { createdAt: 'desc' }, { id: 'desc' }],
    skip: (page - 1) * EVIDENCE_PAGE_SIZE,
    take: EVIDENCE_PAGE_SIZE,
    select: itemSelect,
  });
  return { items: rows.map((r) => toView(r, window)), page, pageCount, total, pageSize: EVIDENCE_PAGE_SIZE };
}

/** The evidence page: the 12-month window, the timeline and gaps (counted by the database, not
 * from the items), and a page of the items inside the window and of those outside it. */
export async function getEvidenceOverview(
  viewer: Viewer,
  now: Date = new Date(),
  pages: { inside?: number; outside?: number } = {},
): Promise<EvidenceOverview> {
  const window = currentWindowFor(viewer, now);
  const [counted, nominations] = await Promise.all([
    countEvidenceByDay(viewer, window),
    prisma.nomination.findMany({
      where: { nomineeId: viewer.id, status: 'ACCEPTED' },
      orderBy: { createdAt: 'desc' },
      select: { id: true, category: { select: { name: true } }, cycle: { select: { submissionDeadline: true } } },
    }),
  ]);
  const timeline = timelineFromCounts(counted.days, window);
  const counts = { total: timeline.totalContributions + counted.outside, inside: timeline.totalContributions, outside: counted.outside };
  const [insidePage, outsidePage] = await Promise.all([
    listEvidencePage(viewer, window, insideWhere(window), pages.inside ?? 1, counts.inside),
    pages.outside ? listEvidencePage(viewer, window, outsideWhere(window), pages.outside, counts.outside) : null,
  ]);
  // Only items inside the window are ranked (among everyone's of the last 12 months). Always one
  // query, however many items the page lists.
  const reach = await listEvidenceReach(
    viewer,
    insidePage.items.map((i) => i.id),
  );
  return {
    window,
    counts,
    inside: insidePage,
    outside: outsidePage,
    timeline,
    reach,
    nominationsToSubmit: nominations.map((n) => ({
      id: n.id,
      categoryName: n.category.name,
      submissionDeadline: n.cycle.submissionDeadline,
    })),
  };
}

/** One of the viewer's own items as the edit form shows it, or null when it is not theirs (or gone). */
export async function getEvidenceItemForEdit(
  viewer: Viewer,
  id: string,
): Promise<(EvidenceItemInput & { id: string; version: number }) | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const r = await prisma.evidenceItem.findFirst({
    where: { id, ownerId: viewer.id },
    select: { ...itemSelect, categoryId: true, focusAreaId: true, version: true },
  });
  if (!r) return null;
  return {
    id: r.id,
    version: r.version,
    type: r.type,
    role: r.role,
    title: r.title,
    description: r.description,
    startDate: dateKey(r.startDate),
    endDate: r.endDate ? dateKey(r.endDate) : '',
    url: r.url ?? '',
    audience: r.audience,
    categoryId: r.categoryId ?? '',
    focusAreaId: r.focusAreaId ?? '',
    metrics: Object.fromEntries(r.metrics.map((m) => [m.metric, String(m.value)])),
    isPaid: r.isPaid,
    isFullTimeJob: r.isFullTimeJob,
    isHighImpact: r.isHighImpact,
    privateNote: r.privateNote ?? '',
  };
}
