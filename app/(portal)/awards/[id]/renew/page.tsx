import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { evidenceFormCopy } from '@/components/evidence/evidence-form-copy';
import { RenewButton } from '@/components/awards/renew-button';
import { WithdrawRenewal } from '@/components/awards/withdraw-renewal';
import { Alert } from '@/components/ui/alert';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { richLink } from '@/components/ui/rich-link';
import { getRenewalPreview } from '@/lib/awards/queries';
import { requireUser } from '@/lib/auth/guards';
import { formatDay, formatDayKey, formatInstant } from '@/lib/format';
import { localizeAppError } from '@/lib/i18n/app-errors';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('renewPage'))('title') };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function RenewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireUser();
  const data = UUID.test(id) ? await getRenewalPreview(viewer, id) : null;
  if (!data) notFound();
  const [t, status, locale, labels] = await Promise.all([
    getTranslations('renewPage'),
    getTranslations('renewalStatus'),
    getLocale(),
    evidenceFormCopy(),
  ]);
  const at = (date: Date) => formatInstant(date, viewer.timeZone, locale);
  const { award, cycle, window, check, items } = data;
  const renewal = award.renewal && award.renewal.status !== 'OPEN' ? award.renewal : null;
  const cancel = t('cancel');
  const withdraw = { label: t('withdraw.label'), pending: t('withdraw.pending'), confirm: t('withdraw.confirm'), cancel };
  const raw = (key: 'confirmOne' | 'confirmMany' | 'doneOne' | 'doneMany') => t.raw(`renew.${key}`) as string;
  const renew = {
    label: t('renew.label'),
    pending: t('renew.pending'),
    yes: t('renew.yes'),
    confirmOne: raw('confirmOne'),
    confirmMany: raw('confirmMany'),
    doneOne: raw('doneOne'),
    doneMany: raw('doneMany'),
    cancel,
  };
  return (
    <div className="space-y-6">
      <PageHeader
        title={t('heading', { category: award.category.name })}
        description={t('description', { date: formatDay(award.endsOn, locale) })}
      />
      {renewal ? (
        <div className="space-y-3">
          <Alert tone="success" title={t('status', { status: status(`${renewal.status}.label`) })}>
            {status(`${renewal.status}.mvp`)}
            {renewal.submission ? t('submittedCount', { count: renewal.submission._count.items }) : ''}{' '}
            <Link href="/dashboard" className="font-medium underline">
              {t('dashboard')}
            </Link>
          </Alert>
          {renewal.status === 'SUBMITTED' ? <WithdrawRenewal awardId={award.id} copy={withdraw} /> : null}
        </div>
      ) : (
        <>
          {cycle ? (
            <p className="text-slate-800">
              {t.rich('window', {
                opens: at(cycle.renewalOpensAt),
                deadline: at(cycle.renewalDeadline),
                cycle: cycle.name,
                strong: (chunks) => <span className="font-semibold">{chunks}</span>,
              })}
            </p>
          ) : null}
          <Card title={t('contributions', { start: formatDayKey(window.start, locale), end: formatDayKey(window.end, locale) })}>
            {items.length === 0 ? (
              <EmptyState title={t('emptyTitle')}>{t.rich('emptyBody', { link: richLink('/evidence') })}</EmptyState>
            ) : (
              <ul className="divide-y divide-slate-200 text-sm">
                {items.map((i) => (
                  <li key={i.id} className="py-2">
                    <span className="font-medium">{i.title}</span> · {labels.types[i.type]} · {formatDayKey(i.startDate, locale)}
                    {i.isHighImpact ? t('highImpact') : ''}
                  </li>
                ))}
              </ul>
            )}
            <p className="mt-3 text-sm text-slate-700">{t('fullTime')}</p>
          </Card>
          {check.ok ? (
            <RenewButton awardId={award.id} itemCount={items.length} copy={renew} />
          ) : (
            <Alert tone="warning">
              {check.refusal === 'NOT_OPEN_YET' && cycle
                ? t('opensOn', { date: at(cycle.renewalOpensAt) })
                : localizeAppError(check.message, locale)}
            </Alert>
          )}
          {!check.ok && check.refusal === 'AGREEMENTS_PENDING' ? (
            <p>
              <Link href="/agreements" className="font-medium text-brand-700 underline">
                {t('agreements')}
              </Link>
            </p>
          ) : null}
          {award.renewal?.status === 'OPEN' ? <WithdrawRenewal awardId={award.id} copy={withdraw} /> : null}
        </>
      )}
    </div>
  );
}
