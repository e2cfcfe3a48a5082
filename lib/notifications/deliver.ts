import { prisma } from '@/lib/db';
import { mailTransport } from '@/lib/mail/transport';

export type DeliveryOutcome = 'sent' | 'skipped' | 'retry' | 'failed';

/** Sends one queued email through SMTP. Claims the row first (QUEUED -> SENDING) so that two
 * workers never send the same email; on an SMTP error the row goes back to QUEUED and the error is
 * rethrown for pg-boss to retry, until the last attempt marks it FAILED. */
export async function deliverNotification(notificationId: string, opts: { isLastAttempt: boolean }): Promise<DeliveryOutcome> {
  const claimed = await prisma.notification.updateMany({
    where: { id: notificationId, status: 'QUEUED' },
    data: { status: 'SENDING', attempts: { increment: 1 } },
  });
  if (claimed.count === 0) return 'skipped';
  const n = await prisma.notification.findUniqueOrThrow({ where: { id: notificationId } });
  try {
    const info = (await mailTransport().sendMail({
      to: n.toEmail,
      subject: n.subject,
      text: n.textBody,
      html: n.htmlBody,
      headers: { 'X-Portal-Notification': n.id, 'X-Portal-Template': n.template },
    })) as { messageId?: string };
    await prisma.notification.update({
      where: { id: n.id },
      data: { status: 'SENT', sentAt: new Date(), lastError: null, providerMessageId: info.messageId ?? null },
    });
    return 'sent';
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await prisma.notification.update({
      where: { id: n.id },
      data: { status: opts.isLastAttempt ? 'FAILED' : 'QUEUED', lastError: message.slice(0, 2000) },
    });
    if (opts.isLastAttempt) return 'failed';
    throw error;
  }
}

/** Finds emails whose delivery job was lost (a crash between claim and send, or a job that
 * expired) and returns them to the queue. */
export async function findStrandedNotifications(now = new Date()): Promise<string[]> {
  const stuckSending = new Date(now.getTime() - 10 * 60_000);
  await prisma.notification.updateMany({
    where: { status: 'SENDING', updatedAt: { lt: stuckSending } },
    data: { status: 'QUEUED' },
  });
  const stale = new Date(now.getTime() - 2 * 60_000);
  // Only emails without a live job: one waiting for its next retry is not lost, and re-queueing it
  // would skip the backoff and the retry limit.
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT n.id::text AS id FROM "Notification" n
    WHERE n.status = 'QUEUED' AND n."updatedAt" < ${stale}
      AND NOT EXISTS (
        SELECT 1 FROM pgboss.job j
        WHERE j.name = 'notification.deliver' AND j.singleton_key = n.id::text AND j.state < 'completed')
    LIMIT 500`;
  return rows.map((r) => r.id);
}
