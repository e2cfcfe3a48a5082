import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ActionButton } from '@/components/ui/action-button';
import { AgreementText } from '@/components/mct/agreement-text';
import { ApplicationStatus } from '@/components/mct/application-status';
import { ProviderApplicationForm } from '@/components/mct/provider-application-form-lazy';
import { RequirementList } from '@/components/mct/requirement-list';
import { Alert } from '@/components/ui/alert';
import { Card, PageHeader } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guards';
import { formatDay, formatInstant } from '@/lib/format';
import { awaitingCandidateUntil, isOpenMctApplication, PROVIDER_APPLICATION_DAYS } from '@/lib/mct/lifecycle';
import { getMyApplication } from '@/lib/mct/queries';
import { withdrawApplicationAction } from '@/lib/mct/actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('mctApplication'))('title') };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function MyApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [viewer, locale] = await Promise.all([requireUser(), getLocale()]);
  const found = UUID.test(id) ? await getMyApplication(viewer, id, new Date(), locale) : null;
  if (!found) notFound();
  const { app, evaluation, agreement, fee } = found;
  const [t, ts, tm] = await Promise.all([getTranslations('mctApplication'), getTranslations('mctStatus'), getTranslations('mct')]);
  const day = (d: Date) => formatDay(d, locale);
  const instant = (d: Date) => formatInstant(d, viewer.timeZone, locale);
  const words = {
    met: tm('met'),
    missing: tm('missing'),
    howTo: tm('howTo'),
    links: { certification: tm('myCertifications'), isc: tm('linkProviders'), agreement: tm('linkAgreement') },
  };
  const awaiting = app.status === 'AWAITING_CANDIDATE';
  return (
    <div className="space-y-6">
      <PageHeader
        title={t('title')}
        description={
          app.channel === 'PROVIDER' && app.provider
            ? t('startedBy', { provider: app.provider.name, date: instant(app.createdAt) })
            : app.submittedAt
              ? t('submittedSelfOn', { date: instant(app.submittedAt) })
              : t('submittedSelf')
        }
      />
      <Card title={t('status')}>
        <ApplicationStatus
          status={app.status}
          reader="candidate"
          copy={{ label: ts(`${app.status}.label`), text: ts(`${app.status}.candidate`, { days: PROVIDER_APPLICATION_DAYS }) }}
        />
        {awaiting ? (
          <p className="mt-2 text-sm text-slate-700">{t('acceptBy', { date: instant(awaitingCandidateUntil(app.createdAt)) })}</p>
        ) : null}
        {app.status === 'REJECTED' && app.rejectionReason ? (
          <p className="mt-2 text-sm">{tm('reason', { reason: app.rejectionReason })}</p>
        ) : null}
        {app.term ? (
          <p className="mt-2 text-sm">{t('membershipYear', { start: day(app.term.startsOn), end: day(app.term.endsOn) })}</p>
        ) : null}
      </Card>

      <Card title={t('contains')}>
        <dl className="grid gap-3 text-sm sm:grid-cols-2">
          <div>
            <dt className="font-medium text-slate-700">{t('route')}</dt>
            <dd>{t(`channel.${app.channel}`)}</dd>
          </div>
          <div>
            <dt className="font-medium text-slate-700">{t('fee')}</dt>
            <dd>{fee.label}</dd>
          </div>
          <div>
            <dt className="font-medium text-slate-700">{t('isc')}</dt>
            <dd>
              {app.iscCompletion
                ? t('iscValue', {
                    provider: app.iscCompletion.provider.name,
                    date: day(app.iscCompletion.completedOn),
                    certificate: app.iscCompletion.certificateId,
                  })
                : t('none')}
            </dd>
          </div>
          <div>
            <dt className="font-medium text-slate-700">{t('certification')}</dt>
            <dd>
              {app.candidateCertification
                ? t('certificationValue', {
                    code: app.candidateCertification.certification.code,
                    credential: app.candidateCertification.credentialId,
                  })
                : t('chosenOnSubmit')}
            </dd>
          </div>
          {app.agreementAcceptance ? (
            <div>
              <dt className="font-medium text-slate-700">{t('agreement')}</dt>
              <dd>
                {t('agreementValue', { title: app.agreementAcceptance.agreement.title, date: instant(app.agreementAcceptance.acceptedAt) })}
              </dd>
            </div>
          ) : null}
        </dl>
      </Card>

      {awaiting ? (
        <>
          <Card title={t('beforeSubmit')}>
            {!evaluation.certification.met ? (
              <div className="mb-3">
                <Alert tone="warning" title={t('addCertFirst')}>
                  {t.rich('needCert', {
                    link: (chunks) => (
                      <Link href="/mct/certifications" className="font-medium underline">
                        {chunks}
                      </Link>
                    ),
                  })}
                </Alert>
              </div>
            ) : null}
            <RequirementList requirements={[evaluation.certification, evaluation.agreement]} showLinks={false} words={words} />
          </Card>
          {agreement ? (
            <Card title={agreement.title}>
              <AgreementText title={agreement.title} body={agreement.body} />
              <div className="mt-4">
                <ProviderApplicationForm
                  applicationId={app.id}
                  agreementId={agreement.id}
                  copy={{
                    accept: t('providerForm.accept', { title: agreement.title }),
                    submitting: t('providerForm.submitting'),
                    submit: t('providerForm.submit'),
                  }}
                />
              </div>
            </Card>
          ) : (
            <Alert tone="warning">{t('noAgreement')}</Alert>
          )}
        </>
      ) : null}

      {isOpenMctApplication(app.status) ? (
        <Card title={t('changedMind')}>
          <p className="mb-3 text-sm text-slate-700">{t('withdrawText')}</p>
          <ActionButton
            action={withdrawApplicationAction}
            input={{ applicationId: app.id }}
            label={t('withdraw')}
            confirm={t('withdrawConfirm')}
          />
        </Card>
      ) : null}
    </div>
  );
}
