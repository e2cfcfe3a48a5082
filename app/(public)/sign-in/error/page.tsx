import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { NewSignInLinkHint } from '@/components/auth/new-link-hint';
import { Alert } from '@/components/ui/alert';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('signInSteps'))('errorMetaTitle') };
}

/** Auth.js's error codes a person can meet, each said in plain words. */
const KNOWN = ['Verification', 'AccessDenied', 'Configuration'] as const;
const isKnown = (code: string | undefined): code is (typeof KNOWN)[number] => KNOWN.includes(code as (typeof KNOWN)[number]);

export default async function SignInErrorPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const [{ error }, t] = await Promise.all([searchParams, getTranslations('signInSteps')]);
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t('errorTitle')}</h1>
      <Alert tone="error">{isKnown(error) ? t(`errors.${error}`) : t('errors.other')}</Alert>
      <NewSignInLinkHint />
    </div>
  );
}
