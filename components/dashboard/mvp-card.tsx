import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { AwardStatus } from '@/components/awards/award-status';
import { Card, EmptyState } from '@/components/ui/card';
import { formatInstant } from '@/lib/format';
import { listNominationsReceived } from '@/lib/nominations/queries';
import type { Viewer } from '@/lib/auth/viewer';

const linkClass = 'font-medium text-brand-700 underline';

/** The MVP side of the dashboard: awards, nominations received, and what to do next. */
export async function MvpCard({ viewer }: { viewer: Viewer }) {
  const [received, t, status, locale] = await Promise.all([
    listNominationsReceived(viewer),
    getTranslations('dashboard'),
    getTranslations('nominationStatus'),
    getLocale(),
  ]);
  return (
    <Card title={t('mvpCard')}>
      <AwardStatus viewer={viewer} />
      <h3 className="mt-4 text-sm font-semibold text-slate-900">{t('nominationsReceived')}</h3>
      {received.length === 0 ? (
        <EmptyState title={t('noNominations')}>{t('noNominationsBody')}</EmptyState>
      ) : (
        <ul className="mt-2 divide-y divide-slate-200">
          {received.map((n) => (
            <li key={n.id} className="py-2">
              <p className="font-medium">
                <Link href={`/nominations/${n.id}`} className="text-brand-700 underline">
                  {n.category.name}: {status(`${n.status}.label`)}
                </Link>
              </p>
              <p className="text-sm text-slate-700">
                {t('next', { step: status(`${n.status}.nominee`) })}
                {n.status === 'ACCEPTED' ? (
                  <>
                    {' '}
                    <Link href={`/nominations/${n.id}/submit`} className={linkClass}>
                      {t('submitEvidence')}
                    </Link>
                  </>
                ) : null}
              </p>
              {n.status === 'INVITED' || n.status === 'ACCEPTED' ? (
                <p className="text-sm text-slate-600">
                  {t('evidenceDeadline', { deadline: formatInstant(n.cycle.submissionDeadline, viewer.timeZone, locale) })}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <p className="mt-4 text-sm">
        {t.rich('keepLog', {
          link: (chunks) => (
            <Link href="/evidence" className={linkClass}>
              {chunks}
            </Link>
          ),
        })}
      </p>
      {viewer.canNominate ? (
        <p className="mt-4 text-sm">
          {t.rich('canNominate', {
            link: (chunks) => (
              <Link href="/nominations" className={linkClass}>
                {chunks}
              </Link>
            ),
          })}
        </p>
      ) : null}
    </Card>
  );
}
