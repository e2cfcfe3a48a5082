import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { ApplicationStatus } from '@/components/mct/application-status';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { getMyCertificationOutlook } from '@/lib/memberships/certification-expiry';
import { formatDay, formatDayKey } from '@/lib/format';
import { findLatestMembershipTerm, findOpenMctApplication } from '@/lib/mct/queries';
import type { Viewer } from '@/lib/auth/viewer';

/** The MCT side of the dashboard: membership standing and dates, an open application with its next
 * step, and where to go. */
export async function MctCard({ viewer }: { viewer: Viewer }) {
  const [application, term, risk, t, locale] = await Promise.all([
    findOpenMctApplication(viewer),
    findLatestMembershipTerm(viewer),
    getMyCertificationOutlook(viewer),
    getTranslations('dashboard'),
    getLocale(),
  ]);
  const standing = viewer.mct.standing;
  const day = (date: Date) => formatDay(date, locale);
  const dayKey = (key: string) => formatDayKey(key, locale);
  const isMember = viewer.mct.standing === 'ACTIVE' || viewer.mct.standing === 'IN_RENEWAL';
  return (
    <Card title={t('mctCard')}>
      <p className="font-medium">{t(`mct.${standing}.label`)}</p>
      {isMember && term ? (
        <p className="text-sm text-slate-700">
          {t('membershipYear', { start: day(term.startsOn), end: day(term.endsOn), since: day(term.membership.memberSince) })}
        </p>
      ) : viewer.mct.termEndsOn && viewer.mct.standing !== 'NONE' ? (
        <p className="text-sm text-slate-700">{t('membershipEnded', { end: dayKey(viewer.mct.termEndsOn) })}</p>
      ) : null}
      <p className="mt-2 text-sm text-slate-700">{t(`mct.${standing}.next`)}</p>
      {risk ? (
        <div className="mt-3">
          <Alert tone="warning" title={t('certificationRisk')}>
            <p>
              {risk.outlook.best && risk.outlook.lastDay
                ? t('certificationCountsUntil', {
                    code: risk.outlook.best.code,
                    lastDay: dayKey(risk.outlook.lastDay),
                    end: dayKey(risk.termEndsOn),
                  })
                : t('noCertificationCounts', { end: dayKey(risk.termEndsOn) })}{' '}
              {t('certificationWayForward')}
            </p>
            <Link href="/mct/certifications" className="mt-1 inline-block font-medium text-brand-700 underline">
              {t('updateCertifications')}
            </Link>
          </Alert>
        </div>
      ) : null}
      {application ? (
        <div className="mt-3 rounded-md border border-slate-200 p-3">
          <p className="text-sm font-medium">
            {t('yourApplication', {
              channel:
                application.channel === 'PROVIDER'
                  ? t('startedBy', { provider: application.provider?.name ?? t('yourProvider') })
                  : t('selfService'),
            })}
          </p>
          <ApplicationStatus status={application.status} reader="candidate" />
          <Link href={`/mct/applications/${application.id}`} className="mt-1 inline-block text-sm font-medium text-brand-700 underline">
            {application.status === 'AWAITING_CANDIDATE' ? t('reviewAndAccept') : t('openApplication')}
          </Link>
        </div>
      ) : !isMember ? (
        <p className="mt-3 text-sm">
          <Link href="/mct" className="font-medium text-brand-700 underline">
            {standing === 'NONE' ? t('becomeMct') : t('applyReinstate')}
          </Link>
        </p>
      ) : null}
      {viewer.mct.standing !== 'NONE' ? (
        <p className="mt-3 text-sm">
          <Link href="/mct/membership" className="font-medium text-brand-700 underline">
            {t('membershipLink')}
          </Link>
        </p>
      ) : null}
    </Card>
  );
}
