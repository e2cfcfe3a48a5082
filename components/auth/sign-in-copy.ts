import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { SignInCopy } from './sign-in-forms';

/** The sign-in forms' words in the request's language, for the pages that show them. */
export async function signInCopy(): Promise<SignInCopy> {
  const t = await getTranslations('auth');
  return {
    email: t('emailAddress'),
    password: t('password'),
    sending: t('sending'),
    sendLink: t('emailMeLink'),
    signingIn: t('signingIn'),
    signInWithPassword: t('signInWithPassword'),
  };
}
