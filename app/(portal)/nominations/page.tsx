import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { NominationHistory, NominationStatusBadge } from '@/components/nominations/nomination-history';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guards';
import { formatDay } from '@/lib/format';
import { listMyNominations } from '@/lib/nominations/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('nominations'))('title') };
}

export default async function NominationsPage({ searchParams }: { searchParams: Promise<{ sent?: string }> }) {
  const viewer = await requireUser();
  const { sent } = await searchParams;
  const [{ made, endorsed, received }, t, status, locale] = await Promise.all([
    listMyNominations(viewer),
    getTranslations('nominations'),
    getTranslations('nominationStatus'),
    getLocale(),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={viewer.canNominate ? <ButtonLink href="/nominations/new">{t('nominate')}</ButtonLink> : null}
      />
      {sent ? (
        <Alert tone="success" title={t('sentTitle')}>
          {t('sentBody')}
        </Alert>
      ) : null}
      {viewer.canNominate ? (
        <Alert tone="info" title={viewer.mvp.isActiveMvp ? t('asMvp') : t('asEmployee')}>
          {t('rules')}
        </Alert>
      ) : (
        <Alert tone="warning" title={t('cannotTitle')}>
          {t('cannotBody')}
        </Alert>
      )}

      {received.length > 0 ? (
        <Card title={t('received')}>
          <ul className="divide-y divide-slate-200">
            {received.map((n) => (
              <li key={n.id} className="py-3">
                <h3 className="font-medium">
                  <Link href={`/nominations/${n.id}`} className="text-brand-700 underline">
                    {n.category.name}
                    {n.focusArea ? ` > ${n.focusArea.name}` : ''}
                  </Link>{' '}
                  <NominationStatusBadge status={n.status} />
                </h3>
                <p className="text-sm text-slate-700">
                  {t('nominatedBy', { name: n.nominator.name ?? t('someone'), date: formatDay(n.createdAt, locale) })}{' '}
                  {status(`${n.status}.nominee`)}
                </p>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}

      <Card title={t('made')}>
        {made.length === 0 ? (
          <EmptyState title={t('noneMade')}>{viewer.canNominate ? t('noneMadeHint') : null}</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-200">
            {made.map((n) => (
              <li key={n.id} className="py-3">
                <h3 className="font-medium">
                  <Link href={`/nominations/${n.id}`} className="text-brand-700 underline">
                    {n.nomineeName} · {n.category.name}
                  </Link>{' '}
                  <NominationStatusBadge status={n.status} />
                </h3>
                <p className="text-sm text-slate-700">
                  {status(`${n.status}.nominator`)} {t('nominatedOn', { date: formatDay(n.createdAt, locale) })}
                </p>
                <NominationHistory events={n.events} timeZone={viewer.timeZone} label={t('history', { name: n.nomineeName })} />
              </li>
            ))}
          </ul>
        )}
      </Card>

      {endorsed.length > 0 ? (
        <Card title={t('endorsed')}>
          <ul className="divide-y divide-slate-200">
            {endorsed.map((n) => (
              <li key={n.id} className="py-3">
                <h3 className="font-medium">
                  <Link href={`/nominations/${n.id}`} className="text-brand-700 underline">
                    {n.nomineeName} · {n.category.name}
                  </Link>{' '}
                  <NominationStatusBadge status={n.status} />
                </h3>
                <p className="text-sm text-slate-700">{status(`${n.status}.nominator`)}</p>
                <NominationHistory events={n.events} timeZone={viewer.timeZone} label={t('history', { name: n.nomineeName })} />
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </div>
  );
}
