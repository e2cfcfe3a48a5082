import 'server-only';
// The MVP renewal window, run by the worker (hourly, and at once when a cycle opens or closes): when
// a cycle's window opens, every MVP whose award year ends in it gets an open renewal and an email;
// reminders go out 14, 7 and 1 days before the deadline (deadlines: sent on time, never held for a
// digest); a renewal never submitted by its deadline, or whose cycle closed, expires.
import { recordAudit, SYSTEM_ACTOR } from '@/lib/audit/record';
import { RENEWING_STATUSES } from '@/lib/cycles/lifecycle';
import { addDays, addYears, dateKey, todayIn } from '@/lib/dates';
import { prisma, type Tx } from '@/lib/db';
import { env } from '@/lib/env';
import { formatInstant } from '@/lib/format';
import { reminderDue } from '@/lib/memberships/lifecycle';
import { queueEmail } from '@/lib/notifications/outbox';
import { assertRenewalTransition } from './lifecycle';

/** Reminders before an MVP renewal deadline, in days. */
export const MVP_RENEWAL_REMINDER_DAYS = [14, 7, 1] as const;

const day = (key: string) => new Date(`${key}T00:00:00Z`);
const renewUrl = (awardId: string) => `${env().APP_URL}/awards/${awardId}/renew`;

async function programZone(db: Tx): Promise<string> {
  return (await db.programSettings.findUnique({ where: { id: 1 }, select: { timeZone: true } }))?.timeZone ?? 'UTC';
}

/** Opens the renewals of the awards ending in the cycles whose window is open (of one cycle when given). */
export async function openRenewals(now: Date = new Date(), cycleId?: string): Promise<number> {
  const cycles = await prisma.awardCycle.findMany({
    where: { id: cycleId, status: { in: [...RENEWING_STATUSES] }, renewalOpensAt: { lte: now }, renewalDeadline: { gte: now } },
    select: { id: true, name: true, awardStartsOn: true, renewalDeadline: true, categories: { select: { categoryId: true } } },
  });
  let opened = 0;
  for (const c of cycles) {
    // Awards whose renewed year would start within this cycle's award year (lib/awards/lifecycle.ts renewsIn).
    const startsOn = dateKey(c.awardStartsOn);
    const awards = await prisma.award.findMany({
      where: {
        categoryId: { in: c.categories.map((x) => x.categoryId) },
        acceptedAt: { not: null },
        revokedAt: null,
        renewal: null,
        renewedBy: null,
        endsOn: { gte: day(addDays(startsOn, -1)), lt: day(addDays(addYears(startsOn, 1), -1)) },
      },
      select: {
        id: true,
        userId: true,
        categoryId: true,
        category: { select: { name: true } },
        user: { select: { email: true, name: true, timeZone: true, anonymizedAt: true } },
      },
    });
    for (const a of awards) {
      opened += await prisma.$transaction(async (tx) => {
        const created = await tx.mvpRenewal.createMany({
          data: [{ awardId: a.id, userId: a.userId, cycleId: c.id, categoryId: a.categoryId, status: 'OPEN', deadline: c.renewalDeadline }],
          skipDuplicates: true,
        });
        if (created.count === 0) return 0;
        const row = await tx.mvpRenewal.findUniqueOrThrow({ where: { awardId: a.id }, select: { id: true } });
        await recordAudit(tx, {
          actor: SYSTEM_ACTOR,
          action: 'renewal.opened',
          entityType: 'MvpRenewal',
          entityId: row.id,
          after: { status: 'OPEN', awardId: a.id, cycleId: c.id },
        });
        if (!a.user.anonymizedAt) {
          await queueEmail(tx, {
            to: a.user.email,
            userId: a.userId,
            template: 'mvp.renewal-open',
            data: {
              name: a.user.name,
              categoryName: a.category.name,
              deadline: formatInstant(c.renewalDeadline, a.user.timeZone),
              deadlineAt: c.renewalDeadline.toISOString(),
              timeZone: a.user.timeZone,
              url: renewUrl(a.id),
            },
            urgency: 'IMMEDIATE',
            dedupeKey: `mvp-renewal-open:${row.id}`,
          });
        }
        return 1;
      });
    }
  }
  return opened;
}

/** Sends each open renewal the reminder due today (program time zone), once. */
export async function remindRenewals(now: Date = new Date()): Promise<number> {
  const zone = await programZone(prisma);
  const today = todayIn(zone, now);
  const open = await prisma.mvpRenewal.findMany({
    where: { status: 'OPEN', deadline: { gte: now }, cycle: { status: { in: [...RENEWING_STATUSES] } } },
    select: {
      id: true,
      awardId: true,
      deadline: true,
      category: { select: { name: true } },
      user: { select: { id: true, email: true, name: true, timeZone: true, anonymizedAt: true } },
    },
  });
  let sent = 0;
  for (const r of open) {
    if (r.user.anonymizedAt) continue;
    const prefix = `mvp-renewal-reminder:${r.id}:`;
    const already = await prisma.notification.findMany({ where: { dedupeKey: { startsWith: prefix } }, select: { dedupeKey: true } });
    const endsOn = todayIn(zone, r.deadline);
    const offset = reminderDue<number>(
      { endsOn, isRenewed: false },
      today,
      already.map((n) => Number(n.dedupeKey!.slice(prefix.length))),
      MVP_RENEWAL_REMINDER_DAYS,
    );
    if (offset === null) continue;
    const daysLeft = Math.max(1, Math.ceil((r.deadline.getTime() - now.getTime()) / 86_400_000));
    const id = await prisma.$transaction((tx) =>
      queueEmail(tx, {
        to: r.user.email,
        userId: r.user.id,
        template: 'mvp.renewal-reminder',
        data: {
          name: r.user.name,
          categoryName: r.category.name,
          deadline: formatInstant(r.deadline, r.user.timeZone),
          deadlineAt: r.deadline.toISOString(),
          timeZone: r.user.timeZone,
          daysLeft,
          url: renewUrl(r.awardId),
        },
        urgency: 'IMMEDIATE',
        dedupeKey: `${prefix}${offset}`,
      }),
    );
    if (id) sent += 1;
  }
  return sent;
}

/** Expires open renewals whose deadline passed or whose cycle closed (of one cycle when given). */
export async function expireRenewals(now: Date = new Date(), cycleId?: string): Promise<number> {
  assertRenewalTransition('OPEN', 'EXPIRED');
  const due = await prisma.mvpRenewal.findMany({
    where: { status: 'OPEN', cycleId, OR: [{ deadline: { lt: now } }, { cycle: { status: 'CLOSED' } }] },
    select: {
      id: true,
      awardId: true,
      category: { select: { name: true } },
      user: { select: { id: true, email: true, name: true, anonymizedAt: true } },
    },
  });
  let expired = 0;
  for (const r of due) {
    expired += await prisma.$transaction(async (tx) => {
      const { count } = await tx.mvpRenewal.updateMany({
        where: { id: r.id, status: 'OPEN' },
        data: { status: 'EXPIRED', closedAt: now, version: { increment: 1 } },
      });
      if (count === 0) return 0;
      await recordAudit(tx, {
        actor: SYSTEM_ACTOR,
        action: 'renewal.expired',
        entityType: 'MvpRenewal',
        entityId: r.id,
        before: { status: 'OPEN' },
        after: { status: 'EXPIRED' },
      });
      if (!r.user.anonymizedAt) {
        await queueEmail(tx, {
          to: r.user.email,
          userId: r.user.id,
          template: 'mvp.renewal-expired',
          data: { name: r.user.name, categoryName: r.category.name, url: `${env().APP_URL}/dashboard` },
          urgency: 'DIGESTIBLE',
        });
      }
      return 1;
    });
  }
  return expired;
}

/** The whole window job: open, remind, expire. */
export async function runRenewalWindow(now: Date = new Date(), cycleId?: string) {
  const opened = await openRenewals(now, cycleId);
  const reminded = await remindRenewals(now);
  const expired = await expireRenewals(now, cycleId);
  return { opened, reminded, expired };
}
