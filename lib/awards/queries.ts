import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { dateKey } from '@/lib/dates';
import { prisma } from '@/lib/db';
import type { Viewer } from '@/lib/auth/viewer';
import { programToday } from '@/lib/program-settings';
import { currentMvpAgreements } from './agreements';
import { awardStatusOn } from './lifecycle';
import { findRenewalCycle, loadRenewalState } from './renewal';

/** What the dashboard's award panel reads of each award. */
const awardPanelSelect = {
  id: true,
  categoryId: true,
  startsOn: true,
  endsOn: true,
  acceptedAt: true,
  revokedAt: true,
  category: { select: { name: true } },
  renewal: { select: { status: true, deadline: true } },
  renewedBy: { select: { id: true } },
} satisfies Prisma.AwardSelect;

/** The viewer's awards as the dashboard shows them: status today, the renewal window of the cycle
 * each renews in and whether they can renew now, or how their renewal stands. Only the viewer's own. */
export async function getAwardPanel(viewer: Viewer, now: Date = new Date()) {
  const [today, awards] = await Promise.all([
    programToday(prisma, now),
    prisma.award.findMany({
      where: { userId: viewer.id, revokedAt: null },
      orderBy: { startsOn: 'desc' },
      take: 10,
      select: awardPanelSelect,
    }),
  ]);
  const panel = [];
  for (const a of awards) {
    const status = awardStatusOn(a, today);
    const renewable = !a.renewedBy && (status === 'ACTIVE' || a.renewal?.status === 'OPEN');
    const cycle = renewable && (!a.renewal || a.renewal.status === 'OPEN') ? await findRenewalCycle(prisma, a, now) : null;
    const isOpen = Boolean(cycle && cycle.renewalOpensAt <= now);
    panel.push({
      id: a.id,
      categoryName: a.category.name,
      startsOn: a.startsOn,
      endsOn: a.endsOn,
      acceptedAt: a.acceptedAt,
      status,
      renewal: a.renewal,
      renewalOpensAt: cycle?.renewalOpensAt ?? null,
      renewalDeadline: a.renewal?.deadline ?? cycle?.renewalDeadline ?? null,
      canRenew: isOpen && (!a.renewal || a.renewal.status === 'OPEN'),
    });
  }
  return panel;
}

/** What the acceptance page reads of an award. */
const awardForAcceptanceSelect = {
  id: true,
  userId: true,
  startsOn: true,
  endsOn: true,
  acceptedAt: true,
  revokedAt: true,
  renewsId: true,
  category: { select: { name: true } },
  focusArea: { select: { name: true } },
} satisfies Prisma.AwardSelect;

/** An award with the agreements to accept, for its holder only (null for anyone else). */
export async function getAwardForAcceptance(viewer: Viewer, awardId: string, now: Date = new Date()) {
  const award = await prisma.award.findUnique({
    where: { id: awardId },
    select: awardForAcceptanceSelect,
  });
  if (!award || award.userId !== viewer.id) return null;
  const today = await programToday(prisma, now);
  const agreements = await currentMvpAgreements(prisma, today);
  const accepted = await prisma.agreementAcceptance.findMany({
    where: { userId: viewer.id, agreement: { kind: { in: ['MVP_CODE_OF_CONDUCT', 'MVP_NDA'] } } },
    orderBy: { acceptedAt: 'desc' },
    select: { acceptedAt: true, awardId: true, agreement: { select: { kind: true, version: true, title: true } } },
  });
  return { award, status: awardStatusOn(award, today), agreements, accepted };
}

/** What renewing an award would submit, and whether it can be renewed now (the holder only). */
export async function getRenewalPreview(viewer: Viewer, awardId: string, now: Date = new Date()) {
  const state = await loadRenewalState(prisma, viewer, awardId, now);
  if (!state) return null;
  const award = await prisma.award.findUniqueOrThrow({
    where: { id: awardId },
    select: {
      id: true,
      endsOn: true,
      category: { select: { name: true } },
      renewal: { select: { status: true, deadline: true, submission: { select: { id: true, _count: { select: { items: true } } } } } },
    },
  });
  return {
    award,
    status: state.status,
    cycle: state.cycle,
    window: state.window,
    check: state.check,
    items: state.items.map((i) => ({
      id: i.id,
      title: i.title,
      type: i.type,
      startDate: dateKey(i.startDate),
      isHighImpact: i.isHighImpact,
    })),
  };
}
