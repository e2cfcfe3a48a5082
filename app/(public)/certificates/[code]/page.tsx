import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { Card, PageHeader } from '@/components/ui/card';
import { PROGRAM_NAMES } from '@/lib/certificates/schema';
import { verifyCertificate, type CertificateStanding } from '@/lib/certificates/queries';
import { formatDay } from '@/lib/format';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('certificates'))('resultTitle') };
}

const TONE: Record<CertificateStanding, 'success' | 'info' | 'warning'> = {
  CURRENT: 'success',
  UPCOMING: 'success',
  ENDED: 'info',
  REVOKED: 'warning',
};

/** The public check of a certificate: whom it names, for what and when, and whether it still stands. */
export default async function CertificateCheckPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const [certificate, t, locale] = await Promise.all([
    verifyCertificate(decodeURIComponent(code)),
    getTranslations('certificates'),
    getLocale(),
  ]);
  if (!certificate) notFound();
  const day = (key: string) => formatDay(new Date(`${key}T00:00:00Z`), locale);
  const standing = certificate.standing;
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <PageHeader title={t('resultTitle')} description={t('codeLine', { code: certificate.code })} />
      <Alert tone={TONE[standing]} title={t(`standing.${standing}.title`)}>
        {t(`standing.${standing}.text`)}
      </Alert>
      <Card title={t('whatItCertifies')}>
        <dl className="grid gap-3 text-sm sm:grid-cols-[12rem_1fr]">
          <dt className="font-medium text-slate-600">{t('name')}</dt>
          <dd>{certificate.holderName}</dd>
          <dt className="font-medium text-slate-600">{t('program')}</dt>
          <dd>{PROGRAM_NAMES[certificate.kind]}</dd>
          {certificate.category ? (
            <>
              <dt className="font-medium text-slate-600">{t('category')}</dt>
              <dd>{certificate.category}</dd>
            </>
          ) : null}
          <dt className="font-medium text-slate-600">{certificate.kind === 'MVP' ? t('awardYear') : t('membershipYear')}</dt>
          <dd>
            {day(certificate.startsOn)} – {day(certificate.endsOn)}
          </dd>
          <dt className="font-medium text-slate-600">{t('issued')}</dt>
          <dd>{formatDay(certificate.issuedAt, locale)}</dd>
        </dl>
      </Card>
      <p className="text-sm text-slate-700">
        {t('nameNote')}{' '}
        <Link href="/certificates" className="font-medium text-brand-700 underline">
          {t('another')}
        </Link>
        .
      </p>
    </div>
  );
}
