import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { NewSignInLinkHint } from '@/components/auth/new-link-hint';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { safeCallbackUrl } from '@/lib/auth/schema';
import { checkSignInLink, signInCallbackPath } from '@/lib/auth/sign-in-link';

export const dynamic = 'force-dynamic';

// The address bar holds a working link: never send it on as a referrer, never index it.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('signInSteps');
  return { title: t('confirmTitle'), referrer: 'no-referrer', robots: { index: false, follow: false } };
}

type Params = { token?: string; email?: string; callbackUrl?: string };

/** The page an emailed sign-in link opens. Opening it uses nothing up (mail scanners open links
 * before people do); its button posts to Auth.js's email callback, which uses the link once and signs
 * the person in. A link that no longer works says so and offers a new one. */
export default async function ConfirmSignInPage({ searchParams }: { searchParams: Promise<Params> }) {
  const { token = '', email = '', callbackUrl } = await searchParams;
  const [state, t] = await Promise.all([checkSignInLink(email, token), getTranslations('signInSteps')]);
  if (state !== 'valid') {
    return (
      <div className="mx-auto max-w-md space-y-4">
        <h1 className="text-2xl font-bold">{t('linkGone')}</h1>
        <Alert tone="error">
          {state === 'expired' ? t('expired') : t('used')} {t('worksOnceSuffix')}
        </Alert>
        <NewSignInLinkHint />
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">{t('confirmTitle')}</h1>
      <Card>
        <p className="text-slate-800">
          {t.rich('signInAs', { email, strong: (chunks) => <span className="font-medium text-slate-900">{chunks}</span> })}
        </p>
        <form method="post" action={signInCallbackPath({ token, email, callbackUrl: safeCallbackUrl(callbackUrl) })} className="mt-4">
          <Button type="submit">{t('signInAsButton', { email })}</Button>
        </form>
        <p className="mt-4 text-sm text-slate-700">{t('linkWorksOnce')}</p>
      </Card>
    </div>
  );
}
