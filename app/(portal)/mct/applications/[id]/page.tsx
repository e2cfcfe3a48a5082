import type { Metadata } from 'next';
import Link from 'next/link';
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
import { awaitingCandidateUntil, ENROLLMENT_CHANNEL_LABELS, isOpenMctApplication } from '@/lib/mct/lifecycle';
import { getMyApplication } from '@/lib/mct/queries';
import { withdrawApplicationAction } from '@/lib/mct/actions';

export const metadata: Metadata = { title: 'Your MCT application' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function MyApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireUser();
  const found = UUID.test(id) ? await getMyApplication(viewer, id) : null;
  if (!found) notFound();
  const { app, evaluation, agreement, fee } = found;
  const awaiting = app.status === 'AWAITING_CANDIDATE';
  return (
    <div className="space-y-6">
      <PageHeader
        title="Your MCT application"
        description={
          app.channel === 'PROVIDER' && app.provider
            ? `Started for you by ${app.provider.name} on ${formatInstant(app.createdAt, viewer.timeZone)}.`
            : `Submitted through self-service${app.submittedAt ? ` on ${formatInstant(app.submittedAt, viewer.timeZone)}` : ''}.`
        }
      />
      <Card title="Status">
        <ApplicationStatus status={app.status} reader="candidate" />
        {awaiting ? (
          <p className="mt-2 text-sm text-slate-700">Accept by {formatInstant(awaitingCandidateUntil(app.createdAt), viewer.timeZone)}.</p>
        ) : null}
        {app.status === 'REJECTED' && app.rejectionReason ? <p className="mt-2 text-sm">Reason: {app.rejectionReason}</p> : null}
        {app.term ? (
          <p className="mt-2 text-sm">
            Membership year: {formatDay(app.term.startsOn)} to {formatDay(app.term.endsOn)}.
          </p>
        ) : null}
      </Card>

      <Card title="What the application contains">
        <dl className="grid gap-3 text-sm sm:grid-cols-2">
          <div>
            <dt className="font-medium text-slate-700">Route</dt>
            <dd>{ENROLLMENT_CHANNEL_LABELS[app.channel]}</dd>
          </div>
          <div>
            <dt className="font-medium text-slate-700">Annual fee</dt>
            <dd>{fee.label}</dd>
          </div>
          <div>
            <dt className="font-medium text-slate-700">ISC completion</dt>
            <dd>
              {app.iscCompletion
                ? `${app.iscCompletion.provider.name}, ${formatDay(app.iscCompletion.completedOn)} (certificate ${app.iscCompletion.certificateId})`
                : 'None'}
            </dd>
          </div>
          <div>
            <dt className="font-medium text-slate-700">Certification</dt>
            <dd>
              {app.candidateCertification
                ? `${app.candidateCertification.certification.code}, credential ${app.candidateCertification.credentialId}`
                : 'Chosen when you submit: your current eligible certification'}
            </dd>
          </div>
          {app.agreementAcceptance ? (
            <div>
              <dt className="font-medium text-slate-700">Agreement</dt>
              <dd>
                {app.agreementAcceptance.agreement.title}, accepted {formatInstant(app.agreementAcceptance.acceptedAt, viewer.timeZone)}
              </dd>
            </div>
          ) : null}
        </dl>
      </Card>

      {awaiting ? (
        <>
          <Card title="Before you submit: the requirements">
            {!evaluation.certification.met ? (
              <div className="mb-3">
                <Alert tone="warning" title="Add your certification first">
                  You need a current associate or expert certification on your record.{' '}
                  <Link href="/mct/certifications" className="font-medium underline">
                    Add it under My certifications
                  </Link>
                  , then come back here.
                </Alert>
              </div>
            ) : null}
            <RequirementList requirements={[evaluation.certification, evaluation.agreement]} showLinks={false} />
          </Card>
          {agreement ? (
            <Card title={agreement.title}>
              <AgreementText title={agreement.title} body={agreement.body} />
              <div className="mt-4">
                <ProviderApplicationForm applicationId={app.id} agreementId={agreement.id} agreementTitle={agreement.title} />
              </div>
            </Card>
          ) : (
            <Alert tone="warning">This year’s program agreement is not published yet; you can accept once it is.</Alert>
          )}
        </>
      ) : null}

      {isOpenMctApplication(app.status) ? (
        <Card title="Changed your mind?">
          <p className="mb-3 text-sm text-slate-700">Withdrawing closes this application; you can apply again later.</p>
          <ActionButton
            action={withdrawApplicationAction}
            input={{ applicationId: app.id }}
            label="Withdraw my application"
            confirm="Withdraw this application? You can apply again later."
          />
        </Card>
      ) : null}
    </div>
  );
}
