import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { richLink } from '@/components/ui/rich-link';
import { getTranslations } from 'next-intl/server';
import { signInCopy } from '@/components/auth/sign-in-copy';
import { EmailLinkForm, PasswordForm } from '@/components/auth/sign-in-forms-lazy';
import { Card } from '@/components/ui/card';
import { buttonClass } from '@/components/ui/button';
import { getViewer } from '@/lib/auth/guards';
import { signInWithEntraAction } from '@/lib/auth/actions';
import { isEntraConfigured } from '@/lib/env';
import { safeCallbackUrl } from '@/lib/auth/schema';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth'))('signInTitle') };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; with?: string }> }) {
  const { callbackUrl, with: method } = await searchParams;
  const returnTo = safeCallbackUrl(callbackUrl);
  if (await getViewer()) redirect(returnTo);
  const [t, copy] = await Promise.all([getTranslations('auth'), signInCopy()]);
  return (
    <div className="mx-auto max-w-md space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t('signInTitle')}</h1>
        <p className="mt-1 text-slate-700">
          {t.rich('newHere', {
            link: richLink('/sign-up'),
          })}
        </p>
      </div>
      <Card title={t('withEmailLink')}>
        <EmailLinkForm callbackUrl={returnTo} copy={copy} />
      </Card>
      {isEntraConfigured() ? (
        <Card title={t('withWorkAccount')}>
          <form action={signInWithEntraAction.bind(null, returnTo)}>
            <button type="submit" className={buttonClass('secondary', 'w-full')}>
              {t('signInWithEntra')}
            </button>
          </form>
        </Card>
      ) : null}
      {/* One email field in sight at a time: the password form, for the few accounts that have one, opens on request. */}
      <details open={method === 'password'} className="group rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <summary className="cursor-pointer font-semibold text-slate-900">{t('passwordInstead')}</summary>
        <p className="mt-3 mb-4 text-sm text-slate-700">{t('passwordAccounts')}</p>
        <PasswordForm callbackUrl={returnTo} copy={copy} />
      </details>
    </div>
  );
}
