import 'server-only';
// Reads of agreements: every version per agreement for admins, with who accepted it and when; and the
// versions a signed-in person must accept again (lib/agreements/pending.ts).
import { assertRole } from '@/lib/auth/policy';
import { dateKey, todayIn } from '@/lib/dates';
import { prisma } from '@/lib/db';
import { readProgramTimeZone } from '@/lib/program-settings';
import type { Viewer } from '@/lib/auth/viewer';
import { pendingAgreements } from './pending';

async function programToday(now: Date) {
  return todayIn(await readProgramTimeZone(), now);
}

/** Every version of every agreement, newest first, with its acceptance count and whether it is in force. */
export async function listAgreementVersions(viewer: Viewer, now: Date = new Date()) {
  assertRole(viewer, 'ADMIN');
  const today = await programToday(now);
  const rows = await prisma.agreement.findMany({
    orderBy: [{ kind: 'asc' }, { effectiveFrom: 'desc' }, { createdAt: 'desc' }],
    select: { id: true, kind: true, version: true, title: true, effectiveFrom: true, _count: { select: { acceptances: true } } },
  });
  const current = new Map<string, string>();
  for (const r of rows) if (dateKey(r.effectiveFrom) <= today && !current.has(r.kind)) current.set(r.kind, r.id);
  return rows.map((r) => ({
    ...r,
    state:
      current.get(r.kind) === r.id
        ? ('IN_FORCE' as const)
        : dateKey(r.effectiveFrom) > today
          ? ('SCHEDULED' as const)
          : ('SUPERSEDED' as const),
  }));
}

const PAGE = 100;

/** One version with its text, and who accepted it and when (a page of 100, newest first). */
export async function getAgreementVersion(viewer: Viewer, id: string, page = 1, now: Date = new Date()) {
  assertRole(viewer, 'ADMIN');
  const a = await prisma.agreement.findUnique({
    where: { id },
    select: {
      id: true,
      kind: true,
      version: true,
      title: true,
      body: true,
      effectiveFrom: true,
      revision: true,
      _count: { select: { acceptances: true } },
    },
  });
  if (!a) return null;
  const acceptances = await prisma.agreementAcceptance.findMany({
    where: { agreementId: id },
    orderBy: [{ acceptedAt: 'desc' }, { id: 'desc' }],
    skip: (page - 1) * PAGE,
    take: PAGE,
    select: { id: true, acceptedAt: true, user: { select: { id: true, name: true, email: true } } },
  });
  const today = await programToday(now);
  return {
    agreement: a,
    acceptances,
    total: a._count.acceptances,
    page,
    pageSize: PAGE,
    isEditable: dateKey(a.effectiveFrom) > today && a._count.acceptances === 0,
  };
}

/** The agreements the viewer must accept again (their own only). */
export function listMyPendingAgreements(viewer: Viewer, now: Date = new Date()) {
  return pendingAgreements(prisma, viewer.id, now);
}
