// One-time links in the outbox (issue 15): an admin reading the outbox must not be able to sign in
// as anyone. Emails that carry a sign-in, invitation or MCT acceptance link are stored and shown with
// the link redacted; the worker puts the real link back only in what it hands to SMTP, and the
// outbox forgets it once the email is out.
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { prisma } from '@/lib/db';
import { startWorker } from '@/lib/jobs/worker';
import { readMailbox, type CaughtMail } from '@/lib/mail/mailbox';
import { createNomination } from '@/lib/nominations/service';
import { nominationSchema } from '@/lib/nominations/schema';
import { getNotification } from '@/lib/admin/email-log';
import { queueEmail } from '@/lib/notifications/outbox';
import { loadViewer, type Viewer } from '@/lib/auth/viewer';
import { createAward, createCategory, createCycle, createUser, unique, uniqueEmail } from '@/tests/support/factories';

vi.mock('@/lib/auth/guards', () => ({ getViewer: () => Promise.reject(new Error('not used')) }));

let worker: { stop: () => Promise<void> } | undefined;
beforeAll(async () => {
  worker = await startWorker({ databaseUrl: inject('databaseUrl'), log: () => undefined });
});
afterAll(async () => {
  await worker?.stop();
});

async function waitForMail(to: string, timeoutMs = 20_000): Promise<CaughtMail[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = readMailbox(inject('mailboxDir'), { to });
    if (mails.length > 0 || Date.now() > deadline) return mails;
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function waitForStatus(id: string, status: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const row = await prisma.notification.findUniqueOrThrow({ where: { id }, select: { status: true } });
    if (row.status === status) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`notification ${id} never reached ${status}`);
}

/** Every column of the row as text, whatever the schema holds. */
async function rowText(id: string): Promise<string> {
  const rows = await prisma.$queryRaw<unknown[]>`SELECT * FROM "Notification" WHERE id = ${id}::uuid`;
  return JSON.stringify(rows[0]);
}

async function adminViewer(): Promise<Viewer> {
  const admin = await createUser({ roles: ['ADMIN'] });
  return (await loadViewer(admin.id))!;
}

describe('one-time links in the outbox', () => {
  it.each([
    [
      'auth.sign-in-link',
      (token: string) => ({
        url: `http://127.0.0.1:3000/sign-in/confirm?token=${token}&email=x%40y.example`,
        expires: new Date(Date.now() + 900_000),
      }),
    ],
    [
      'mct.provider-application',
      (token: string) => ({
        candidateName: 'Casey',
        providerName: 'Northwind',
        url: `http://127.0.0.1:3000/mct/applications/accept/${token}`,
        expires: new Date(Date.now() + 86_400_000),
      }),
    ],
  ] as const)('%s: the row and the admin page hold no live link; the recipient gets it once', async (template, dataOf) => {
    const to = uniqueEmail('linked');
    const token = unique('secret-token').replace(/-/g, '');
    const id = (await prisma.$transaction((tx) => queueEmail(tx, { to, template, data: dataOf(token) as never, urgency: 'IMMEDIATE' })))!;
    expect(await rowText(id)).not.toContain(token);
    const shown = await getNotification(await adminViewer(), id);
    expect(JSON.stringify(shown)).not.toContain(token);
    expect(shown!.textBody).toMatch(/one-time link/i);

    const mails = await waitForMail(to);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain(token);
    expect(mails[0]!.html).toContain(token);
    await waitForStatus(id, 'SENT');
    expect(await rowText(id)).not.toContain(token);
  });

  it('a nominee’s invitation: stored without its link, delivered with a working one', async () => {
    const category = await createCategory();
    await createCycle({ categoryIds: [category.id] });
    const nominator = await createUser({ name: 'Morgan Mvp' });
    await createAward({ userId: nominator.id, startsOn: '2026-07-01', endsOn: '2027-06-30' });
    const now = new Date('2026-11-22T12:00:00Z');
    const viewer = (await loadViewer(nominator.id, now))!;
    const nomineeEmail = uniqueEmail('nominee');
    const input = nominationSchema.parse({
      nomineeName: 'Casey Candidate',
      nomineeEmail,
      categoryId: category.id,
      focusAreaId: '',
      statement: 'Casey runs a monthly user group on Kubernetes and writes in-depth articles that hundreds of engineers read.',
      relationship: 'COMMUNITY_PEER',
      relationshipDetail: '',
    });
    await createNomination(viewer, input, now);
    const row = await prisma.notification.findFirstOrThrow({ where: { toEmail: nomineeEmail, template: 'mvp.nomination-invitation' } });
    expect(row.textBody).not.toMatch(/\/invitations\/[A-Za-z0-9_-]{20,}/);
    expect(row.htmlBody).not.toMatch(/\/invitations\/[A-Za-z0-9_-]{20,}/);
    const [mail] = await waitForMail(nomineeEmail);
    const link = /\/invitations\/([A-Za-z0-9_-]{20,})/.exec(mail!.text);
    expect(link).not.toBeNull();
    expect(await rowText(row.id)).not.toContain(link![1]!);
  });
});
