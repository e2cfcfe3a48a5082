import 'server-only';
import { dateKey, type DateKey } from '@/lib/dates';
import { prisma } from '@/lib/db';
import type { ContributionRole, ContributionType, ReachMetric, TargetAudience } from '@/lib/generated/prisma/enums';
import type { Viewer } from '@/lib/people/viewer';
import type { EvidenceItemInput } from './schema';
import { buildTimeline, type Timeline } from './timeline';
import { evidenceWindow, submissionDateFor, windowPosition, type EvidenceWindow, type WindowPosition } from './window';

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

const itemSelect = {
  id: true,
  type: true,
  role: true,
  title: true,
  description: true,
  startDate: true,
  endDate: true,
  url: true,
  audience: true,
  isPaid: true,
  isFullTimeJob: true,
  isHighImpact: true,
  privateNote: true,
  category: { select: { name: true } },
  focusArea: { select: { name: true } },
  metrics: { select: { metric: true, value: true } },
} as const;

/** The viewer's own contribution log, newest first, each item placed against the window. */
export async function listEvidenceItems(viewer: Viewer, window: EvidenceWindow): Promise<EvidenceItemView[]> {
  const rows = await prisma.evidenceItem.findMany({
    where: { ownerId: viewer.id },
    orderBy: [{ startDate: 'desc' }, { createdAt: 'desc' }],
    take: 2000,
    select: itemSelect,
  });
  return rows.map((r) => {
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
  });
}

/** The window a submission made now by the viewer would use (the 12 months ending today in their time zone). */
export function currentWindowFor(viewer: Viewer, now: Date = new Date()): EvidenceWindow {
  return evidenceWindow(submissionDateFor(now, viewer.timeZone));
}

export type EvidenceOverview = {
  window: EvidenceWindow;
  items: EvidenceItemView[];
  timeline: Timeline;
  /** Accepted nominations waiting for evidence: where the log can be submitted. */
  nominationsToSubmit: { id: string; categoryName: string; submissionDeadline: Date }[];
};

/** The evidence page: the viewer's log, the current 12-month window, the timeline and gaps. */
export async function getEvidenceOverview(viewer: Viewer, now: Date = new Date()): Promise<EvidenceOverview> {
  const window = currentWindowFor(viewer, now);
  const [items, nominations] = await Promise.all([
    listEvidenceItems(viewer, window),
    prisma.nomination.findMany({
      where: { nomineeId: viewer.id, status: 'ACCEPTED' },
      orderBy: { createdAt: 'desc' },
      select: { id: true, category: { select: { name: true } }, cycle: { select: { submissionDeadline: true } } },
    }),
  ]);
  return {
    window,
    items,
    timeline: buildTimeline(items, window),
    nominationsToSubmit: nominations.map((n) => ({
      id: n.id,
      categoryName: n.category.name,
      submissionDeadline: n.cycle.submissionDeadline,
    })),
  };
}

/** One of the viewer's own items as the edit form shows it, or null when it is not theirs (or gone). */
export async function getEvidenceItemForEdit(viewer: Viewer, id: string): Promise<(EvidenceItemInput & { id: string }) | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const r = await prisma.evidenceItem.findFirst({
    where: { id, ownerId: viewer.id },
    select: { ...itemSelect, categoryId: true, focusAreaId: true },
  });
  if (!r) return null;
  return {
    id: r.id,
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
