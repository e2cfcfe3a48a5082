'use server';

import { AuthError } from 'next-auth';
import { definePublicAction } from '@/lib/actions/define-action';
import { signIn } from '@/lib/auth/config';
import { createAccount } from '@/lib/auth/accounts';
import { emailSignInSchema, passwordSignInSchema, safeCallbackUrl, signUpSchema } from '@/lib/auth/schema';
import { AppError } from '@/lib/errors';

/** Signs in with email and password; a wrong pair gets one clear message, never which part was wrong. */
export const signInWithPassword = definePublicAction(passwordSignInSchema, async (input) => {
  try {
    await signIn('password', { email: input.email, password: input.password, redirectTo: safeCallbackUrl(input.callbackUrl) });
  } catch (error) {
    if (error instanceof AuthError && error.type === 'CredentialsSignin') {
      throw new AppError('INVALID', 'That email and password do not match an account. Check them, or sign in with an email link instead.');
    }
    throw error;
  }
});

/** Emails a single-use sign-in link; the page then says to check the inbox. */
export const sendSignInLink = definePublicAction(emailSignInSchema, async (input) => {
  await signIn('nodemailer', { email: input.email, redirectTo: safeCallbackUrl(input.callbackUrl) });
});

/** Creates an account (or finds the existing one for that email) and emails a sign-in link. */
export const signUp = definePublicAction(signUpSchema, async (input) => {
  await createAccount(input);
  await signIn('nodemailer', { email: input.email, redirectTo: '/dashboard' });
});
