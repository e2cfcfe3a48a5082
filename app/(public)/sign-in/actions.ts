'use server';

import { AuthError } from 'next-auth';
import { headers } from 'next/headers';
import { definePublicAction } from '@/lib/actions/define-action';
import { signIn } from '@/lib/auth/config';
import { signUpWithLink } from '@/lib/auth/accounts';
import { emailSignInSchema, passwordSignInSchema, safeCallbackUrl, signUpSchema } from '@/lib/auth/schema';
import { PasswordSignInLimited, SignInLinkLimited } from '@/lib/auth/sign-in-limits';
import { AppError } from '@/lib/errors';
import { RateLimitedError } from '@/lib/security/rate-limit';

/** Signs in with email and password; a wrong pair gets one clear message, never which part was wrong. */
export const signInWithPassword = definePublicAction(passwordSignInSchema, async (input) => {
  try {
    await signIn('password', { email: input.email, password: input.password, redirectTo: safeCallbackUrl(input.callbackUrl) });
  } catch (error) {
    // Counted per address and per IP whether or not an account exists (lib/security/rate-limit.ts).
    if (error instanceof PasswordSignInLimited) throw new RateLimitedError(error.retryAfterSeconds);
    if (error instanceof AuthError && error.type === 'CredentialsSignin') {
      throw new AppError('INVALID', 'That email and password do not match an account. Check them, or sign in with an email link instead.');
    }
    throw error;
  }
});

/** Emails a single-use sign-in link; the page then says to check the inbox. */
export const sendSignInLink = definePublicAction(emailSignInSchema, async (input) => {
  await withLinkLimit(() => signIn('nodemailer', { email: input.email, redirectTo: safeCallbackUrl(input.callbackUrl) }));
});

/** Creates an account (or finds the existing one for that email) and emails a sign-in link; the
 * link is counted against the rate limits first, so a refused sign-up creates nothing. */
export const signUp = definePublicAction(signUpSchema, async (input) => {
  await withLinkLimit(async () =>
    signUpWithLink(input, await headers(), () => signIn('nodemailer', { email: input.email, redirectTo: '/dashboard' })),
  );
});

/** A refused sign-in link becomes the form's "Too many attempts" message. */
async function withLinkLimit(send: () => Promise<unknown>): Promise<void> {
  try {
    await send();
  } catch (error) {
    if (error instanceof SignInLinkLimited) throw new RateLimitedError(error.retryAfterSeconds);
    throw error;
  }
}
