// Abuse cases from the security review (issue 15), against the real services and PostgreSQL: what
// an attacker tries beyond the authorization matrix (tests/integration/authorization-matrix.test.ts).
import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { signUpWithLink } from '@/lib/auth/accounts';
import { DEMO_PASSWORD } from '@/lib/auth/demo';
import { hashPassword } from '@/lib/auth/password';
import { authorizePassword } from '@/lib/auth/password-sign-in';
import { checkSignInLink, sendSignInLinkEmail } from '@/lib/auth/sign-in-link';
import { limitSignInLink } from '@/lib/auth/sign-in-limits';
import { prisma } from '@/lib/db';
import { env } from '@/lib/env';
import { SOCKET_IP_HEADER } from '@/lib/security/client-ip';
import { hitRateLimit, RATE_LIMITS, rateLimitKey } from '@/lib/security/rate-limit';
import { DRAFT_MAX_CHARS, DRAFTS_PER_PERSON, saveDraftSchema } from '@/lib/drafts/schema';
import { saveFormDraft } from '@/lib/drafts/service';
import { loadViewer } from '@/lib/auth/viewer';
import { createUser, uniqueEmail } from '@/tests/support/factories';
import { controlFlowOf, setRequestHeaders } from '@/tests/support/next-runtime';
import { sentLinkOf } from '@/tests/support/sent-link';

vi.mock('@/lib/auth/guards', () => ({ getViewer: () => Promise.reject(new Error('not used')) }));
vi.mock('next-auth', async () => (await import('@/tests/support/next-runtime')).nextAuthShim);
vi.mock('next/headers', async () => (await import('@/tests/support/next-runtime')).nextHeadersShim);

const headers = () => new Headers({ 'x-forwarded-for': `198.51.100.${Math.floor(Math.random() * 250)}` });

describe('the demo password on a real deployment', () => {
  it('opens a demo account only where demo data is allowed (not NODE_ENV=production without DEMO_MODE)', async () => {
    const email = uniqueEmail('demo', 'demo.test');
    await prisma.user.create({ data: { email, name: 'Demo Person', passwordHash: await hashPassword(DEMO_PASSWORD) } });
    expect(await authorizePassword({ email, password: DEMO_PASSWORD }, headers(), false)).toBeNull();
    expect(await authorizePassword({ email, password: DEMO_PASSWORD }, headers(), true)).toMatchObject({ email });
  });

  it('leaves other passwords alone', async () => {
    const email = uniqueEmail('real');
    await prisma.user.create({ data: { email, name: 'Real Person', passwordHash: await hashPassword('a-long-real-password') } });
    expect(await authorizePassword({ email, password: 'a-long-real-password' }, headers(), false)).toMatchObject({ email });
  });
});

describe('sign-up under the sign-in link limits', () => {
  it('counts first: a refused sign-up creates no account, and one sign-up counts one link', async () => {
    const ip = { [SOCKET_IP_HEADER]: `192.0.2.${Math.floor(Math.random() * 250)}` };
    const ipLimit = RATE_LIMITS['sign-in-link:ip'].limit;
    const hits = (await prisma.rateLimitBucket.findMany({ where: { key: rateLimitKey('sign-in-link:ip', ip[SOCKET_IP_HEADER]) } })).reduce(
      (n, b) => n + b.count,
      0,
    );
    // Auth.js's own count, as sendVerificationRequest makes it (lib/auth/sign-in-link.ts).
    const sendLink = (email: string) => () => limitSignInLink(email, new Headers(ip));

    const first = uniqueEmail('signup');
    await signUpWithLink({ name: 'First Person', email: first }, new Headers(ip), sendLink(first));
    const after = (await prisma.rateLimitBucket.findMany({ where: { key: rateLimitKey('sign-in-link:ip', ip[SOCKET_IP_HEADER]) } })).reduce(
      (n, b) => n + b.count,
      0,
    );
    expect(after - hits).toBe(1);

    for (let i = after; i < ipLimit; i++) await hitRateLimit('sign-in-link:ip', ip[SOCKET_IP_HEADER]);
    const refused = uniqueEmail('signup');
    await expect(signUpWithLink({ name: 'Refused Person', email: refused }, new Headers(ip), sendLink(refused))).rejects.toThrow(
      /Too many/,
    );
    expect(await prisma.user.count({ where: { email: refused } })).toBe(0);
  });

  it('a forged X-Real-IP or X-Forwarded-For does not escape the per-IP limit without a trusted proxy', async () => {
    const socket = `192.0.2.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < RATE_LIMITS['sign-in-link:ip'].limit; i++) await hitRateLimit('sign-in-link:ip', socket);
    const forged = new Headers({ [SOCKET_IP_HEADER]: socket, 'x-real-ip': '203.0.113.9', 'x-forwarded-for': '203.0.113.10' });
    await expect(limitSignInLink(uniqueEmail('forged'), forged)).rejects.toThrow(/Too many/);
  });
});

describe('the development mailbox', () => {
  const open = async () => {
    const { default: MailboxPage } = await import('@/app/dev/mailbox/page');
    try {
      await MailboxPage({ searchParams: Promise.resolve({}) });
      return 'shown';
    } catch (error) {
      const flow = controlFlowOf(error);
      return flow?.kind === 'http' ? flow.status : error;
    }
  };

  it('is shown only to a browser on the server’s own machine', async () => {
    setRequestHeaders(null);
    expect(await open()).toBe('shown');
    setRequestHeaders({ [SOCKET_IP_HEADER]: '192.0.2.7', host: '192.0.2.1:3000' });
    expect(await open()).toBe(404);
    setRequestHeaders({ [SOCKET_IP_HEADER]: '127.0.0.1', host: 'localhost:3000', 'x-forwarded-for': '203.0.113.4, 127.0.0.1' });
    expect(await open()).toBe(404);
    setRequestHeaders(null);
  });
});

describe('the emailed sign-in link', () => {
  it('opens the confirmation page on the configured public URL, whatever host the request named', async () => {
    const email = uniqueEmail('link');
    const authJsUrl = `https://evil.example/api/auth/callback/nodemailer?callbackUrl=%2Fdashboard&token=${'ab12'.repeat(16)}&email=${encodeURIComponent(email)}`;
    await sendSignInLinkEmail({
      identifier: email,
      url: authJsUrl,
      expires: new Date(Date.now() + 900_000),
      headers: new Headers({ [SOCKET_IP_HEADER]: '192.0.2.200' }),
    });
    const row = await prisma.notification.findFirstOrThrow({ where: { toEmail: email, template: 'auth.sign-in-link' } });
    const link = new URL(sentLinkOf(row));
    expect(link.origin).toBe(env().APP_URL);
    expect(link.pathname).toBe('/sign-in/confirm');
    expect(Object.fromEntries(link.searchParams)).toEqual({ token: 'ab12'.repeat(16), email, callbackUrl: '/dashboard' });
  });

  it('is not used up by opening it: the page only checks it', async () => {
    const email = uniqueEmail('scanned');
    const token = 'cd34'.repeat(16);
    await prisma.verificationToken.create({
      data: {
        identifier: email,
        token: createHash('sha256').update(`${token}${env().AUTH_SECRET}`).digest('hex'),
        expires: new Date(Date.now() + 900_000),
      },
    });
    expect(await checkSignInLink(email, token)).toBe('valid');
    expect(await checkSignInLink(email, token)).toBe('valid');
    expect(await checkSignInLink(email, 'ef56'.repeat(16))).toBe('unknown');
  });
});

describe('form drafts per person', () => {
  it('keeps at most DRAFTS_PER_PERSON, forgetting the least recently saved, and never the one being typed', async () => {
    const person = await createUser({ email: uniqueEmail('drafter') });
    const viewer = (await loadViewer(person.id))!;
    const total = DRAFTS_PER_PERSON + 15;
    for (let i = 0; i < total; i++) {
      await saveFormDraft(viewer, saveDraftSchema.parse({ formKey: `evidence.edit.${i}`, data: { title: `Draft ${i}` } }));
    }
    const kept = await prisma.formDraft.findMany({ where: { userId: person.id }, select: { formKey: true } });
    expect(kept).toHaveLength(DRAFTS_PER_PERSON);
    expect(kept.map((d) => d.formKey)).toContain(`evidence.edit.${total - 1}`);
    expect(kept.map((d) => d.formKey)).not.toContain('evidence.edit.0');
  });

  it('refuses a draft larger than the limit', () => {
    expect(saveDraftSchema.safeParse({ formKey: 'x', data: { text: 'a'.repeat(DRAFT_MAX_CHARS) } }).success).toBe(false);
  });
});
