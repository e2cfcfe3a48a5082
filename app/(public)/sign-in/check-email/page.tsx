import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('signInSteps'))('checkEmailTitle') };
}

export default async function CheckEmailPage() {
  const t = await getTranslations('signInSteps');
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t('checkEmailTitle')}</h1>
      <Alert tone="success" title={t('onItsWay')}>
        {t('openWithin')}
      </Alert>
      <p className="text-slate-700">
        {t.rich('nothingYet', {
          link: (chunks) => (
            <Link href="/sign-in" className="font-medium text-brand-700 underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
    </div>
  );
}
