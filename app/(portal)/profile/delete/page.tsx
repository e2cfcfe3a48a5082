import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { ErasureRequestForm } from '@/components/privacy/erasure-request-form-lazy';
import { erasureRequestFormCopy } from '@/components/privacy/erasure-request-form-copy';
import { ErasureSummary } from '@/components/privacy/erasure-summary';
import { Alert } from '@/components/ui/alert';
import { Card, PageHeader } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guards';
import { formatInstant } from '@/lib/format';
import { getOwnPrivacyState } from '@/lib/privacy/queries';
import { DownloadDataForm, DownloadDataInline } from '@/components/privacy/download-data';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('deleteData'))('metaTitle') };
}

export default async function DeleteMyDataPage() {
  const viewer = await requireUser();
  const [state, t, locale, copy] = await Promise.all([
    getOwnPrivacyState(viewer),
    getTranslations('deleteData'),
    getLocale(),
    erasureRequestFormCopy(),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader title={t('title')} description={t('description')} />
      {state.openErasure ? (
        <Alert tone="success" title={t('receivedTitle')}>
          {t('receivedText', { when: formatInstant(state.openErasure.requestedAt, viewer.timeZone, locale) })}
        </Alert>
      ) : null}
      <Card title={t('beforeTitle')}>
        <p className="text-sm text-slate-800">
          {t.rich('beforeText', {
            download: (chunks) => <DownloadDataInline>{chunks}</DownloadDataInline>,
            link: (chunks) => (
              <Link href="/privacy" className="font-medium text-brand-700 underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
        <DownloadDataForm />
      </Card>
      <Card title={t('whatHappens')}>
        <ErasureSummary headingLevel={3} locale={locale} />
      </Card>
      {state.openErasure ? null : (
        <Card title={t('sendTitle')}>
          <ErasureRequestForm copy={copy} />
        </Card>
      )}
      <p className="text-sm">
        <Link href="/profile" className="font-medium text-brand-700 underline">
          {t('back')}
        </Link>
      </p>
    </div>
  );
}
