import 'server-only';
// The jobs that end nominations with their cycle (lib/jobs/worker.ts: hourly, and at once when an
// admin closes a cycle): nominees who accepted are reminded before the evidence deadline, and a
// nomination invited or accepted but never submitted expires once its cycle is closed or its evidence
// deadline has passed; the nominee and the nominators are told.
// The person can then be nominated again in the next cycle (the one-open-nomination rule is per cycle).
import { recordAudit, SYSTEM_ACTOR } from '@/lib/audit/record';
import { todayIn } from '@/lib/dates';
import { prisma } from '@/lib/db';
import { env } from '@/lib/env';
import { formatInstant } from '@/lib/format';
import type { NominationStatus } from '@/lib/generated/prisma/enums';
import { reminderDue } from '@/lib/memberships/lifecycle';
import { assertNominationTransition } from '@/lib/nominations/lifecycle';
import { notifyNominators, recordNominationEvent } from '@/lib/nominations/notify';
import { queueEmail } from '@/lib/notifications/outbox';

const UNSUBMITTED: NominationStatus[] = ['INVITED', 'ACCEPTED'];

/** Expires the unsubmitted nominations of cycles that are closed or past their evidence deadline
 * (of one cycle when given). Each in its own transaction; safe to run twice or concurrently. */
export async function expireNominationsWithCycle(
  now: Date = new Date(),
  opts: { cycleId?: string; batchSize?: number } = {},
): Promise<number> {
  for (const from of UNSUBMITTED) assertNominationTransition(from, 'EXPIRED');
  const due = await prisma.nomination.findMany({
    where: {
      status: { in: UNSUBMITTED },
      cycleId: opts.cycleId,
      cycle: { OR: [{ status: 'CLOSED' }, { submissionDeadline: { lt: now } }] },
    },
    orderBy: { createdAt: 'asc' },
    take: opts.batchSize ?? 500,
    select: { id: true, status: true },
  });
  let expired = 0;
  for (const n of due) {
    const moved = await prisma.$transaction(async (tx) => {
      const { count } = await tx.nomination.updateMany({
        where: { id: n.id, status: n.status },
        data: { status: 'EXPIRED', closedAt: now, version: { increment: 1 } },
      });
      if (count === 0) return false;
      const row = await tx.nomination.findUniqueOrThrow({
        where: { id: n.id },
        select: {
          nomineeEmail: true,
          nomineeName: true,
          nomineeId: true,
          nominee: { select: { anonymizedAt: true } },
          category: { select: { name: true } },
          cycle: { select: { name: true } },
        },
      });
      await recordNominationEvent(tx, n.id, 'EXPIRED', now, 'Not submitted before the award cycle closed');
      await recordAudit(tx, {
        actor: SYSTEM_ACTOR,
        action: 'nomination.expired-with-cycle',
        entityType: 'Nomination',
        entityId: n.id,
        before: { status: n.status },
        after: { status: 'EXPIRED' },
      });
      if (!row.nominee?.anonymizedAt) {
        await queueEmail(tx, {
          to: row.nomineeEmail,
          userId: row.nomineeId,
          template: 'mvp.nomination-expired',
          data: {
            nomineeName: row.nomineeName,
            categoryName: row.category.name,
            cycleName: row.cycle.name,
            url: `${env().APP_URL}/nominations/${n.id}`,
          },
          urgency: 'DIGESTIBLE',
        });
      }
      await notifyNominators(tx, n.id, 'EXPIRED_WITH_CYCLE');
      return true;
    });
    if (moved) expired += 1;
  }
  return expired;
}

/** Reminders before the evidence deadline, in days, to nominees who accepted and have not submitted. */
export const NOMINATION_DEADLINE_REMINDER_DAYS = [14, 7, 1] as const;

/** Reminds each accepted, unsubmitted nominee of their cycle's evidence deadline, once per reminder
 * (the latest one due; dedupe keys). A deadline: sent at once, never held for a digest. */
export async function remindNominationDeadlines(now: Date = new Date()): Promise<number> {
  const settings = await prisma.programSettings.findUnique({ where: { id: 1 }, select: { timeZone: true } });
  const zone = settings?.timeZone ?? 'UTC';
  const today = todayIn(zone, now);
  const horizon = new Date(now.getTime() + (NOMINATION_DEADLINE_REMINDER_DAYS[0] + 1) * 86_400_000);
  const waiting = await prisma.nomination.findMany({
    where: { status: 'ACCEPTED', cycle: { status: { not: 'CLOSED' }, submissionDeadline: { gte: now, lte: horizon } } },
    select: {
      id: true,
      nomineeEmail: true,
      nomineeName: true,
      nomineeId: true,
      nominee: { select: { timeZone: true, anonymizedAt: true } },
      category: { select: { name: true } },
      cycle: { select: { submissionDeadline: true } },
    },
  });
  let sent = 0;
  for (const n of waiting) {
    if (n.nominee?.anonymizedAt) continue;
    const prefix = `nomination-deadline:${n.id}:`;
    const already = await prisma.notification.findMany({ where: { dedupeKey: { startsWith: prefix } }, select: { dedupeKey: true } });
    const offset = reminderDue<number>(
      { endsOn: todayIn(zone, n.cycle.submissionDeadline), isRenewed: false },
      today,
      already.map((a) => Number(a.dedupeKey!.slice(prefix.length))),
      NOMINATION_DEADLINE_REMINDER_DAYS,
    );
    if (offset === null) continue;
    const id = await prisma.$transaction((tx) =>
      queueEmail(tx, {
        to: n.nomineeEmail,
        userId: n.nomineeId,
        template: 'mvp.nomination-deadline',
        data: {
          nomineeName: n.nomineeName,
          categoryName: n.category.name,
          deadline: formatInstant(n.cycle.submissionDeadline, n.nominee?.timeZone ?? zone),
          deadlineAt: n.cycle.submissionDeadline.toISOString(),
          timeZone: n.nominee?.timeZone ?? zone,
          url: `${env().APP_URL}/nominations/${n.id}`,
        },
        urgency: 'IMMEDIATE',
        dedupeKey: `${prefix}${offset}`,
      }),
    );
    if (id) sent += 1;
  }
  return sent;
}
