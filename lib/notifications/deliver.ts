import { isDatabaseUnavailableError } from '@/lib/availability';
import { prisma } from '@/lib/db';
import { env } from '@/lib/env';
import type { NotificationUrgency } from '@/lib/generated/prisma/enums';
import { mailTransport } from '@/lib/mail/transport';
import { composeOutgoing } from './compose';
import { openLink, restoreLink } from './one-time-link';
import { erasedEmailOf } from '@/lib/erased-account';

export type DeliveryOutcome = 'sent' | 'skipped' | 'retry' | 'failed';

type ClaimedNotification = {
  id: string;
  userId: string | null;
  urgency: NotificationUrgency;
  toEmail: string;
  subject: string;
  textBody: string;
  htmlBody: string;
  sealedLink: string | null;
  template: string;
};

/** Retries a write while the database is unreachable (up to about ten minutes), so that an email
 * already handed to SMTP is recorded as sent rather than sent again. Other errors are thrown. */
async function untilRecorded<T>(write: () => Promise<T>): Promise<T> {
  const giveUpAt = Date.now() + 10 * 60_000;
  for (let delay = 250; ; delay = Math.min(delay * 2, 5_000)) {
    try {
      return await write();
    } catch (error) {
      if (!isDatabaseUnavailableError(error) || Date.now() > giveUpAt) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** Sends one queued email through SMTP. Claims the row first (QUEUED -> SENDING) so that two
 * workers never send the same email; on an SMTP error the row goes back to QUEUED and the error is
 * rethrown for pg-boss to retry, until the last attempt marks it FAILED. */
export async function deliverNotification(notificationId: string, opts: { isLastAttempt: boolean }): Promise<DeliveryOutcome> {
  // Claim and read in one statement. The claim is stamped with this attempt's own time, so that when
  // the connection drops and the answer is lost (the claim may or may not have committed), the row
  // can be given back once the database answers again: nothing was sent yet. Without that, the row
  // would wait for the sweeper's ten minutes.
  const claimedAt = new Date();
  let claimed: ClaimedNotification[];
  try {
    claimed = await prisma.$queryRaw<ClaimedNotification[]>`
      UPDATE "Notification" SET status = 'SENDING', attempts = attempts + 1, "updatedAt" = ${claimedAt}
      WHERE id = ${notificationId}::uuid AND status = 'QUEUED'
      RETURNING id::text AS id, "userId"::text AS "userId", urgency::text AS urgency, "toEmail", subject, "textBody", "htmlBody", "sealedLink", template`;
  } catch (error) {
    if (isDatabaseUnavailableError(error)) {
      await untilRecorded(
        () => prisma.$executeRaw`
          UPDATE "Notification" SET status = 'QUEUED'
          WHERE id = ${notificationId}::uuid AND status = 'SENDING' AND "updatedAt" = ${claimedAt}`,
      );
    }
    throw error;
  }
  const n = claimed[0];
  if (!n) return 'skipped';
  try {
    // Both parts always: the plain-text one for people (and filters) who read no HTML.
    // The one-time link goes into what SMTP gets, never back into the row.
    const parts = n.sealedLink ? restoreLink({ text: n.textBody, html: n.htmlBody }, openLink(n.sealedLink, env().AUTH_SECRET)) : null;
    const out = composeOutgoing(parts ? { ...n, textBody: parts.text, htmlBody: parts.html } : n, {
      appUrl: env().APP_URL,
      secret: env().AUTH_SECRET,
    });
    const info = (await mailTransport().sendMail({
      to: n.toEmail,
      subject: n.subject,
      text: out.text,
      html: out.html,
      headers: { ...out.headers, 'X-Portal-Notification': n.id, 'X-Portal-Template': n.template },
    })) as { messageId?: string };
    // The email is out: recording that must not fail into a retry that would send it again, so a
    // database that is away (a restart) is waited for.
    await untilRecorded(() =>
      prisma.notification.update({
        where: { id: n.id },
        data: {
          status: 'SENT',
          sentAt: new Date(),
          lastError: null,
          providerMessageId: info.messageId ?? null,
          sealedLink: null,
          // The goodbye after an erasure went to the real address; once out, the outbox forgets it too.
          ...(n.template === 'privacy.erased'
            ? { toEmail: n.userId ? erasedEmailOf(n.userId) : 'erased-person@invalid.example', textBody: '', htmlBody: '' }
            : {}),
        },
      }),
    );
    return 'sent';
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await untilRecorded(() =>
      prisma.notification.update({
        where: { id: n.id },
        data: { status: opts.isLastAttempt ? 'FAILED' : 'QUEUED', lastError: message.slice(0, 2000) },
      }),
    );
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
