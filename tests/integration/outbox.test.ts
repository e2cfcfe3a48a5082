// The notification outbox end to end: an email is written in the same transaction as the change it
// reports, its delivery job with it, and the worker sends it through real SMTP to the mail catcher.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { prisma } from '@/lib/db';
import { enqueueJob, QUEUES } from '@/lib/jobs/queue';
import { startWorker } from '@/lib/jobs/worker';
import { readMailbox, type CaughtMail } from '@/lib/mail/mailbox';
import { findStrandedNotifications } from '@/lib/notifications/deliver';
import { ONE_TIME_LINK_PLACEHOLDER } from '@/lib/notifications/one-time-link';
import { queueEmail } from '@/lib/notifications/outbox';
import { uniqueEmail, unique } from '@/tests/support/factories';

const signInLink = (to: string) => ({
  to,
  template: 'auth.sign-in-link' as const,
  data: { url: `http://localhost:3000/api/auth/callback/nodemailer?token=${unique('token')}`, expires: new Date(Date.now() + 15 * 60_000) },
  urgency: 'IMMEDIATE' as const,
});

async function jobsFor(notificationId: string) {
  return prisma.$queryRawUnsafe<{ name: string; state: string; singleton_key: string | null }[]>(
    `SELECT name, state::text AS state, singleton_key FROM pgboss.job WHERE data->>'notificationId' = $1`,
    notificationId,
  );
}

async function waitForMail(to: string, timeoutMs = 15_000): Promise<CaughtMail[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = readMailbox(inject('mailboxDir'), { to });
    if (mails.length > 0 || Date.now() > deadline) return mails;
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('queueEmail', () => {
  it('writes the email and its delivery job in the caller’s transaction', async () => {
    const to = uniqueEmail('casey');
    const id = await prisma.$transaction((tx) => queueEmail(tx, signInLink(to)));
    expect(id).toBeTruthy();
    const row = await prisma.notification.findUniqueOrThrow({ where: { id: id! } });
    expect(row).toMatchObject({ toEmail: to, template: 'auth.sign-in-link', status: 'QUEUED', attempts: 0, urgency: 'IMMEDIATE' });
    expect(row.textBody).toContain(ONE_TIME_LINK_PLACEHOLDER);
    expect(row.textBody).not.toContain('token=');
    expect(await jobsFor(id!)).toEqual([{ name: QUEUES.deliverNotification, state: expect.any(String), singleton_key: id }]);
  });

  it('leaves neither email nor job behind when the transaction fails', async () => {
    const to = uniqueEmail('casey');
    let queuedId: string | null = null;
    await expect(
      prisma.$transaction(async (tx) => {
        queuedId = await queueEmail(tx, signInLink(to));
        throw new Error('the change that caused the email failed');
      }),
    ).rejects.toThrow('the change that caused the email failed');
    expect(queuedId).toBeTruthy();
    expect(await prisma.notification.count({ where: { toEmail: to } })).toBe(0);
    expect(await jobsFor(queuedId!)).toEqual([]);
  });

  it('queues an email with a dedupe key only once', async () => {
    const to = uniqueEmail('taylor');
    const dedupeKey = unique('mct-renewal-reminder-90');
    const first = await prisma.$transaction((tx) => queueEmail(tx, { ...signInLink(to), dedupeKey }));
    const second = await prisma.$transaction((tx) => queueEmail(tx, { ...signInLink(to), dedupeKey }));
    expect(first).toBeTruthy();
    expect(second).toBeNull();
    expect(await prisma.notification.count({ where: { dedupeKey } })).toBe(1);
    expect(await jobsFor(first!)).toHaveLength(1);
  });
});

describe('enqueueJob', () => {
  it('passes scheduling and retry options through the transaction to pg-boss', async () => {
    const startAfter = new Date(Date.now() + 60 * 60_000);
    const key = unique('job');
    const jobId = await prisma.$transaction((tx) =>
      enqueueJob(
        tx,
        QUEUES.sweepOutbox,
        { reason: key },
        { startAfter, retryLimit: 2, retryDelay: 5, retryBackoff: false, singletonKey: key },
      ),
    );
    expect(jobId).toBeTruthy();
    const [job] = await prisma.$queryRawUnsafe<
      { name: string; start_after: Date; retry_limit: number; retry_delay: number; retry_backoff: boolean; data: unknown }[]
    >('SELECT name, start_after, retry_limit, retry_delay, retry_backoff, data FROM pgboss.job WHERE id = $1::uuid', jobId);
    expect(job).toMatchObject({ name: QUEUES.sweepOutbox, retry_limit: 2, retry_delay: 5, retry_backoff: false, data: { reason: key } });
    expect(job!.start_after.getTime()).toBe(startAfter.getTime());
  });
});

describe('an email whose delivery job was lost', () => {
  it('is found by the outbox sweep once it has waited two minutes', async () => {
    // Written without a job, as if the job had expired or been lost.
    const lost = await prisma.notification.create({
      data: {
        toEmail: uniqueEmail('lost'),
        template: 'auth.sign-in-link',
        subject: 'Lost',
        textBody: 'x',
        htmlBody: '<p>x</p>',
        urgency: 'IMMEDIATE',
      },
    });
    expect(await findStrandedNotifications(new Date(Date.now() + 60_000))).not.toContain(lost.id);
    expect(await findStrandedNotifications(new Date(Date.now() + 3 * 60_000))).toContain(lost.id);
    // Settle it so no later sweep in this run tries to send it.
    await prisma.notification.update({ where: { id: lost.id }, data: { status: 'FAILED' } });
  });

  it('is not confused with an email whose job is waiting for its next retry', async () => {
    // Queued with a job that is put off, as a retry with backoff would be.
    const id = await prisma.$transaction(async (tx) => {
      const row = await tx.notification.create({
        data: {
          toEmail: uniqueEmail('retrying'),
          template: 'auth.sign-in-link',
          subject: 'Retrying',
          textBody: 'x',
          htmlBody: '<p>x</p>',
          urgency: 'IMMEDIATE',
        },
      });
      await enqueueJob(
        tx,
        QUEUES.deliverNotification,
        { notificationId: row.id },
        { singletonKey: row.id, startAfter: new Date(Date.now() + 3_600_000) },
      );
      return row.id;
    });
    expect((await prisma.notification.findUniqueOrThrow({ where: { id } })).status).toBe('QUEUED');
    expect(await findStrandedNotifications(new Date(Date.now() + 3 * 60_000))).not.toContain(id);
    await prisma.notification.update({ where: { id }, data: { status: 'FAILED' } });
  });
});

describe('the worker', () => {
  let worker: { stop: () => Promise<void> } | undefined;
  const log: string[] = [];

  beforeAll(async () => {
    // Earlier test files leave emails queued in the shared test database; settle them so the worker's
    // first jobs are this file's, not a backlog that could outlast the test's wait.
    await prisma.notification.updateMany({
      where: { status: 'QUEUED' },
      data: { status: 'FAILED', lastError: 'left by an earlier test file' },
    });
    await prisma.$executeRaw`DELETE FROM pgboss.job WHERE name = 'notification.deliver' AND state < 'completed'`;
    worker = await startWorker({ databaseUrl: inject('databaseUrl'), log: (m) => log.push(m) });
  });
  afterAll(async () => {
    await worker?.stop();
  });

  it('lets a delivery job stranded by a database restart expire in 90 s, not pg-boss’s 15 minutes', async () => {
    // A worker that loses the database after fetching a job can record neither success nor failure;
    // the job stays "active" until it expires, and only then is it retried (the soak caught this).
    const [queue] = await prisma.$queryRaw<{ expire_seconds: number }[]>`
      SELECT expire_seconds FROM pgboss.queue WHERE name = 'notification.deliver'`;
    expect(queue?.expire_seconds).toBe(90);
    const to = uniqueEmail('stranded');
    const id = await prisma.$transaction((tx) => queueEmail(tx, signInLink(to)));
    const [job] = await prisma.$queryRaw<{ expire: number }[]>`
      SELECT extract(epoch FROM expire_in)::int AS expire FROM pgboss.job WHERE singleton_key = ${id}`;
    expect(job?.expire).toBe(90);
  });

  it('delivers a queued email through SMTP and marks it sent', async () => {
    const to = uniqueEmail('casey');
    const email = signInLink(to);
    const id = await prisma.$transaction((tx) => queueEmail(tx, email));

    const mails = await waitForMail(to);
    expect(mails, `no email for ${to}; worker log:\n${log.join('\n')}`).toHaveLength(1);
    expect(mails[0]!.subject).toBe('Your sign-in link for the Community Programs Portal');
    expect(mails[0]!.text).toContain(email.data.url);
    expect(mails[0]!.html).toContain('Sign in');

    await expect
      .poll(async () => (await prisma.notification.findUniqueOrThrow({ where: { id: id! } })).status, { timeout: 5_000 })
      .toBe('SENT');
    const row = await prisma.notification.findUniqueOrThrow({ where: { id: id! } });
    expect(row.attempts).toBe(1);
    expect(row.sentAt).toBeInstanceOf(Date);
    expect(row.lastError).toBeNull();
    expect(readMailbox(inject('mailboxDir'), { to }), 'sent once, not twice').toHaveLength(1);
  });
});
