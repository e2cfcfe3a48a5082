import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { prisma } from '@/lib/db';
import { env } from '@/lib/env';

const SIGN_IN_MINUTES = 5;

/** A URL that signs the holder in as `email` through Auth.js's own email-link callback and then
 * opens `callbackPath`. For links that already prove the address (a nominee's invitation, a
 * provider-started application): following them signs the person in, or up, with that address.
 * The token is stored hashed exactly as Auth.js stores its own (sha256 of token + secret). */
export async function signInUrlFor(email: string, callbackPath: string): Promise<string> {
  const secret = env().AUTH_SECRET;
  if (!secret) throw new Error('AUTH_SECRET is not set');
  const token = randomBytes(32).toString('hex');
  await prisma.verificationToken.create({
    data: {
      identifier: email,
      token: createHash('sha256').update(`${token}${secret}`).digest('hex'),
      expires: new Date(Date.now() + SIGN_IN_MINUTES * 60_000),
    },
  });
  const params = new URLSearchParams({ callbackUrl: callbackPath, token, email });
  return `/api/auth/callback/nodemailer?${params.toString()}`;
}
