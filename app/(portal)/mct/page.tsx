import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { ActionButton } from '@/components/ui/action-button';
import { AgreementAcceptForm } from '@/components/mct/agreement-accept-form';
import { AgreementText } from '@/components/mct/agreement-text';
import { mctFormsCopy } from '@/components/mct/form-copy';
import { ApplicationStatus } from '@/components/mct/application-status';
import { RequirementList } from '@/components/mct/requirement-list';
import { closureNotice } from '@/components/providers/enrollment-notice';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guards';
import { formatDayKey } from '@/lib/format';
import { getEnrollmentOverview } from '@/lib/mct/queries';
import { applyAction } from '@/lib/mct/actions';
import { PROVIDER_APPLICATION_DAYS } from '@/lib/mct/lifecycle';
import type { Messages } from '@/lib/i18n/messages';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('mct'))('title') };
}

export default async function BecomeMctPage() {
  const [viewer, locale] = await Promise.all([requireUser(), getLocale()]);
  const [overview, t, ts, tp, copy] = await Promise.all([
    getEnrollmentOverview(viewer, new Date(), locale),
    getTranslations('mct'),
    getTranslations('mctStatus'),
    getTranslations('provider'),
    mctFormsCopy(),
  ]);
  const { evaluation, openApplication } = overview;
  const day = (key: Parameters<typeof formatDayKey>[0]) => formatDayKey(key, locale);
  const zones = { program: overview.programTimeZone, reader: viewer.timeZone };
  const closure = overview.window.isOpen ? null : closureNotice(overview.window, zones, tp, locale);
  const statusCopy = (status: keyof Messages['mctStatus']) => ({
    label: ts(`${status}.label`),
    text: ts(`${status}.candidate`, { days: PROVIDER_APPLICATION_DAYS }),
  });
  const words = {
    met: t('met'),
    missing: t('missing'),
    howTo: t('howTo'),
    links: { certification: t('myCertifications'), isc: t('linkProviders'), agreement: t('linkAgreement') },
  };
  const isMember = viewer.mct.standing === 'ACTIVE' || viewer.mct.standing === 'IN_RENEWAL';
  const canApply = overview.isOpen && evaluation.allMet && !openApplication && !isMember;
  return (
    <div className="space-y-6">
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Link href="/mct/certifications" className={buttonClass('secondary')}>
            {t('myCertifications')}
          </Link>
        }
      />

      {isMember ? (
        <Alert tone="success" title={t('activeTitle')}>
          {viewer.mct.termEndsOn ? t('yearEnds', { date: day(viewer.mct.termEndsOn) }) : null}
          {t('renewalOpens')}{' '}
          <Link href="/mct/membership" className="font-medium underline">
            {t('yourMembership')}
          </Link>
        </Alert>
      ) : null}

      {openApplication ? (
        <Card title={t('yourApplication')}>
          <ApplicationStatus status={openApplication.status} reader="candidate" copy={statusCopy(openApplication.status)} />
          <p className="mt-3 text-sm">
            <Link href={`/mct/applications/${openApplication.id}`} className="font-medium text-brand-700 underline">
              {openApplication.status === 'AWAITING_CANDIDATE' ? t('reviewAccept') : t('openApplication')}
            </Link>
          </p>
        </Card>
      ) : null}

      {closure ? (
        <Alert tone="warning" title={closure.title}>
          {closure.lines.map((line) => (
            <p key={line} className="mt-1">
              {line}
            </p>
          ))}
          <p className="mt-3 font-semibold">{t('manualRoute')}</p>
          <p className="mt-1">{t('manualRouteText')}</p>
          {overview.providers.length > 0 ? (
            <ul className="mt-2 list-disc pl-5">
              {overview.providers.map((p) => (
                <li key={p.id}>
                  {p.name}:{' '}
                  <a href={`mailto:${p.contactEmail}`} className="font-medium underline">
                    {p.contactEmail}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}

      <Card title={t('requirements')}>
        <RequirementList requirements={evaluation.all} words={words} />
      </Card>

      {overview.agreement ? (
        <div id="agreement">
          <Card title={overview.agreement.title}>
            <AgreementText title={overview.agreement.title} body={overview.agreement.body} />
            {evaluation.agreement.met ? (
              <p className="mt-3 text-sm font-medium text-green-900">{t('accepted')}</p>
            ) : (
              <AgreementAcceptForm agreementId={overview.agreement.id} title={overview.agreement.title} copy={copy.agreement} />
            )}
          </Card>
        </div>
      ) : null}

      <Card title={t('apply')}>
        <p className="text-sm">
          <span className="font-semibold">{t('fee')}</span>
          {overview.fee.label}
          {overview.fee.note ? ` (${overview.fee.note})` : null}
        </p>
        {overview.upcomingPause ? (
          <p className="mt-1 text-sm text-slate-700">
            {t('upcomingPause', { start: day(overview.upcomingPause.startsOn), end: day(overview.upcomingPause.endsOn) })}
          </p>
        ) : null}
        <div className="mt-4">
          {canApply ? (
            <ActionButton action={applyAction} input={{}} label={t('applyButton')} pendingLabel={t('applying')} variant="primary" />
          ) : (
            <p className="text-sm text-slate-700">
              {isMember ? t('alreadyMember') : openApplication ? t('openAlready') : !overview.isOpen ? t('closedNow') : t('applyWhenMet')}
            </p>
          )}
        </div>
      </Card>

      {overview.lastApplication && !openApplication && overview.lastApplication.status === 'REJECTED' ? (
        <Card title={t('lastApplication')}>
          <ApplicationStatus status="REJECTED" reader="candidate" copy={statusCopy('REJECTED')} />
          {overview.lastApplication.rejectionReason ? (
            <p className="mt-2 text-sm">{t('reason', { reason: overview.lastApplication.rejectionReason })}</p>
          ) : null}
        </Card>
      ) : null}
    </div>
  );
}
