import 'server-only';
import { prisma } from '@/lib/db';
import type { NominationStatus } from '@/lib/generated/prisma/enums';
import type { Viewer } from '@/lib/auth/viewer';
import { isOpenNomination } from './lifecycle';
import { checkEndorsementBy } from './endorse-offer';
import { nominationViewerRole, type NominationViewerRole } from './rules';

/** Nominations addressed to the viewer: linked to their account, or sent to their address and not yet linked to anyone. */
const receivedBy = (viewer: Viewer) => ({ OR: [{ nomineeId: viewer.id }, { nomineeId: null, nomineeEmail: viewer.email }] });

/** Nominations the viewer received, newest first (the dashboard's MVP card). */
export async function listNominationsReceived(viewer: Viewer) {
  return prisma.nomination.findMany({
    where: receivedBy(viewer),
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

const historySelect = {
  id: true,
  nomineeName: true,
  status: true,
  createdAt: true,
  category: { select: { name: true } },
  focusArea: { select: { name: true } },
  events: { orderBy: { at: 'asc' }, select: { id: true, status: true, note: true, at: true } },
} as const;

/** "My nominations": those the viewer made, endorsed and received, each with its history. */
export async function listMyNominations(viewer: Viewer) {
  const [made, endorsed, received] = await Promise.all([
    prisma.nomination.findMany({ where: { nominatorId: viewer.id }, orderBy: { createdAt: 'desc' }, take: 100, select: historySelect }),
    prisma.nomination.findMany({
      where: { endorsements: { some: { endorserId: viewer.id } } },
      orderBy: { createdAt: 'desc' },
      take: 100,
      select: historySelect,
    }),
    prisma.nomination.findMany({
      where: receivedBy(viewer),
      orderBy: { createdAt: 'desc' },
      take: 20,
      select: { ...historySelect, nominator: { select: { name: true } } },
    }),
  ]);
  return { made, endorsed, received };
}

/** Active award categories with their active focus areas, for the nomination and evidence forms. */
export async function listCategoryOptions() {
  return prisma.awardCategory.findMany({
    where: { isActive: true },
    orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
    select: {
      id: true,
      name: true,
      focusAreas: { where: { isActive: true }, orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }], select: { id: true, name: true } },
    },
  });
}
export type CategoryOption = Awaited<ReturnType<typeof listCategoryOptions>>[number];

/** The categories taking nominations at `now` (in an open cycle, within its dates), for the nomination form. */
export async function listNominationCategoryOptions(now: Date = new Date()) {
  return prisma.awardCategory.findMany({
    where: {
      isActive: true,
      cycles: { some: { cycle: { status: 'OPEN', nominationsOpenAt: { lte: now }, nominationsCloseAt: { gte: now } } } },
    },
    orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
    select: {
      id: true,
      name: true,
      focusAreas: { where: { isActive: true }, orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }], select: { id: true, name: true } },
    },
  });
}

export type NominationDetail = {
  id: string;
  role: NominationViewerRole;
  status: NominationStatus;
  nomineeName: string;
  nomineeEmail: string;
  nominatorName: string;
  categoryId: string;
  focusAreaId: string | null;
  categoryName: string;
  focusAreaName: string | null;
  statement: string;
  relationship: string;
  createdAt: Date;
  inviteExpiresAt: Date;
  submissionDeadline: Date;
  endorsements: { endorserName: string; statement: string; createdAt: Date }[];
  events: { id: string; status: NominationStatus; note: string | null; at: Date }[];
  submission: {
    id: string;
    status: string;
    submittedAt: Date;
    windowStart: Date;
    windowEnd: Date;
    items: {
      id: string;
      type: string;
      role: string;
      title: string;
      description: string;
      startDate: Date;
      endDate: Date | null;
      url: string | null;
      technologyArea: string | null;
      isHighImpact: boolean;
      isPaid: boolean;
      metrics: unknown;
    }[];
  } | null;
};

/** What the nomination page reads of a nomination. */
const nominationDetailSelect = {
  id: true,
  status: true,
  nominatorId: true,
  nomineeId: true,
  nomineeName: true,
  nomineeEmail: true,
  statement: true,
  relationship: true,
  createdAt: true,
  inviteExpiresAt: true,
  nominator: { select: { name: true, email: true } },
  categoryId: true,
  focusAreaId: true,
  category: { select: { name: true } },
  focusArea: { select: { name: true } },
  cycle: { select: { submissionDeadline: true } },
  endorsements: {
    orderBy: { createdAt: 'asc' },
    select: { endorserId: true, statement: true, createdAt: true, endorser: { select: { name: true, email: true } } },
  },
  events: { orderBy: { at: 'asc' }, select: { id: true, status: true, note: true, at: true } },
} as const;

/** The frozen submission of a nomination, as its nominee and admins see it. */
async function loadFrozenSubmission(nominationId: string): Promise<NominationDetail['submission']> {
  return prisma.submission.findUnique({
    where: { nominationId },
    select: {
      id: true,
      status: true,
      submittedAt: true,
      windowStart: true,
      windowEnd: true,
      items: {
        orderBy: { position: 'asc' },
        select: {
          id: true,
          type: true,
          role: true,
          title: true,
          description: true,
          startDate: true,
          endDate: true,
          url: true,
          technologyArea: true,
          isHighImpact: true,
          isPaid: true,
          metrics: true,
        },
      },
    },
  });
}

/** One nomination as the viewer may see it, or null when they may not see it at all (only its
 * nominee, its nominator and endorsers, and admins may). The frozen submission is shown to the
 * nominee and admins, never to nominators. */
export async function getNominationForViewer(viewer: Viewer, nominationId: string): Promise<NominationDetail | null> {
  const n = await prisma.nomination.findUnique({ where: { id: nominationId }, select: nominationDetailSelect });
  if (!n) return null;
  const role = nominationViewerRole(viewer, { ...n, endorserIds: n.endorsements.map((e) => e.endorserId) });
  if (!role) return null;
  const showSubmission = role === 'nominee' || role === 'admin';
  const submission = showSubmission ? await loadFrozenSubmission(n.id) : null;
  return {
    id: n.id,
    role,
    status: n.status,
    nomineeName: n.nomineeName,
    nomineeEmail: n.nomineeEmail,
    nominatorName: n.nominator.name ?? n.nominator.email,
    categoryId: n.categoryId,
    categoryName: n.category.name,
    focusAreaId: n.focusAreaId,
    focusAreaName: n.focusArea?.name ?? null,
    statement: n.statement,
    relationship: n.relationship,
    createdAt: n.createdAt,
    inviteExpiresAt: n.inviteExpiresAt,
    submissionDeadline: n.cycle.submissionDeadline,
    endorsements: n.endorsements.map((e) => ({
      endorserName: e.endorser.name ?? e.endorser.email,
      statement: e.statement,
      createdAt: e.createdAt,
    })),
    events: n.events,
    submission,
  };
}

/** Who is who on a nomination: what nominationViewerRole and the rules read. */
const partiesSelect = { id: true, status: true, nominatorId: true, nomineeId: true, nomineeName: true, nomineeEmail: true } as const;

export type EndorsementOffer =
  | { kind: 'own' }
  | { kind: 'refused'; message: string }
  | { kind: 'offer'; nominationId: string; nomineeName: string; categoryName: string; focusAreaName: string | null };

/** What the endorsement page (/nominations/<id>/endorse, linked from the email a nominator gets when
 * the person they named already has an open nomination) shows this viewer: the offer to anyone who
 * may nominate and endorse it; 'own' to its nominator and endorsers; null (a 404) to everyone else,
 * so the page says nothing about a nomination to whoever may not endorse it. */
export async function getEndorsementOffer(viewer: Viewer, nominationId: string): Promise<EndorsementOffer | null> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(nominationId)) return null;
  const n = await prisma.nomination.findUnique({
    where: { id: nominationId },
    select: {
      ...partiesSelect,
      category: { select: { name: true } },
      focusArea: { select: { name: true } },
      endorsements: { select: { endorserId: true } },
    },
  });
  if (!n) return null;
  const endorserIds = n.endorsements.map((e) => e.endorserId);
  const role = nominationViewerRole(viewer, { ...n, endorserIds });
  if (role === 'nominator' || role === 'endorser') return { kind: 'own' };
  if (!viewer.canNominate || role === 'nominee' || !isOpenNomination(n.status)) return null;
  const check = await checkEndorsementBy(prisma, viewer, { ...n, endorserIds });
  if (!check.ok) return { kind: 'refused', message: check.message };
  return {
    kind: 'offer',
    nominationId: n.id,
    nomineeName: n.nomineeName,
    categoryName: n.category.name,
    focusAreaName: n.focusArea?.name ?? null,
  };
}

/** The focus areas a category offers today (retired ones stay on past records only). */
export async function activeFocusAreasOf(categoryId: string): Promise<{ id: string; name: string }[]> {
  return prisma.focusArea.findMany({
    where: { categoryId, isActive: true },
    orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
    select: { id: true, name: true },
  });
}
