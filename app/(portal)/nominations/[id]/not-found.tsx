import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export default async function NominationNotFound() {
  const t = await getTranslations('nominationNotFound');
  return (
    <div className="mx-auto max-w-lg space-y-3 py-10 text-center">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="text-slate-700">{t('body')}</p>
      <p>
        <Link href="/nominations" className="font-medium text-brand-700 underline">
          {t('link')}
        </Link>
      </p>
    </div>
  );
}
