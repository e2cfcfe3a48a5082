import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionButton } from '@/components/ui/action-button';
import { AgreementAcceptForm } from '@/components/mct/agreement-accept-form';
import { AgreementText } from '@/components/mct/agreement-text';
import { ApplicationStatus } from '@/components/mct/application-status';
import { RequirementList } from '@/components/mct/requirement-list';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guards';
import { formatDayKey } from '@/lib/format';
import { getEnrollmentOverview } from '@/lib/mct/queries';
import { applyAction } from '@/lib/mct/actions';

export const metadata: Metadata = { title: 'Become an MCT' };

export default async function BecomeMctPage() {
  const viewer = await requireUser();
  const overview = await getEnrollmentOverview(viewer);
  const { evaluation, closure, openApplication } = overview;
  const isMember = viewer.mct.standing === 'ACTIVE' || viewer.mct.standing === 'IN_RENEWAL';
  const canApply = overview.isOpen && evaluation.allMet && !openApplication && !isMember;
  return (
    <div className="space-y-6">
      <PageHeader
        title="Become an MCT"
        description="Microsoft Certified Trainers deliver official Microsoft courseware. Enrollment is a yearly membership: no nomination, you apply once you meet the requirements below."
        actions={
          <Link href="/mct/certifications" className={buttonClass('secondary')}>
            My certifications
          </Link>
        }
      />

      {isMember ? (
        <Alert tone="success" title="You are an active MCT">
          {viewer.mct.termEndsOn ? `Your membership year ends ${formatDayKey(viewer.mct.termEndsOn)}.` : null} Renewal opens 90 days before
          it ends.{' '}
          <Link href="/mct/membership" className="font-medium underline">
            Your membership
          </Link>
        </Alert>
      ) : null}

      {openApplication ? (
        <Card title="Your application">
          <ApplicationStatus status={openApplication.status} reader="candidate" />
          <p className="mt-3 text-sm">
            <Link href={`/mct/applications/${openApplication.id}`} className="font-medium text-brand-700 underline">
              {openApplication.status === 'AWAITING_CANDIDATE' ? 'Review and accept your application' : 'Open your application'}
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
          <p className="mt-3 font-semibold">The manual route: your ISC provider applies on your behalf</p>
          <p className="mt-1">
            Contact the Instructional Skills Certificate provider who confirmed your ISC completion. They can start a manual application for
            you now; you then get an email with a link to review it and accept the program agreement, which submits it.
          </p>
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

      <Card title="The requirements, and where you stand">
        <RequirementList requirements={evaluation.all} />
      </Card>

      {overview.agreement ? (
        <div id="agreement">
          <Card title={overview.agreement.title}>
            <AgreementText title={overview.agreement.title} body={overview.agreement.body} />
            {evaluation.agreement.met ? (
              <p className="mt-3 text-sm font-medium text-green-900">You accepted this agreement.</p>
            ) : (
              <AgreementAcceptForm agreementId={overview.agreement.id} title={overview.agreement.title} />
            )}
          </Card>
        </div>
      ) : null}

      <Card title="Apply">
        <p className="text-sm">
          <span className="font-semibold">Annual fee: </span>
          {overview.fee.label}
          {overview.fee.note ? ` (${overview.fee.note})` : null}
        </p>
        {overview.upcomingPause ? (
          <p className="mt-1 text-sm text-slate-700">
            Self-service enrollment will be paused from {formatDayKey(overview.upcomingPause.startsOn)} to{' '}
            {formatDayKey(overview.upcomingPause.endsOn)}.
          </p>
        ) : null}
        <div className="mt-4">
          {canApply ? (
            <ActionButton
              action={applyAction}
              input={{}}
              label="Apply to join the MCT program"
              pendingLabel="Applying…"
              variant="primary"
            />
          ) : (
            <p className="text-sm text-slate-700">
              {isMember
                ? 'You are already a member.'
                : openApplication
                  ? 'You have an open application; you cannot apply twice.'
                  : !overview.isOpen
                    ? 'Self-service applications are closed right now; use the manual route above.'
                    : 'You can apply once every requirement above is met.'}
            </p>
          )}
        </div>
      </Card>

      {overview.lastApplication && !openApplication && overview.lastApplication.status === 'REJECTED' ? (
        <Card title="Your last application">
          <ApplicationStatus status="REJECTED" reader="candidate" />
          {overview.lastApplication.rejectionReason ? (
            <p className="mt-2 text-sm">Reason: {overview.lastApplication.rejectionReason}</p>
          ) : null}
        </Card>
      ) : null}
    </div>
  );
}
