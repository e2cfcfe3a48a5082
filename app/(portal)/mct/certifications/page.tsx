import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { ActionButton } from '@/components/ui/action-button';
import { CertificationForm } from '@/components/mct/certification-form-lazy';
import { HeldCertificationForm } from '@/components/mct/held-certification-form-lazy';
import { mctFormsCopy } from '@/components/mct/form-copy';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guards';
import { formatDayKey } from '@/lib/format';
import { getMyCertifications } from '@/lib/mct/queries';
import { removeCertificationAction } from '@/lib/mct/actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('mctCertifications'))('title') };
}

export default async function MyCertificationsPage() {
  const [viewer, locale] = await Promise.all([requireUser(), getLocale()]);
  const [{ held, catalogue }, t, copy] = await Promise.all([
    getMyCertifications(viewer, new Date(), locale),
    getTranslations('mctCertifications'),
    mctFormsCopy(),
  ]);
  const day = (key: Parameters<typeof formatDayKey>[0]) => formatDayKey(key, locale);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t('title')}
        description={t.rich('description', {
          link: (chunks) => (
            <Link href="/mct" className="font-medium text-brand-700 underline">
              {chunks}
            </Link>
          ),
        })}
      />
      <div className="grid gap-6 lg:grid-cols-5">
        <div className="lg:col-span-3">
          <Card title={t('onRecord')}>
            {held.length === 0 ? (
              <EmptyState title={t('none')}>{t('noneText')}</EmptyState>
            ) : (
              <ul className="divide-y divide-slate-200">
                {held.map((c) => (
                  <li key={c.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
                    <div>
                      <p className="font-medium">
                        {c.code}: {c.name}
                      </p>
                      <p className="text-sm text-slate-700">
                        {t('credential', { credential: c.credentialId, date: day(c.earnedOn) })}
                        {c.expiresOn ? t('expires', { date: day(c.expiresOn) }) : t('noExpiry')}
                      </p>
                      <p className={`text-sm font-medium ${c.problem ? 'text-amber-900' : 'text-green-900'}`}>{c.problem ?? t('counts')}</p>
                      <details className="mt-1 text-sm">
                        <summary className="cursor-pointer font-medium text-brand-700">{t('correctDates', { code: c.code })}</summary>
                        <HeldCertificationForm
                          code={c.code}
                          initial={{ id: c.id, earnedOn: c.earnedOn, expiresOn: c.expiresOn ?? '' }}
                          copy={copy.held}
                        />
                      </details>
                    </div>
                    <ActionButton
                      action={removeCertificationAction}
                      input={{ id: c.id }}
                      label={t('remove')}
                      accessibleName={t('removeName', { code: c.code })}
                      confirm={t('removeConfirm', { code: c.code })}
                    />
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
        <div className="lg:col-span-2">
          <Card title={t('add')}>
            <CertificationForm catalogue={catalogue} copy={copy.certification} />
          </Card>
        </div>
      </div>
    </div>
  );
}
