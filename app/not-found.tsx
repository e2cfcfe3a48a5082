import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export default async function NotFound() {
  const t = await getTranslations('errorPages');
  return (
    <div className="mx-auto max-w-lg space-y-3 py-10 text-center">
      <h1 className="text-2xl font-bold">{t('notFoundTitle')}</h1>
      <p className="text-slate-700">{t('notFoundText')}</p>
      <p>
        <Link href="/dashboard" className="font-medium text-brand-700 underline">
          {t('toDashboard')}
        </Link>
      </p>
    </div>
  );
}
