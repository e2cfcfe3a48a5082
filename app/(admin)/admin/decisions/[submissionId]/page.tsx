import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DecideForm } from '@/components/decisions/decide-form';
import { Alert } from '@/components/ui/alert';
import { Card, PageHeader } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guards';
import { getDecisionDetail } from '@/lib/decisions/queries';
import { decisionDraftKey } from '@/lib/decisions/schema';
import { countDiscussionComments } from '@/lib/discussions/queries';
import { getFormDraft } from '@/lib/drafts/queries';
import { formatInstant } from '@/lib/format';
import { REVIEW_STATUS_COPY } from '@/lib/reviews/lifecycle';

export const metadata: Metadata = { title: 'Decide' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const fixed = (n: number | null | undefined) => (n === null || n === undefined ? '—' : n.toFixed(2));

export default async function DecidePage({ params }: { params: Promise<{ submissionId: string }> }) {
  const { submissionId } = await params;
  const viewer = await requireUser();
  const d = UUID.test(submissionId) ? await getDecisionDetail(viewer, submissionId) : null;
  if (!d) notFound();
  const [comments, draft] = await Promise.all([countDiscussionComments(viewer, d.id), getFormDraft(viewer, decisionDraftKey(d.id))]);
  const submitted = d.reviews.filter((r) => r.status === 'SUBMITTED');
  const canDecide = Boolean(d.cycle.reviewClosedAt) && d.status === 'UNDER_REVIEW' && !d.decision?.releasedAt && submitted.length > 0;
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={`/admin/decisions?cycle=${d.cycle.id}&category=${d.categoryId}`} className="font-medium text-brand-700 underline">
          Back to the decisions of {d.categoryName}
        </Link>
      </p>
      <PageHeader
        title={`Decide: ${d.candidateName}`}
        description={`${d.kind === 'RENEWAL' ? 'Renewal' : 'Nomination'} in ${d.categoryName}${d.focusAreaName ? ` (${d.focusAreaName})` : ''}, ${d.cycle.name}. ${d.itemCount} contributions${d.nominatorName ? `, nominated by ${d.nominatorName}` : ''}.`}
        actions={
          <span className="flex flex-wrap gap-4">
            <Link href={`/reviews/${d.id}`} className="font-medium text-brand-700 underline">
              Read the evidence
            </Link>
            {comments !== null ? (
              <Link href={`/reviews/${d.id}#discussion`} className="font-medium text-brand-700 underline">
                Reviewers’ discussion ({comments} {comments === 1 ? 'comment' : 'comments'})
              </Link>
            ) : null}
          </span>
        }
      />
      <Card title="Aggregate">
        {d.aggregate ? (
          <dl className="grid grid-cols-2 gap-4 text-sm sm:grid-cols-5">
            <div>
              <dt className="text-slate-700">Weighted mean</dt>
              <dd className="text-xl font-semibold">{fixed(d.aggregate.mean)}</dd>
            </div>
            <div>
              <dt className="text-slate-700">Median</dt>
              <dd className="text-xl font-semibold">{fixed(d.aggregate.median)}</dd>
            </div>
            <div>
              <dt className="text-slate-700">Spread</dt>
              <dd className="text-xl font-semibold">
                {fixed(d.aggregate.spread)}
                {d.aggregate.isDisputed ? (
                  <span className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">Disputed</span>
                ) : null}
              </dd>
            </div>
            <div>
              <dt className="text-slate-700">Normalised</dt>
              <dd className="text-xl font-semibold">{fixed(d.aggregate.normalised)}</dd>
            </div>
            <div>
              <dt className="text-slate-700">Reviews</dt>
              <dd className="text-xl font-semibold">{d.aggregate.reviewCount}</dd>
            </div>
          </dl>
        ) : (
          <p className="text-sm text-slate-700">No review has been submitted yet.</p>
        )}
        <p className="mt-3 text-sm text-slate-700">
          Scale {d.cycle.scoreMin}–{d.cycle.scoreMax}. Normalised: 0 is an average review of the cycle after correcting for each reviewer’s
          own habits; +1 is one standard deviation above.
        </p>
      </Card>
      <Card title="Reviews">
        <div className="overflow-x-auto" role="region" aria-label="Every reviewer’s scores" tabIndex={0}>
          <table className="min-w-full text-left text-sm">
            <caption className="sr-only">Every reviewer’s scores</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-4">
                  Reviewer
                </th>
                {d.cycle.criteria.map((c) => (
                  <th key={c.id} scope="col" className="py-2 pr-4">
                    {c.label}
                  </th>
                ))}
                <th scope="col" className="py-2 pr-4">
                  Weighted
                </th>
                <th scope="col" className="py-2 pr-4">
                  Confidence
                </th>
              </tr>
            </thead>
            <tbody>
              {d.reviews.map((r) => (
                <tr key={r.id} className="border-b border-slate-200">
                  <th scope="row" className="py-2 pr-4 font-medium">
                    {r.reviewerName}
                    <span className="block font-normal text-slate-700">
                      {REVIEW_STATUS_COPY[r.status].label}
                      {r.removedReason ? `: ${r.removedReason}` : ''}
                    </span>
                  </th>
                  {d.cycle.criteria.map((c) => (
                    <td key={c.id} className="py-2 pr-4">
                      {r.scores[c.id] ?? '—'}
                    </td>
                  ))}
                  <td className="py-2 pr-4 font-semibold">{fixed(r.weighted)}</td>
                  <td className="py-2 pr-4">{r.confidence ?? '—'} / 4</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="mt-4 space-y-4">
          {submitted.map((r) => (
            <div key={r.id} className="text-sm">
              <p className="font-semibold">{r.reviewerName}</p>
              <p className="whitespace-pre-line">
                <span className="font-medium">For the committee:</span> {r.committeeComment ?? '—'}
              </p>
              <p className="whitespace-pre-line">
                <span className="font-medium">For the candidate:</span> {r.candidateFeedback ?? '—'}
              </p>
            </div>
          ))}
        </div>
      </Card>
      <Card title="Decision">
        {d.decision ? (
          <p className="mb-4 text-sm">
            Current decision: <span className="font-semibold">{d.decision.outcome === 'AWARD' ? 'Award' : 'No award'}</span>, by{' '}
            {d.decision.decidedBy.name ?? d.decision.decidedBy.email} on {formatInstant(d.decision.decidedAt, viewer.timeZone)}.{' '}
            {d.decision.releasedAt ? `Released ${formatInstant(d.decision.releasedAt, viewer.timeZone)}.` : 'Held until released.'}
          </p>
        ) : null}
        {d.decision?.releasedAt ? (
          <p className="whitespace-pre-line text-sm">{d.decision.feedback}</p>
        ) : !d.cycle.reviewClosedAt ? (
          <Alert tone="info">Review is still open for {d.cycle.name}. Close review on the decisions page before deciding.</Alert>
        ) : !canDecide ? (
          <Alert tone="warning">This submission has no submitted review, so it cannot be decided.</Alert>
        ) : d.deciderConflict ? (
          <Alert tone="warning" title="Another admin decides this one">
            {d.deciderConflict}
          </Alert>
        ) : (
          <DecideForm
            userId={viewer.id}
            draft={draft}
            reviews={{ submitted: submitted.length, required: d.cycle.reviewersPerSubmission }}
            initial={{
              submissionId: d.id,
              version: d.decision?.version ?? null,
              outcome: d.decision?.outcome,
              feedback: d.decision?.feedback ?? '',
            }}
          />
        )}
      </Card>
    </div>
  );
}
