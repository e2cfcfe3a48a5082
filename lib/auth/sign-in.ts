import 'server-only';
import { AuthError } from 'next-auth';
import { headers } from 'next/headers';
import { AppError } from '@/lib/errors';
import { RateLimitedError } from '@/lib/security/rate-limit';
import { signUpWithLink } from './accounts';
import { signIn, signOut } from './config';
import type { z } from 'zod';
import { safeCallbackUrl, type emailSignInSchema, type passwordSignInSchema, type signUpSchema } from './schema';
import { PasswordSignInLimited, SignInLinkLimited } from './sign-in-limits';

type PasswordSignIn = z.output<typeof passwordSignInSchema>;
type EmailSignIn = z.output<typeof emailSignInSchema>;
type SignUp = z.output<typeof signUpSchema>;

/** Signs in with email and password; a wrong pair gets one clear message, never which part was wrong. */
export async function signInWithPassword(input: PasswordSignIn): Promise<void> {
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
}

/** Emails a single-use sign-in link; the page then says to check the inbox. */
export async function sendSignInLink(input: EmailSignIn): Promise<void> {
  await withLinkLimit(() => signIn('nodemailer', { email: input.email, redirectTo: safeCallbackUrl(input.callbackUrl) }));
}

/** Creates an account (or finds the existing one for that email) and emails a sign-in link; the
 * link is counted against the rate limits first, so a refused sign-up creates nothing. */
export async function signUp(input: SignUp): Promise<void> {
  await withLinkLimit(async () =>
    signUpWithLink(input, await headers(), () => signIn('nodemailer', { email: input.email, redirectTo: '/dashboard' })),
  );
}

/** Hands the person to Microsoft Entra ID, coming back to a same-site path afterwards. */
export async function signInWithEntra(callbackUrl: unknown): Promise<void> {
  await signIn('microsoft-entra-id', { redirectTo: safeCallbackUrl(typeof callbackUrl === 'string' ? callbackUrl : undefined) });
}

/** Signs the current person out and returns them to the home page. */
export async function signOutToHome(): Promise<void> {
  await signOut({ redirectTo: '/' });
}

/** A refused sign-in link becomes the form's "Too many attempts" message. */
async function withLinkLimit(send: () => Promise<unknown>): Promise<void> {
  try {
    await send();
  } catch (error) {
    if (error instanceof SignInLinkLimited) throw new RateLimitedError(error.retryAfterSeconds);
    throw error;
  }
}
