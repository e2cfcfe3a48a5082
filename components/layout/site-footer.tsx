import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export async function SiteFooter() {
  const t = await getTranslations('layout');
  return (
    <footer className="mt-16 border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap justify-between gap-4 px-4 py-6 text-sm text-slate-700">
        <p>{t('footerNote')}</p>
        <div className="flex flex-wrap gap-4">
          <Link href="/" className="underline hover:text-slate-900">
            {t('aboutPrograms')}
          </Link>
          <Link href="/providers" className="underline hover:text-slate-900">
            {t('iscProviders')}
          </Link>
          <Link href="/privacy" className="underline hover:text-slate-900">
            {t('privacy')}
          </Link>
        </div>
      </div>
    </footer>
  );
}
