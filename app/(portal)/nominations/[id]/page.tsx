import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { NominationHistory, NominationStatusBadge } from '@/components/nominations/nomination-history';
import { RespondForm } from '@/components/nominations/respond-form';
import { WithdrawForm } from '@/components/nominations/withdraw-form';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guards';
import { CONTRIBUTION_TYPES, describeMetrics } from '@/lib/evidence/types';
import { formatDay, formatInstant } from '@/lib/format';
import type { ContributionType, ReachMetric } from '@/lib/generated/prisma/enums';
import { NOMINATION_STATUS_COPY } from '@/lib/nominations/lifecycle';
import { getNominationForViewer, type NominationDetail } from '@/lib/nominations/queries';
import { canWithdrawNomination, isInvitationExpired } from '@/lib/nominations/rules';
import { RELATIONSHIP_LABELS } from '@/lib/nominations/schema';
import { safeExternalHref } from '@/lib/security/safe-url';
import type { Viewer } from '@/lib/auth/viewer';

export const metadata: Metadata = { title: 'Nomination' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ endorsed?: string; submitted?: string }> };

export default async function NominationPage({ params, searchParams }: Props) {
  const { id } = await params;
  const flags = await searchParams;
  const viewer = await requireUser();
  if (!UUID.test(id)) notFound();
  const n = await getNominationForViewer(viewer, id);
  if (!n) notFound();
  const what = n.focusAreaName ? `${n.categoryName} > ${n.focusAreaName}` : n.categoryName;
  const isNominee = n.role === 'nominee';

  return (
    <div className="space-y-6">
      <PageHeader
        title={isNominee ? `Your MVP nomination in ${n.categoryName}` : `Nomination of ${n.nomineeName}`}
        description={
          <>
            <NominationStatusBadge status={n.status} />{' '}
            {isNominee ? NOMINATION_STATUS_COPY[n.status].nominee : NOMINATION_STATUS_COPY[n.status].nominator}
          </>
        }
      />
      {flags.endorsed ? (
        <Alert tone="success" title="Endorsement recorded.">
          Your statement is added to this nomination and its nominator is told.
        </Alert>
      ) : null}
      {flags.submitted && n.status === 'SUBMITTED' ? (
        <Alert tone="success" title="Your evidence is submitted.">
          What you submitted is frozen as it is now. We emailed you a receipt and told your nominator.
        </Alert>
      ) : null}

      {isNominee ? <NextStep n={n} viewer={viewer} /> : null}
      {n.role === 'nominator' && canWithdrawNomination(n.role, n.status) ? (
        <Card title="Changed your mind?">
          <p className="mb-3 text-sm text-slate-700">
            Until {n.nomineeName} accepts, you can withdraw this nomination (for example if the email address was wrong).
          </p>
          <WithdrawForm
            nominationId={n.id}
            explanation={`${n.nomineeName} can then no longer accept it. You can nominate them again later.`}
          />
        </Card>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card title="The nomination">
            <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
              <dt className="font-medium text-slate-900">Nominee</dt>
              <dd>{n.nomineeName}</dd>
              <dt className="font-medium text-slate-900">Nominated by</dt>
              <dd>
                {n.nominatorName} ({RELATIONSHIP_LABELS[n.relationship as keyof typeof RELATIONSHIP_LABELS] ?? 'Other'}),{' '}
                {formatDay(n.createdAt)}
              </dd>
              <dt className="font-medium text-slate-900">Award category</dt>
              <dd>{what}</dd>
              <dt className="font-medium text-slate-900">Evidence deadline</dt>
              <dd>{formatInstant(n.submissionDeadline, viewer.timeZone)}</dd>
            </dl>
            <h3 className="mt-4 text-sm font-semibold text-slate-900">The impact {n.nominatorName} has seen</h3>
            <p className="mt-1 whitespace-pre-wrap break-words text-slate-800">{n.statement}</p>
            {n.endorsements.length > 0 ? (
              <>
                <h3 className="mt-4 text-sm font-semibold text-slate-900">Endorsements</h3>
                <ul className="mt-1 space-y-3">
                  {n.endorsements.map((e, i) => (
                    <li key={i} className="text-sm">
                      <p className="font-medium">
                        {e.endorserName}, {formatDay(e.createdAt)}
                      </p>
                      <p className="whitespace-pre-wrap break-words text-slate-800">{e.statement}</p>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </Card>
          {n.submission ? <SubmissionSnapshot submission={n.submission} /> : null}
        </div>
        <Card title="History">
          <NominationHistory events={n.events} timeZone={viewer.timeZone} label="History of this nomination" />
        </Card>
      </div>
    </div>
  );
}

function NextStep({ n, viewer }: { n: NominationDetail; viewer: Viewer }) {
  if (n.status === 'INVITED') {
    if (isInvitationExpired(n.inviteExpiresAt, new Date())) {
      return (
        <Alert tone="warning" title="This invitation has expired.">
          It could be accepted until {formatInstant(n.inviteExpiresAt, viewer.timeZone)}. Ask {n.nominatorName} to nominate you again.
        </Alert>
      );
    }
    return (
      <Card title="What happens next">
        <p className="mb-2 text-sm text-slate-700">
          {n.nominatorName} nominated you for a Microsoft MVP award in {n.categoryName}. If you accept, you log your community contributions
          of the last 12 months and submit them before {formatInstant(n.submissionDeadline, viewer.timeZone)}. Reviewers then assess their
          impact, and you hear the outcome here. If you decline, the nomination closes and {n.nominatorName} is told.
        </p>
        <p className="mb-4 text-sm text-slate-700">Please answer by {formatInstant(n.inviteExpiresAt, viewer.timeZone)}.</p>
        <RespondForm nominationId={n.id} />
      </Card>
    );
  }
  if (n.status === 'ACCEPTED') {
    return (
      <Card title="What happens next">
        <ol className="list-decimal space-y-1 pl-5 text-sm text-slate-700">
          <li>Log your contributions of the last 12 months in your evidence log (add them one by one, or import a CSV).</li>
          <li>Check the 12-month view: only contributions inside the window can be submitted.</li>
          <li>Choose the contributions and submit them before {formatInstant(n.submissionDeadline, viewer.timeZone)}.</li>
        </ol>
        <div className="mt-4 flex flex-wrap gap-3">
          <ButtonLink href={`/nominations/${n.id}/submit`}>Choose and submit evidence</ButtonLink>
          <ButtonLink href="/evidence" variant="secondary">
            Open your evidence log
          </ButtonLink>
        </div>
        <div className="mt-6">
          <WithdrawForm nominationId={n.id} explanation="Withdrawing closes this nomination. Your evidence log stays as it is." />
        </div>
      </Card>
    );
  }
  if (n.status === 'SUBMITTED') {
    return (
      <Card title="What happens next">
        <p className="mb-4 text-sm text-slate-700">Reviewers will assess your contributions. Until review starts you can withdraw.</p>
        <WithdrawForm
          nominationId={n.id}
          explanation="Withdrawing takes your submission out of review and closes this nomination. Your evidence log stays as it is."
        />
      </Card>
    );
  }
  return null;
}

function SubmissionSnapshot({ submission }: { submission: NonNullable<NominationDetail['submission']> }) {
  return (
    <Card title="What you submitted">
      <p className="text-sm text-slate-700">
        Submitted {formatDay(submission.submittedAt)}, covering {formatDay(submission.windowStart)} to {formatDay(submission.windowEnd)}
        {submission.status === 'WITHDRAWN' ? ' (withdrawn)' : ''}. This copy does not change when you edit your log.
      </p>
      <ol className="mt-3 space-y-3">
        {submission.items.map((item) => (
          <li key={item.id} className="rounded-md border border-slate-200 p-3 text-sm">
            <p className="font-medium text-slate-900">
              {item.title}
              {item.isHighImpact ? <span className="ml-2 rounded bg-amber-100 px-1.5 text-xs text-amber-900">High impact</span> : null}
            </p>
            <p className="text-slate-700">
              {CONTRIBUTION_TYPES[item.type as ContributionType]?.label ?? item.type} · {formatDay(item.startDate)}
              {item.endDate ? ` to ${formatDay(item.endDate)}` : ''}
              {item.technologyArea ? ` · ${item.technologyArea}` : ''}
            </p>
            {describeMetrics(item.metrics as Partial<Record<ReachMetric, number>>) ? (
              <p className="text-slate-700">{describeMetrics(item.metrics as Partial<Record<ReachMetric, number>>)}</p>
            ) : null}
            <p className="mt-1 whitespace-pre-wrap break-words text-slate-800">{item.description}</p>
            {item.url ? (
              <p className="mt-1 break-all">
                {safeExternalHref(item.url) ? (
                  <a
                    href={safeExternalHref(item.url)!}
                    className="text-brand-700 underline"
                    rel="noopener noreferrer nofollow"
                    target="_blank"
                  >
                    {item.url}
                  </a>
                ) : (
                  item.url
                )}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
      <p className="mt-3 text-sm">
        <Link href="/evidence" className="font-medium text-brand-700 underline">
          Your evidence log
        </Link>
      </p>
    </Card>
  );
}
