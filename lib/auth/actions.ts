'use server';

import { definePublicAction } from '@/lib/actions/define-action';
import { emailSignInSchema, passwordSignInSchema, signUpSchema } from './schema';
import { sendSignInLink, signInWithEntra, signInWithPassword, signOutToHome, signUp } from './sign-in';

/** Signs in with email and password. */
export const signInWithPasswordAction = definePublicAction(passwordSignInSchema, signInWithPassword);

/** Emails a single-use sign-in link. */
export const sendSignInLinkAction = definePublicAction(emailSignInSchema, sendSignInLink);

/** Creates an account (or finds the existing one) and emails a sign-in link. */
export const signUpAction = definePublicAction(signUpSchema, signUp);

/** Signs the current person out and returns them to the home page. */
export async function signOutAction(): Promise<void> {
  await signOutToHome();
}

/** The "Sign in with Microsoft Entra ID" button (bound to the page's return path, checked again). */
export async function signInWithEntraAction(callbackUrl: string): Promise<void> {
  await signInWithEntra(callbackUrl);
}
