import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ApplicationStatus } from '@/components/mct/application-status';
import { DecisionForm } from '@/components/mct/decision-form';
import { RequirementList } from '@/components/mct/requirement-list';
import { Alert } from '@/components/ui/alert';
import { Card, PageHeader } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guards';
import { formatDay, formatInstant } from '@/lib/format';
import { ENROLLMENT_CHANNEL_LABELS } from '@/lib/mct/lifecycle';
import { getApplicationForReview } from '@/lib/mct/queries';
import { applicationDecisionDraftKey } from '@/lib/mct/schema';
import { getFormDraft } from '@/lib/drafts/queries';
import { CERTIFICATION_LEVEL_LABELS } from '@/lib/mct/requirements';

export const metadata: Metadata = { title: 'MCT application' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function ApplicationReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireUser();
  const found = UUID.test(id) ? await getApplicationForReview(viewer, id) : null;
  if (!found) notFound();
  const { app, evaluation, isOwn, fee } = found;
  const cert = app.candidateCertification;
  const isc = app.iscCompletion;
  return (
    <div className="space-y-6">
      <PageHeader
        title={`Application of ${app.candidate.name ?? app.candidate.email}`}
        description={`${app.candidate.email} · ${ENROLLMENT_CHANNEL_LABELS[app.channel]}${app.provider ? ` (${app.provider.name})` : ''} · ${app.kind === 'REINSTATEMENT' ? 'reinstatement' : 'new member'}`}
      />
      <Card title="Status">
        <ApplicationStatus status={app.status} reader="admin" />
        <p className="mt-2 text-sm text-slate-700">
          Started {formatInstant(app.createdAt, viewer.timeZone)}
          {app.initiatedBy ? ` by ${app.initiatedBy.name ?? app.initiatedBy.email}` : ''}
          {app.submittedAt ? ` · submitted ${formatInstant(app.submittedAt, viewer.timeZone)}` : ''}
          {app.decidedAt
            ? ` · decided ${formatInstant(app.decidedAt, viewer.timeZone)} by ${app.decidedBy?.name ?? app.decidedBy?.email ?? 'an admin'}`
            : ''}
        </p>
        {app.rejectionReason ? <p className="mt-2 text-sm">Reason given: {app.rejectionReason}</p> : null}
        {app.term ? (
          <p className="mt-2 text-sm">
            Membership year created: {formatDay(app.term.startsOn)} to {formatDay(app.term.endsOn)}.
          </p>
        ) : null}
        <p className="mt-2 text-sm">Fee: {fee.label}</p>
      </Card>

      <Card title="Evidence recorded with the application">
        <dl className="grid gap-4 text-sm md:grid-cols-3">
          <div>
            <dt className="font-semibold">Certification</dt>
            <dd>
              {cert ? (
                <>
                  {cert.certification.code}: {cert.certification.name}
                  <span className="block">
                    {CERTIFICATION_LEVEL_LABELS[cert.certification.level]} · {cert.certification.isEligible ? 'eligible' : 'not eligible'}
                  </span>
                  <span className="block">Credential {cert.credentialId}</span>
                  <span className="block">
                    Earned {formatDay(cert.earnedOn)}
                    {cert.expiresOn ? `, expires ${formatDay(cert.expiresOn)}` : ', no expiry'}
                  </span>
                </>
              ) : (
                'Not yet chosen (the candidate has not submitted)'
              )}
            </dd>
          </div>
          <div>
            <dt className="font-semibold">ISC completion</dt>
            <dd>
              {isc ? (
                <>
                  {isc.provider.name}
                  <span className="block">Completed {formatDay(isc.completedOn)}</span>
                  <span className="block">Certificate {isc.certificateId}</span>
                  <span className="block">
                    Provider approved {formatDay(isc.provider.approvedFrom)} to {formatDay(isc.provider.approvedUntil)}
                  </span>
                  <span className="block">Confirmed {formatInstant(isc.confirmedAt, viewer.timeZone)}</span>
                </>
              ) : (
                'None'
              )}
            </dd>
          </div>
          <div>
            <dt className="font-semibold">Program agreement</dt>
            <dd>
              {app.agreementAcceptance
                ? `${app.agreementAcceptance.agreement.title}, accepted ${formatInstant(app.agreementAcceptance.acceptedAt, viewer.timeZone)}`
                : 'Not accepted yet'}
            </dd>
          </div>
        </dl>
      </Card>

      <Card title="The candidate’s standing today">
        <RequirementList requirements={evaluation.all} showLinks={false} />
      </Card>

      {app.status === 'SUBMITTED' ? (
        <Card title="Decision">
          {isOwn ? (
            <Alert tone="warning">This is your own application: another admin must decide it.</Alert>
          ) : (
            <>
              {!evaluation.allMet ? (
                <div className="mb-4">
                  <Alert tone="warning" title="A requirement is not met today">
                    Check the standing above before approving.
                  </Alert>
                </div>
              ) : null}
              <DecisionForm
                applicationId={app.id}
                version={app.version}
                userId={viewer.id}
                draft={await getFormDraft(viewer, applicationDecisionDraftKey(app.id))}
              />
            </>
          )}
        </Card>
      ) : null}
    </div>
  );
}
