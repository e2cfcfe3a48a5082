import 'server-only';
// The job that ends nominations with their cycle (lib/jobs/worker.ts: hourly, and at once when an
// admin closes a cycle): a nomination invited or accepted but never submitted expires once its
// cycle is closed or its evidence deadline has passed; the nominee and the nominators are told.
// The person can then be nominated again in the next cycle (the one-open-nomination rule is per cycle).
import { recordAudit, SYSTEM_ACTOR } from '@/lib/audit/record';
import { prisma } from '@/lib/db';
import { env } from '@/lib/env';
import type { NominationStatus } from '@/lib/generated/prisma/enums';
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
