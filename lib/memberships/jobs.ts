import 'server-only';
// The memberships' scheduled jobs: the nightly lapse of ended years and the renewal reminders.
import { recordAudit, SYSTEM_ACTOR } from '@/lib/audit/record';
import { prisma } from '@/lib/db';
import { addDays, dateKey, daysBetween, dbDay } from '@/lib/dates';
import { appUrl } from '@/lib/env';
import { queueEmail } from '@/lib/notifications/outbox';
import {
  assertMembershipTransition,
  canTransitionLounge,
  canTransitionMctRenewal,
  reminderDue,
  RENEWAL_REMINDER_DAYS,
  type ReminderOffset,
} from './lifecycle';
import { MEMBERSHIP_PATH, membershipToday } from './membership-state';

// ───────────────────────────── Scheduled jobs ─────────────────────────────

/** The nightly lapse: active memberships whose last year ended before today (program time zone)
 * become lapsed the day after it ended, and lose lounge access. Idempotent: a second run, or a
 * second worker, finds nothing left to do. */
export async function lapseEndedMemberships(now: Date = new Date()): Promise<number> {
  const today = await membershipToday(prisma, now);
  const candidates = await prisma.mctMembership.findMany({
    where: { status: 'ACTIVE', terms: { none: { endsOn: { gte: dbDay(today) } } } },
    select: { id: true },
  });
  let lapsed = 0;
  for (const { id } of candidates) {
    lapsed += await prisma.$transaction(async (tx) => {
      const m = await tx.mctMembership.findUnique({
        where: { id },
        select: {
          id: true,
          status: true,
          version: true,
          terms: { orderBy: { endsOn: 'desc' }, take: 1, select: { endsOn: true } },
          user: { select: { id: true, email: true, name: true } },
        },
      });
      const endedOn = m?.terms[0] ? dateKey(m.terms[0].endsOn) : null;
      if (!m || m.status !== 'ACTIVE' || !endedOn || endedOn >= today) return 0;
      const lapsedOn = addDays(endedOn, 1);
      assertMembershipTransition(m.status, 'LAPSED');
      const { count } = await tx.mctMembership.updateMany({
        where: { id: m.id, status: 'ACTIVE', version: m.version },
        data: { status: 'LAPSED', lapsedOn: dbDay(lapsedOn), version: { increment: 1 } },
      });
      if (count !== 1) return 0;
      // A renewal left unanswered (asked for more, or rejected) ends with the year.
      const unanswered = (['MORE_INFO_REQUESTED', 'REJECTED'] as const).filter((from) => canTransitionMctRenewal(from, 'EXPIRED'));
      const expired = await tx.mctRenewal.updateMany({
        where: { term: { membershipId: m.id }, status: { in: [...unanswered] } },
        data: { status: 'EXPIRED', version: { increment: 1 } },
      });
      await recordAudit(tx, {
        actor: SYSTEM_ACTOR,
        action: 'mct_membership.lapsed',
        entityType: 'MctMembership',
        entityId: m.id,
        before: { status: 'ACTIVE' },
        after: { status: 'LAPSED', lapsedOn, renewalsExpired: expired.count },
      });
      const lounge = await tx.loungeAccess.findUnique({ where: { userId: m.user.id }, select: { id: true, status: true } });
      if (lounge && canTransitionLounge(lounge.status, 'REVOKED')) {
        await tx.loungeAccess.update({
          where: { id: lounge.id },
          data: { status: 'REVOKED', revokedAt: now, revokedReason: 'Membership lapsed' },
        });
        await recordAudit(tx, {
          actor: SYSTEM_ACTOR,
          action: 'lounge_access.revoked',
          entityType: 'LoungeAccess',
          entityId: lounge.id,
          before: { status: lounge.status },
          after: { status: 'REVOKED', reason: 'Membership lapsed' },
        });
      }
      await queueEmail(tx, {
        to: m.user.email,
        userId: m.user.id,
        template: 'mct.membership-lapsed',
        data: { name: m.user.name, endedOn, url: appUrl('/mct') },
        urgency: 'DIGESTIBLE',
        dedupeKey: `mct-membership-lapsed:${m.id}:${lapsedOn}`,
      });
      return 1;
    });
  }
  return lapsed;
}

/** The dedupe key of a renewal reminder: one email per term and offset, ever. */
export const reminderKey = (termId: string, offset: ReminderOffset) => `mct-renewal-reminder:${termId}:${offset}`;

/** Sends the renewal reminder due today to each active member, once: the offsets already sent are
 * read from the outbox, and the dedupe key stops a concurrent run or a second worker. */
export async function sendRenewalReminders(now: Date = new Date()): Promise<number> {
  const today = await membershipToday(prisma, now);
  const windowEnd = addDays(today, Math.max(...RENEWAL_REMINDER_DAYS));
  const terms = await prisma.mctMembershipTerm.findMany({
    where: { endsOn: { gte: dbDay(today), lte: dbDay(windowEnd) }, membership: { status: 'ACTIVE' } },
    select: {
      id: true,
      endsOn: true,
      renewalOf: { select: { status: true } },
      membership: { select: { id: true, terms: { select: { endsOn: true } }, user: { select: { id: true, email: true, name: true } } } },
    },
  });
  let sent = 0;
  for (const term of terms) {
    const endsOn = dateKey(term.endsOn);
    // Renewed (approved, or a later year exists), or submitted and waiting for the program team: a
    // reminder to renew would only confuse. Asked for more, the reminders resume.
    const isRenewed =
      term.renewalOf?.status === 'APPROVED' ||
      term.renewalOf?.status === 'SUBMITTED' ||
      term.membership.terms.some((t) => dateKey(t.endsOn) > endsOn);
    const prefix = `mct-renewal-reminder:${term.id}:`;
    const already = await prisma.notification.findMany({ where: { dedupeKey: { startsWith: prefix } }, select: { dedupeKey: true } });
    const alreadySent = already.map((n) => Number(n.dedupeKey!.slice(prefix.length)) as ReminderOffset);
    const offset = reminderDue({ endsOn, isRenewed }, today, alreadySent);
    if (offset === null) continue;
    const user = term.membership.user;
    const id = await prisma.$transaction((tx) =>
      queueEmail(tx, {
        to: user.email,
        userId: user.id,
        template: 'mct.renewal-reminder',
        data: { name: user.name, endsOn, daysLeft: daysBetween(today, endsOn), url: appUrl(MEMBERSHIP_PATH) },
        // A deadline: sent on time, never held for a digest.
        urgency: 'IMMEDIATE',
        dedupeKey: reminderKey(term.id, offset),
      }),
    );
    if (id) sent++;
  }
  return sent;
}
