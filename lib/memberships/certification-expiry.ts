import 'server-only';
// Certification expiry warnings: the member's dashboard, the admin's list of members at risk, and the
// hourly job that emails each member 90 and 30 days before their certification stops counting, when
// that is before their membership year ends (once each: dedupe keys in the outbox).
import { hasRole } from '@/lib/auth/policy';
import type { Viewer } from '@/lib/auth/viewer';
import { dateKey, daysBetween, dbDay, type DateKey } from '@/lib/dates';
import { prisma, type Tx } from '@/lib/db';
import { appUrl } from '@/lib/env';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { HeldCertification } from '@/lib/mct/requirements';
import { queueEmail } from '@/lib/notifications/outbox';
import {
  CERTIFICATION_WARNING_DAYS,
  certificationOutlook,
  type CertificationOutlook,
  type CertificationWarningOffset,
} from './certification-outlook';
import { reminderDue } from './lifecycle';
import { membershipToday } from './membership-state';

export type MemberAtRisk = {
  userId: string;
  name: string | null;
  email: string;
  termEndsOn: DateKey;
  outlook: Extract<CertificationOutlook, { atRisk: true }>;
};

const heldSelect = {
  id: true,
  credentialId: true,
  earnedOn: true,
  expiresOn: true,
  certification: { select: { code: true, name: true, level: true, isEligible: true, retiredOn: true } },
} as const;

type HeldRow = Prisma.CandidateCertificationGetPayload<{ select: typeof heldSelect }>;

function held(rows: HeldRow[]): HeldCertification[] {
  return rows.map((c) => ({
    id: c.id,
    code: c.certification.code,
    name: c.certification.name,
    level: c.certification.level,
    isEligible: c.certification.isEligible,
    retiredOn: c.certification.retiredOn ? dateKey(c.certification.retiredOn) : null,
    credentialId: c.credentialId,
    earnedOn: dateKey(c.earnedOn),
    expiresOn: c.expiresOn ? dateKey(c.expiresOn) : null,
  }));
}

/** Active members whose certifications stop counting before their current membership year ends. */
async function membersAtRisk(db: Tx, today: DateKey, userId?: string): Promise<MemberAtRisk[]> {
  const memberships = await db.mctMembership.findMany({
    where: {
      status: 'ACTIVE',
      ...(userId ? { userId } : {}),
      terms: { some: { startsOn: { lte: dbDay(today) }, endsOn: { gte: dbDay(today) } } },
    },
    orderBy: { userId: 'asc' },
    select: {
      terms: { where: { startsOn: { lte: dbDay(today) }, endsOn: { gte: dbDay(today) } }, take: 1, select: { endsOn: true } },
      user: { select: { id: true, name: true, email: true, certifications: { select: heldSelect } } },
    },
  });
  const out: MemberAtRisk[] = [];
  for (const m of memberships) {
    const termEndsOn = dateKey(m.terms[0]!.endsOn);
    const outlook = certificationOutlook(held(m.user.certifications), termEndsOn, today);
    if (outlook.atRisk) out.push({ userId: m.user.id, name: m.user.name, email: m.user.email, termEndsOn, outlook });
  }
  return out;
}

/** The viewer's own outlook, for their dashboard (active members only). */
export async function getMyCertificationOutlook(viewer: Viewer, now: Date = new Date()): Promise<MemberAtRisk | null> {
  if (viewer.mct.standing !== 'ACTIVE' && viewer.mct.standing !== 'IN_RENEWAL') return null;
  const today = await membershipToday(prisma, now);
  return (await membersAtRisk(prisma, today, viewer.id))[0] ?? null;
}

/** Every member at risk, soonest first. Admins only; null for anyone else. */
export async function listMembersAtRisk(viewer: Viewer, now: Date = new Date()): Promise<MemberAtRisk[] | null> {
  if (!hasRole(viewer, 'ADMIN')) return null;
  const today = await membershipToday(prisma, now);
  const rows = await membersAtRisk(prisma, today);
  return rows.sort((a, b) => (a.outlook.lastDay ?? '').localeCompare(b.outlook.lastDay ?? '') || a.email.localeCompare(b.email));
}

/** The dedupe key of a warning: per held certification, the day it stops counting (a renewed
 * certification with a new expiry is warned about again) and the offset. */
export const certificationWarningKey = (certificationId: string, lastDay: DateKey, offset: CertificationWarningOffset) =>
  `mct-certification-expiry:${certificationId}:${lastDay}:${offset}`;

/** Emails each member at risk the warning due today (90 or 30 days ahead), once. */
export async function sendCertificationExpiryWarnings(now: Date = new Date()): Promise<number> {
  const today = await membershipToday(prisma, now);
  let sent = 0;
  for (const m of await membersAtRisk(prisma, today)) {
    const { best, lastDay } = m.outlook;
    // Nothing counts any more: the membership page and the renewal say so; there is nothing to warn of.
    if (!best || !lastDay) continue;
    const prefix = `mct-certification-expiry:${best.id}:${lastDay}:`;
    const already = await prisma.notification.findMany({ where: { dedupeKey: { startsWith: prefix } }, select: { dedupeKey: true } });
    const alreadySent = already.map((n) => Number(n.dedupeKey!.slice(prefix.length)) as CertificationWarningOffset);
    const offset = reminderDue({ endsOn: lastDay, isRenewed: false }, today, alreadySent, CERTIFICATION_WARNING_DAYS);
    if (offset === null) continue;
    const id = await prisma.$transaction((tx) =>
      queueEmail(tx, {
        to: m.email,
        userId: m.userId,
        template: 'mct.certification-expiring',
        data: {
          name: m.name,
          code: best.code,
          certificationName: best.name,
          lastDay,
          daysLeft: daysBetween(today, lastDay),
          termEndsOn: m.termEndsOn,
          url: appUrl('/mct/certifications'),
        },
        // A deadline: sent on time, never held for a digest.
        urgency: 'IMMEDIATE',
        dedupeKey: certificationWarningKey(best.id, lastDay, offset),
      }),
    );
    if (id) sent++;
  }
  return sent;
}
