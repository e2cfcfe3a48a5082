import 'server-only';
import { recordAudit, SYSTEM_ACTOR } from '@/lib/audit/record';
import { prisma } from '@/lib/db';
import { assertNominationTransition } from './lifecycle';
import { notifyNominators, recordNominationEvent } from './notify';

/** The scheduled job (lib/jobs/worker.ts): nominations whose invitation ran out before the nominee
 * accepted become EXPIRED, each in its own transaction with its audit entry and the nominator's
 * email. Safe to run concurrently or twice: a nomination is moved only while it is still INVITED.
 * Returns how many expired. */
export async function expireNominationInvitations(now: Date = new Date(), batchSize = 200): Promise<number> {
  assertNominationTransition('INVITED', 'EXPIRED');
  const due = await prisma.nomination.findMany({
    where: { status: 'INVITED', inviteExpiresAt: { lte: now } },
    orderBy: { inviteExpiresAt: 'asc' },
    take: batchSize,
    select: { id: true, inviteExpiresAt: true },
  });
  let expired = 0;
  for (const n of due) {
    const moved = await prisma.$transaction(async (tx) => {
      const { count } = await tx.nomination.updateMany({
        where: { id: n.id, status: 'INVITED', inviteExpiresAt: { lte: now } },
        data: { status: 'EXPIRED', closedAt: now, version: { increment: 1 } },
      });
      if (count === 0) return false;
      await recordNominationEvent(tx, n.id, 'EXPIRED', now);
      await recordAudit(tx, {
        actor: SYSTEM_ACTOR,
        action: 'nomination.expired',
        entityType: 'Nomination',
        entityId: n.id,
        before: { status: 'INVITED', inviteExpiresAt: n.inviteExpiresAt },
        after: { status: 'EXPIRED' },
      });
      await notifyNominators(tx, n.id, 'EXPIRED');
      return true;
    });
    if (moved) expired += 1;
  }
  return expired;
}
