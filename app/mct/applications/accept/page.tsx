import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PROVIDER_APPLICATION_DAYS } from '@/lib/mct/lifecycle';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('mctAccept'))('linkTitle') };
}

/** Where a provider-started application's link leads when it no longer works. Says why and what to
 * do; never shows the application (whoever holds the link may not be its candidate). */
export default async function ApplicationLinkPage({ searchParams }: { searchParams: Promise<{ link?: string }> }) {
  const { link } = await searchParams;
  const t = await getTranslations('mctAccept');
  const kind = link === 'expired' || link === 'used' ? link : 'unknown';
  const copy = { title: t(`${kind}.title`), body: t(`${kind}.body`, { days: PROVIDER_APPLICATION_DAYS }) };
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <h1 className="text-2xl font-bold">{copy.title}</h1>
      <Card>
        <p className="text-slate-800">{copy.body}</p>
        <div className="mt-4 flex flex-wrap gap-3">
          <ButtonLink href="/sign-in?callbackUrl=%2Fmct">{t('signIn')}</ButtonLink>
          <ButtonLink href="/" variant="secondary">
            {t('about')}
          </ButtonLink>
        </div>
      </Card>
    </div>
  );
}
