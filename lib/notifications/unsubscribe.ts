import 'server-only';
import { recordAudit } from '@/lib/audit/record';
import { prisma } from '@/lib/db';
import { env } from '@/lib/env';
import type { NotificationMode } from '@/lib/generated/prisma/enums';
import { verifyUnsubscribeToken } from './unsubscribe-token';

export type UnsubscribeCheck =
  { kind: 'ok'; userId: string; name: string | null; email: string; mode: NotificationMode } | { kind: 'invalid' };

/** Whose emails an unsubscribe link stops, without changing anything (mail scanners open links). */
export async function checkUnsubscribeToken(token: string): Promise<UnsubscribeCheck> {
  const secret = env().AUTH_SECRET;
  const userId = secret ? verifyUnsubscribeToken(token, secret) : null;
  if (!userId) return { kind: 'invalid' };
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, notificationMode: true, anonymizedAt: true, mergedIntoId: true },
  });
  // An erased or merged account has nobody left to unsubscribe here.
  if (!user || user.anonymizedAt || user.mergedIntoId) return { kind: 'invalid' };
  return { kind: 'ok', userId: user.id, name: user.name, email: user.email, mode: user.notificationMode };
}

/** Unsubscribes the link's holder from optional emails (status changes, reminders, the digest):
 * notificationMode OFF, recorded in the audit log. Emails already held for their digest are not sent.
 * Harmless to repeat. Returns false for a link that is not valid. */
export async function unsubscribeWithToken(token: string, via: 'page' | 'one-click'): Promise<boolean> {
  const check = await checkUnsubscribeToken(token);
  if (check.kind !== 'ok') return false;
  await prisma.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: check.userId }, select: { notificationMode: true } });
    if (before.notificationMode === 'OFF') return;
    await tx.user.update({ where: { id: check.userId }, data: { notificationMode: 'OFF' } });
    const held = await tx.notification.updateMany({
      where: { userId: check.userId, status: 'DIGESTED', digestId: null },
      data: { status: 'SUPPRESSED' },
    });
    await recordAudit(tx, {
      actor: { id: check.userId, label: `${check.email} (unsubscribe link)` },
      action: 'notifications.unsubscribed',
      entityType: 'User',
      entityId: check.userId,
      before,
      after: { notificationMode: 'OFF', via, heldEmailsSuppressed: held.count },
    });
  });
  return true;
}

/** Where the unsubscribe page's button leads: the same page, saying it is done when the link was valid. */
export async function unsubscribeDestination(rawToken: unknown): Promise<string> {
  const token = typeof rawToken === 'string' ? rawToken : '';
  const done = await unsubscribeWithToken(token, 'page');
  return `/unsubscribe/${encodeURIComponent(token)}${done ? '?done=1' : ''}`;
}
