// Notifications: optional emails routed by the person's choice when queued (held for the daily digest,
// or not sent when unsubscribed), the daily digest (one email per person per day, parts linked, safe
// to run twice and on two workers at once), delivery with both parts and the unsubscribe link and
// headers, the signed unsubscribe link, and the admin's list, detail and resend.
import { describe, expect, inject, it, vi } from 'vitest';
import { POST as oneClickPost, GET as oneClickGet } from '@/app/api/unsubscribe/[token]/route';
import { prisma } from '@/lib/db';
import type { NotificationMode } from '@/lib/generated/prisma/enums';
import { readMailbox } from '@/lib/mail/mailbox';
import { deliverNotification } from '@/lib/notifications/deliver';
import { digestKey, sendDailyDigests } from '@/lib/notifications/digest';
import { queueEmail } from '@/lib/notifications/outbox';
import { notificationFilterSchema } from '@/lib/notifications/schema';
import { checkUnsubscribeToken, unsubscribeWithToken } from '@/lib/notifications/unsubscribe';
import { signUnsubscribeToken } from '@/lib/notifications/unsubscribe-token';
import { createUser, unique, uniqueEmail } from '@/tests/support/factories';
import { loadViewer, type Viewer } from '@/lib/auth/viewer';
import { getNotification, listNotifications } from '@/lib/admin/email-log';
import { resendNotification } from '@/lib/admin/resend-notification';

vi.mock('@/lib/auth/guards', () => ({ getViewer: () => Promise.reject(new Error('not used')) }));

const SECRET = 'integration-test-secret-of-enough-length';
const today = new Date().toISOString().slice(0, 10);
/** 09:00 UTC today: past the 08:00 digest hour of the UTC people made here. */
const morning = new Date(`${today}T09:00:00Z`);

async function person(mode: NotificationMode, name = 'Dana Digest') {
  const user = await createUser({ name, email: uniqueEmail('notify') });
  return prisma.user.update({ where: { id: user.id }, data: { notificationMode: mode } });
}

async function viewerOf(user: { id: string }): Promise<Viewer> {
  const viewer = await loadViewer(user.id);
  if (!viewer) throw new Error('no viewer');
  return viewer;
}

const statusUpdate = (to: { id: string; email: string }, nomineeName: string, opts: { withUserId?: boolean } = {}) => ({
  to: to.email,
  userId: opts.withUserId === false ? null : to.id,
  template: 'mvp.nomination-update' as const,
  data: {
    recipientName: 'Dana',
    nomineeName,
    categoryName: 'Azure',
    event: 'ACCEPTED' as const,
    url: 'http://localhost:3000/nominations/x',
  },
  urgency: 'DIGESTIBLE' as const,
});

const signInLink = (to: { id: string; email: string }) => ({
  to: to.email,
  userId: to.id,
  template: 'auth.sign-in-link' as const,
  data: { url: `http://localhost:3000/api/auth/callback/nodemailer?token=${unique('t')}`, expires: new Date(Date.now() + 15 * 60_000) },
  urgency: 'IMMEDIATE' as const,
});

const queue = (email: Parameters<typeof queueEmail>[1]) => prisma.$transaction((tx) => queueEmail(tx, email));

async function jobCount(notificationId: string) {
  const [row] = await prisma.$queryRawUnsafe<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'notification.deliver' AND data->>'notificationId' = $1`,
    notificationId,
  );
  return row!.n;
}

const digestsOf = (userId: string) => prisma.notification.findMany({ where: { userId, template: 'notifications.daily-digest' } });

describe('routing at queue time', () => {
  it('holds optional emails of a digest person (no delivery job) and sends immediate ones at once', async () => {
    const dana = await person('DAILY_DIGEST');
    const first = await queue(statusUpdate(dana, 'Nadia'));
    // Found by address when the caller does not pass the account.
    const second = await queue(statusUpdate(dana, 'Omar', { withUserId: false }));
    const link = await queue(signInLink(dana));
    const rows = await prisma.notification.findMany({ where: { id: { in: [first!, second!, link!] } } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(first!)).toMatchObject({ status: 'DIGESTED', digestId: null, userId: dana.id });
    expect(byId.get(second!)).toMatchObject({ status: 'DIGESTED', digestId: null, userId: dana.id });
    expect(byId.get(link!)).toMatchObject({ status: 'QUEUED' });
    expect(await jobCount(first!)).toBe(0);
    expect(await jobCount(second!)).toBe(0);
    expect(await jobCount(link!)).toBe(1);
  });

  it('never sends optional emails to an unsubscribed person, but still sends their sign-in links', async () => {
    const olive = await person('OFF', 'Olive Off');
    const update = await queue(statusUpdate(olive, 'Nadia'));
    const link = await queue(signInLink(olive));
    expect((await prisma.notification.findUniqueOrThrow({ where: { id: update! } })).status).toBe('SUPPRESSED');
    expect(await jobCount(update!)).toBe(0);
    expect((await prisma.notification.findUniqueOrThrow({ where: { id: link! } })).status).toBe('QUEUED');
    expect(await jobCount(link!)).toBe(1);
  });

  it('sends optional emails at once to people who chose that, and to addresses without an account', async () => {
    const ivan = await person('IMMEDIATE', 'Ivan Immediate');
    const update = await queue(statusUpdate(ivan, 'Nadia'));
    const stranger = await queue({ ...statusUpdate({ id: '', email: uniqueEmail('no-account') }, 'Nadia'), userId: null });
    for (const id of [update!, stranger!]) {
      expect((await prisma.notification.findUniqueOrThrow({ where: { id } })).status).toBe('QUEUED');
      expect(await jobCount(id)).toBe(1);
    }
  });
});

describe('the daily digest', () => {
  it('sends one email with both held updates, links them to it, and sends nothing on a second run', async () => {
    const dana = await person('DAILY_DIGEST');
    const a = await queue(statusUpdate(dana, 'Nadia Nominee'));
    const b = await queue({
      ...statusUpdate(dana, 'Omar Nominee'),
      data: { ...statusUpdate(dana, 'x').data, nomineeName: 'Omar Nominee', event: 'SUBMITTED' },
    });

    // Before 08:00 in the person's time zone nothing goes out.
    await sendDailyDigests(new Date(`${today}T07:30:00Z`));
    expect(await digestsOf(dana.id)).toHaveLength(0);

    await sendDailyDigests(morning);
    const digests = await digestsOf(dana.id);
    expect(digests).toHaveLength(1);
    const digest = digests[0]!;
    expect(digest).toMatchObject({
      subject: 'Your daily summary: 2 updates',
      urgency: 'IMMEDIATE',
      status: 'QUEUED',
      toEmail: dana.email,
      dedupeKey: digestKey(dana.id, today),
    });
    expect(digest.textBody).toContain('Nadia Nominee accepted the nomination');
    expect(digest.textBody).toContain('Nadia Nominee accepted the nomination in Azure and is now preparing 12 months of evidence.');
    expect(digest.textBody).toContain('Omar Nominee submitted their evidence');
    expect(await jobCount(digest.id)).toBe(1);
    const parts = await prisma.notification.findMany({ where: { id: { in: [a!, b!] } } });
    expect(parts.map((p) => [p.status, p.digestId])).toEqual([
      ['DIGESTED', digest.id],
      ['DIGESTED', digest.id],
    ]);

    await sendDailyDigests(morning);
    await sendDailyDigests(new Date(morning.getTime() + 3 * 3_600_000));
    expect(await digestsOf(dana.id)).toHaveLength(1);

    // An update held after today's digest waits for tomorrow's.
    const late = await queue(statusUpdate(dana, 'Pia Nominee'));
    await sendDailyDigests(new Date(morning.getTime() + 3_600_000));
    expect(await digestsOf(dana.id)).toHaveLength(1);
    expect((await prisma.notification.findUniqueOrThrow({ where: { id: late! } })).digestId).toBeNull();
    const tomorrow = new Date(morning.getTime() + 24 * 3_600_000);
    await sendDailyDigests(tomorrow);
    const next = (await digestsOf(dana.id)).find((d) => d.id !== digest.id);
    expect(next?.subject).toBe('Your daily summary: 1 update');
    expect((await prisma.notification.findUniqueOrThrow({ where: { id: late! } })).digestId).toBe(next!.id);
  });

  it('sends one digest when two workers run it at the same moment', async () => {
    const dana = await person('DAILY_DIGEST');
    const ids = [];
    for (const n of ['Ada', 'Ben', 'Cy']) ids.push(await queue(statusUpdate(dana, n)));
    await Promise.all([sendDailyDigests(morning), sendDailyDigests(morning), sendDailyDigests(morning)]);
    const digests = await digestsOf(dana.id);
    expect(digests).toHaveLength(1);
    expect(digests[0]!.subject).toBe('Your daily summary: 3 updates');
    const parts = await prisma.notification.findMany({ where: { id: { in: ids as string[] } }, select: { digestId: true } });
    expect(parts.every((p) => p.digestId === digests[0]!.id)).toBe(true);
  });

  it('follows the person’s time zone: 09:00 UTC is too early in Los Angeles', async () => {
    const lee = await createUser({ name: 'Lee LA', email: uniqueEmail('notify-la'), timeZone: 'America/Los_Angeles' });
    await prisma.user.update({ where: { id: lee.id }, data: { notificationMode: 'DAILY_DIGEST' } });
    await queue(statusUpdate(lee, 'Nadia'));
    await sendDailyDigests(morning); // 01:00 or 02:00 in Los Angeles
    expect(await digestsOf(lee.id)).toHaveLength(0);
    await sendDailyDigests(new Date(`${today}T17:00:00Z`)); // 09:00 or 10:00 there
    expect(await digestsOf(lee.id)).toHaveLength(1);
  });

  it('is delivered with a plain-text and an HTML part, an unsubscribe link in both, and one-click headers', async () => {
    const dana = await person('DAILY_DIGEST');
    await queue(statusUpdate(dana, 'Nadia Nominee'));
    await queue(statusUpdate(dana, 'Omar Nominee'));
    await sendDailyDigests(morning);
    const [digest] = await digestsOf(dana.id);
    expect(await deliverNotification(digest!.id, { isLastAttempt: false })).toBe('sent');
    const [mail] = readMailbox(inject('mailboxDir'), { to: dana.email });
    expect(mail?.subject).toBe('Your daily summary: 2 updates');
    expect(mail!.text).toContain('Nadia Nominee accepted the nomination');
    expect(mail!.text).toContain('Omar Nominee accepted the nomination');
    expect(mail!.html).toContain('<h2');
    expect(mail!.html).toContain('Omar Nominee accepted the nomination');
    const token = signUnsubscribeToken(dana.id, SECRET);
    expect(mail!.text).toContain(`http://localhost:3000/unsubscribe/${token}`);
    expect(mail!.html).toContain(`href="http://localhost:3000/unsubscribe/${token}"`);
    expect(mail!.listUnsubscribe).toBe(`<http://localhost:3000/api/unsubscribe/${token}>`);
    expect(mail!.listUnsubscribePost).toBe('List-Unsubscribe=One-Click');
    expect((await prisma.notification.findUniqueOrThrow({ where: { id: digest!.id } })).status).toBe('SENT');
  });

  it('sends a sign-in link without an unsubscribe link or header', async () => {
    const ivan = await person('IMMEDIATE', 'Ivan Immediate');
    const id = await queue(signInLink(ivan));
    expect(await deliverNotification(id!, { isLastAttempt: false })).toBe('sent');
    const [mail] = readMailbox(inject('mailboxDir'), { to: ivan.email });
    expect(mail!.text).toContain('/api/auth/callback/nodemailer?token=');
    expect(mail!.html).toContain('Sign in');
    expect(mail!.text).not.toContain('/unsubscribe/');
    expect(mail!.listUnsubscribe).toBeUndefined();
  });
});

describe('the unsubscribe link', () => {
  it('names the person, turns optional emails off (audited), and drops what was held for the digest', async () => {
    const dana = await person('DAILY_DIGEST');
    const held = await queue(statusUpdate(dana, 'Nadia'));
    const token = signUnsubscribeToken(dana.id, SECRET);
    expect(await checkUnsubscribeToken(token)).toMatchObject({ kind: 'ok', email: dana.email, name: 'Dana Digest', mode: 'DAILY_DIGEST' });
    // Looking does not unsubscribe.
    expect((await prisma.user.findUniqueOrThrow({ where: { id: dana.id } })).notificationMode).toBe('DAILY_DIGEST');

    expect(await unsubscribeWithToken(token, 'page')).toBe(true);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: dana.id } })).notificationMode).toBe('OFF');
    expect((await prisma.notification.findUniqueOrThrow({ where: { id: held! } })).status).toBe('SUPPRESSED');
    const audit = await prisma.auditEvent.findMany({ where: { action: 'notifications.unsubscribed', entityId: dana.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.before).toEqual({ notificationMode: 'DAILY_DIGEST' });
    expect(audit[0]!.after).toMatchObject({ notificationMode: 'OFF', via: 'page' });

    // Again: harmless, and not audited twice. Later optional emails are not sent; sign-in links are.
    expect(await unsubscribeWithToken(token, 'page')).toBe(true);
    expect(await prisma.auditEvent.count({ where: { action: 'notifications.unsubscribed', entityId: dana.id } })).toBe(1);
    const later = await queue(statusUpdate(dana, 'Omar'));
    expect((await prisma.notification.findUniqueOrThrow({ where: { id: later! } })).status).toBe('SUPPRESSED');
    await sendDailyDigests(morning);
    expect(await digestsOf(dana.id)).toHaveLength(0);
  });

  it('refuses a tampered or made-up token and changes nothing', async () => {
    const ivan = await person('IMMEDIATE', 'Ivan Immediate');
    const other = await person('IMMEDIATE', 'Otto Other');
    const token = signUnsubscribeToken(ivan.id, SECRET);
    const forged = `${other.id}${token.slice(ivan.id.length)}`;
    const flipped = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    for (const bad of [forged, flipped, ivan.id, 'nonsense', signUnsubscribeToken(ivan.id, 'another-secret-of-enough-length')]) {
      expect(await checkUnsubscribeToken(bad)).toEqual({ kind: 'invalid' });
      expect(await unsubscribeWithToken(bad, 'page')).toBe(false);
    }
    const modes = await prisma.user.findMany({ where: { id: { in: [ivan.id, other.id] } }, select: { notificationMode: true } });
    expect(modes.map((m) => m.notificationMode)).toEqual(['IMMEDIATE', 'IMMEDIATE']);
  });

  it('works by one-click POST (RFC 8058); opening the address with GET changes nothing', async () => {
    const ivan = await person('IMMEDIATE', 'Ivan Immediate');
    const token = signUnsubscribeToken(ivan.id, SECRET);
    const url = `http://localhost:3000/api/unsubscribe/${token}`;
    const params = { params: Promise.resolve({ token }) };

    const get = await oneClickGet(new Request(url), { params: Promise.resolve({ token }) });
    expect(get.status).toBe(303);
    expect(get.headers.get('location')).toBe(`/unsubscribe/${token}`);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: ivan.id } })).notificationMode).toBe('IMMEDIATE');

    const bad = await oneClickPost(new Request(`${url}x`, { method: 'POST', body: 'List-Unsubscribe=One-Click' }), {
      params: Promise.resolve({ token: `${token}x` }),
    });
    expect(bad.status).toBe(404);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: ivan.id } })).notificationMode).toBe('IMMEDIATE');

    const post = await oneClickPost(new Request(url, { method: 'POST', body: 'List-Unsubscribe=One-Click' }), params);
    expect(post.status).toBe(200);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: ivan.id } })).notificationMode).toBe('OFF');
    const audit = await prisma.auditEvent.findFirst({ where: { action: 'notifications.unsubscribed', entityId: ivan.id } });
    expect(audit?.after).toMatchObject({ via: 'one-click' });
  });
});

describe('the admin email list', () => {
  const filter = (raw: Record<string, unknown>) => notificationFilterSchema.parse(raw);

  it('filters by status, template, recipient and date, newest first, and pages', async () => {
    const admin = await viewerOf(await createUser({ roles: ['ADMIN'] }));
    const marker = unique('adminlist');
    const dana = await person('DAILY_DIGEST');
    await prisma.user.update({ where: { id: dana.id }, data: { email: `${marker}-dana@example.test` } });
    const olive = await person('OFF');
    await prisma.user.update({ where: { id: olive.id }, data: { email: `${marker}-olive@example.test` } });
    const danaRow = { id: dana.id, email: `${marker}-dana@example.test` };
    const oliveRow = { id: olive.id, email: `${marker}-olive@example.test` };
    const held = await queue(statusUpdate(danaRow, 'Nadia'));
    const suppressed = await queue(statusUpdate(oliveRow, 'Nadia'));
    const link = await queue(signInLink(danaRow));
    const retrying = await queue(signInLink(oliveRow));
    await prisma.notification.update({ where: { id: retrying! }, data: { attempts: 2, lastError: 'connection refused' } });

    const all = await listNotifications(admin, filter({ recipient: marker.toUpperCase() }));
    expect(all.notifications.map((n) => n.id)).toEqual([retrying, link, suppressed, held]);
    expect(all.notifications.map((n) => n.state)).toEqual(['RETRYING', 'QUEUED', 'SUPPRESSED', 'DIGESTED']);

    const ids = async (raw: Record<string, unknown>) =>
      (await listNotifications(admin, filter({ recipient: marker, ...raw }))).notifications.map((n) => n.id);
    expect(await ids({ status: 'SUPPRESSED' })).toEqual([suppressed]);
    expect(await ids({ status: 'DIGESTED' })).toEqual([held]);
    expect(await ids({ status: 'RETRYING' })).toEqual([retrying]);
    expect(await ids({ status: 'QUEUED' })).toEqual([link]);
    expect(await ids({ template: 'auth.sign-in-link' })).toEqual([retrying, link]);
    expect(await ids({ recipient: `${marker}-olive` })).toEqual([retrying, suppressed]);
    expect(await ids({ from: today, to: today })).toHaveLength(4);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    expect(await ids({ from: tomorrow })).toEqual([]);
    // Malformed filters are ignored rather than refused.
    expect(await ids({ status: 'NOPE', from: 'yesterday' })).toHaveLength(4);

    await prisma.notification.createMany({
      data: Array.from({ length: 50 }, (_, i) => ({
        toEmail: `${marker}-bulk@example.test`,
        template: 'auth.sign-in-link',
        subject: `Bulk ${i}`,
        textBody: 'x',
        htmlBody: '<p>x</p>',
        urgency: 'IMMEDIATE' as const,
        status: 'SENT' as const,
      })),
    });
    const first = await listNotifications(admin, filter({ recipient: marker }));
    expect(first.notifications).toHaveLength(50);
    expect(first.hasMore).toBe(true);
    const second = await listNotifications(admin, filter({ recipient: marker, page: '2' }));
    expect(second.notifications).toHaveLength(4);
    expect(second.hasMore).toBe(false);
  });

  it('shows one email with both parts and its digest, and the digest with its parts', async () => {
    const admin = await viewerOf(await createUser({ roles: ['ADMIN'] }));
    const dana = await person('DAILY_DIGEST');
    const part = await queue(statusUpdate(dana, 'Nadia'));
    await sendDailyDigests(morning);
    const shown = await getNotification(admin, part!);
    expect(shown?.textBody).toContain('Nadia accepted the nomination');
    expect(shown?.htmlBody).toContain('<h1');
    expect(shown?.digest?.subject).toBe('Your daily summary: 1 update');
    const digest = await getNotification(admin, shown!.digest!.id);
    expect(digest?.parts.map((p) => p.id)).toEqual([part]);
    expect(await getNotification(admin, 'not-a-uuid')).toBeNull();
  });

  it('resends a failed email once (audited) and refuses any other', async () => {
    const admin = await viewerOf(await createUser({ roles: ['ADMIN'] }));
    const ivan = await person('IMMEDIATE');
    const id = await queue(signInLink(ivan));
    await expect(resendNotification(admin, { id: id! })).rejects.toMatchObject({ code: 'CONFLICT' });
    await prisma.notification.update({ where: { id: id! }, data: { status: 'FAILED', attempts: 7, lastError: 'mailbox unavailable' } });
    const jobsBefore = await jobCount(id!);

    await resendNotification(admin, { id: id! });
    expect(await prisma.notification.findUniqueOrThrow({ where: { id: id! } })).toMatchObject({ status: 'QUEUED' });
    expect(await jobCount(id!)).toBe(jobsBefore + 1);
    const audit = await prisma.auditEvent.findFirst({ where: { action: 'notification.resent', entityId: id! } });
    expect(audit).toMatchObject({ actorId: admin.id });
    expect(audit?.before).toMatchObject({ status: 'FAILED', lastError: 'mailbox unavailable' });
    await expect(resendNotification(admin, { id: id! })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(resendNotification(admin, { id: '01937a2b-1c2d-7e3f-8a9b-0c1d2e3f4a5b' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses everyone but admins', async () => {
    const reviewer = await viewerOf(await createUser({ roles: ['REVIEWER'] }));
    const ivan = await person('IMMEDIATE');
    const id = await queue(signInLink(ivan));
    await prisma.notification.update({ where: { id: id! }, data: { status: 'FAILED' } });
    await expect(listNotifications(reviewer, filter({}))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getNotification(reviewer, id!)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(resendNotification(reviewer, { id: id! })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(listNotifications(null, filter({}))).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await prisma.notification.findUniqueOrThrow({ where: { id: id! } })).status).toBe('FAILED');
  });
});
