import 'server-only';
import { createHash } from 'node:crypto';
import { prisma } from '@/lib/db';
import { env } from '@/lib/env';
import { queueEmail } from '@/lib/notifications/outbox';
import { limitSignInLink } from './sign-in-limits';

/** The link a sign-in email carries: the portal's confirmation page (on the configured public URL,
 * never a host from the request), with the token, address and destination of Auth.js's own link.
 * Opening it uses nothing up (mail scanners open links); its button signs the person in. */
export function emailedSignInUrl(authJsUrl: string, appUrl: string = env().APP_URL): string {
  const params = new URL(authJsUrl).searchParams;
  const out = new URLSearchParams();
  for (const key of ['token', 'email', 'callbackUrl']) {
    const value = params.get(key);
    if (value !== null) out.set(key, value);
  }
  return `${appUrl}/sign-in/confirm?${out.toString()}`;
}

/** Auth.js's sendVerificationRequest: counts the link against the address's and the IP's limits,
 * then queues the email (the worker sends it; the outbox keeps the link sealed). */
export async function sendSignInLinkEmail(p: { identifier: string; url: string; expires: Date; headers: Headers }): Promise<void> {
  await limitSignInLink(p.identifier, p.headers);
  await prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email: p.identifier }, select: { id: true } });
    await queueEmail(tx, {
      to: p.identifier,
      userId: user?.id ?? null,
      template: 'auth.sign-in-link',
      data: { url: emailedSignInUrl(p.url), expires: p.expires },
      urgency: 'IMMEDIATE',
    });
  });
}

export type SignInLinkState = 'valid' | 'expired' | 'unknown';

/** Whether an emailed sign-in link still works, without using it up (the confirmation page shows
 * this; only its button signs in). Auth.js stores sha256(token + secret) per address. */
export async function checkSignInLink(email: string, token: string, now: Date = new Date()): Promise<SignInLinkState> {
  const secret = env().AUTH_SECRET;
  if (!secret || !/^[0-9a-f]{16,128}$/i.test(token) || email.length > 320) return 'unknown';
  const row = await prisma.verificationToken.findUnique({
    where: { identifier_token: { identifier: email, token: createHash('sha256').update(`${token}${secret}`).digest('hex') } },
    select: { expires: true },
  });
  if (!row) return 'unknown';
  return row.expires <= now ? 'expired' : 'valid';
}

/** Where the confirmation page's button posts: Auth.js's email callback, which uses the link up. */
export function signInCallbackPath(p: { token: string; email: string; callbackUrl: string }): string {
  return `/api/auth/callback/nodemailer?${new URLSearchParams(p).toString()}`;
}
