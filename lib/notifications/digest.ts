import 'server-only';
import { recordAudit, SYSTEM_ACTOR } from '@/lib/audit/record';
import { todayIn, type DateKey } from '@/lib/dates';
import { prisma } from '@/lib/db';
import { env } from '@/lib/env';
import { queueEmail } from './outbox';
import { DIGEST_TEMPLATE } from './routing';

/** The local hour from which a person's daily digest goes out (08:00 in their time zone). */
export const DIGEST_HOUR = 8;

/** Whether a person's digest for today may go out: from 08:00 on in their own time zone, so it
 * arrives with the morning's mail, not at 3 a.m. The job runs hourly; the dedupe key makes it once a day. */
export function isDigestDue(timeZone: string, now: Date): boolean {
  const hour = Number(new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' }).format(now));
  return hour >= DIGEST_HOUR;
}

/** The dedupe key of a person's digest: one per person per local day. */
export const digestKey = (userId: string, day: DateKey) => `daily-digest:${userId}:${day}`;

export type DigestRun = { digests: number; parts: number; suppressed: number };

/** Sends each person with held emails (DIGESTED, not yet carried) one digest listing them, once a
 * day from 08:00 their time. Idempotent and safe to run on two workers at once: each person's held
 * rows are locked, the digest has a dedupe key per person and day, and carried rows point at it. */
export async function sendDailyDigests(now: Date = new Date()): Promise<DigestRun> {
  const pending = await prisma.notification.findMany({
    where: { status: 'DIGESTED', digestId: null, userId: { not: null } },
    distinct: ['userId'],
    select: { userId: true },
  });
  const run: DigestRun = { digests: 0, parts: 0, suppressed: 0 };
  for (const { userId } of pending) {
    const user = await prisma.user.findUnique({
      where: { id: userId! },
      select: { id: true, email: true, name: true, timeZone: true, notificationMode: true, anonymizedAt: true },
    });
    if (!user || !isDigestDue(user.timeZone, now)) continue;
    await prisma.$transaction(async (tx) => {
      // A second run waits here for the first, then finds the rows carried (digestId set) and skips.
      const locked = await tx.$queryRaw<{ id: string }[]>`
        SELECT id::text AS id FROM "Notification"
        WHERE "userId" = ${user.id}::uuid AND status = 'DIGESTED' AND "digestId" IS NULL
        ORDER BY "createdAt", id FOR UPDATE`;
      if (locked.length === 0) return;
      const ids = locked.map((r) => r.id);
      if (user.notificationMode === 'OFF' || user.anonymizedAt) {
        // Unsubscribed (or erased) since these were held: they are not sent.
        await tx.notification.updateMany({ where: { id: { in: ids } }, data: { status: 'SUPPRESSED' } });
        run.suppressed += ids.length;
        return;
      }
      const parts = await tx.notification.findMany({
        where: { id: { in: ids } },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        select: { subject: true, textBody: true },
      });
      const digestId = await queueEmail(tx, {
        to: user.email,
        userId: user.id,
        template: DIGEST_TEMPLATE,
        data: {
          name: user.name,
          parts: parts.map((p) => ({ subject: p.subject, text: p.textBody })),
          profileUrl: `${env().APP_URL}/profile`,
        },
        urgency: 'IMMEDIATE',
        dedupeKey: digestKey(user.id, todayIn(user.timeZone, now)),
      });
      // Today's digest already went out: these wait for tomorrow's.
      if (digestId === null) return;
      await tx.notification.updateMany({ where: { id: { in: ids } }, data: { digestId } });
      await recordAudit(tx, {
        actor: SYSTEM_ACTOR,
        action: 'notification.digest-queued',
        entityType: 'Notification',
        entityId: digestId,
        after: { userId: user.id, parts: ids.length },
      });
      run.digests += 1;
      run.parts += ids.length;
    });
  }
  return run;
}
