import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { richLink } from '@/components/ui/rich-link';
import { SignUpForm } from '@/components/auth/sign-up-form-lazy';
import { Card } from '@/components/ui/card';
import { getViewer } from '@/lib/auth/guards';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth'))('signUpTitle') };
}

export default async function SignUpPage() {
  if (await getViewer()) redirect('/dashboard');
  const [t, locale] = await Promise.all([getTranslations('auth'), getLocale()]);
  const copy = {
    name: t('fullName'),
    email: t('emailAddress'),
    emailHint: t('emailHint'),
    creating: t('creatingAccount'),
    create: t('createAccountButton'),
  };
  return (
    <div className="mx-auto max-w-md space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t('signUpTitle')}</h1>
        <p className="mt-1 text-slate-700">
          {t.rich('signUpIntro', {
            link: richLink('/sign-in'),
          })}
        </p>
      </div>
      <Card>
        <SignUpForm copy={copy} locale={locale} />
      </Card>
      <p className="text-sm text-slate-700">{t('signUpAfter')}</p>
    </div>
  );
}
