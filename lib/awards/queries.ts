import 'server-only';
import { dateKey } from '@/lib/dates';
import { prisma } from '@/lib/db';
import { evidenceWindow, submissionDateFor } from '@/lib/evidence/window';
import { currentMvpAgreements } from './agreements';
import { awardStatusOn, checkRenewal } from './lifecycle';
import { findRenewalCycle, submittableEvidence } from './renewal';
import { programToday } from '@/lib/program-settings';
import type { Viewer } from '@/lib/auth/viewer';

/** The viewer's awards as the dashboard shows them: status today, the renewal deadline and whether
 * they can renew now, or how their renewal stands. Only the viewer's own. */
export async function getAwardPanel(viewer: Viewer, now: Date = new Date()) {
  const [today, cycle, awards] = await Promise.all([
    programToday(prisma, now),
    findRenewalCycle(prisma, now),
    prisma.award.findMany({
      where: { userId: viewer.id, revokedAt: null },
      orderBy: { startsOn: 'desc' },
      take: 10,
      select: {
        id: true,
        startsOn: true,
        endsOn: true,
        acceptedAt: true,
        revokedAt: true,
        category: { select: { name: true } },
        renewal: { select: { status: true, deadline: true } },
        renewedBy: { select: { id: true } },
      },
    }),
  ]);
  return awards.map((a) => {
    const status = awardStatusOn(a, today);
    return {
      id: a.id,
      categoryName: a.category.name,
      startsOn: a.startsOn,
      endsOn: a.endsOn,
      acceptedAt: a.acceptedAt,
      status,
      renewal: a.renewal,
      renewalDeadline: cycle?.renewalDeadline ?? null,
      canRenew: status === 'ACTIVE' && !a.renewal && !a.renewedBy && Boolean(cycle),
    };
  });
}

/** An award with the agreements to accept, for its holder only (null for anyone else). */
export async function getAwardForAcceptance(viewer: Viewer, awardId: string, now: Date = new Date()) {
  const award = await prisma.award.findUnique({
    where: { id: awardId },
    select: {
      id: true,
      userId: true,
      startsOn: true,
      endsOn: true,
      acceptedAt: true,
      revokedAt: true,
      renewsId: true,
      category: { select: { name: true } },
      focusArea: { select: { name: true } },
    },
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
  const award = await prisma.award.findUnique({
    where: { id: awardId },
    select: {
      id: true,
      userId: true,
      startsOn: true,
      endsOn: true,
      acceptedAt: true,
      revokedAt: true,
      category: { select: { name: true } },
      renewal: { select: { status: true, deadline: true, submission: { select: { id: true, _count: { select: { items: true } } } } } },
    },
  });
  if (!award || award.userId !== viewer.id) return null;
  const [today, cycle] = await Promise.all([programToday(prisma, now), findRenewalCycle(prisma, now)]);
  const window = evidenceWindow(submissionDateFor(now, viewer.timeZone));
  const items = await submittableEvidence(prisma, viewer.id, window);
  const status = awardStatusOn(award, today);
  const check = checkRenewal({ isHolder: true, status, hasRenewal: Boolean(award.renewal), cycle, now, evidenceCount: items.length });
  return {
    award,
    status,
    cycle,
    window,
    check,
    items: items.map((i) => ({ id: i.id, title: i.title, type: i.type, startDate: dateKey(i.startDate), isHighImpact: i.isHighImpact })),
  };
}
