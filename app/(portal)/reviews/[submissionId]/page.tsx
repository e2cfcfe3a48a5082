import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DiscussionOpensLater, DiscussionThread } from '@/components/discussions/discussion-thread';
import { ReachExplanation } from '@/components/evidence/reach-percentile';
import { EvidenceList } from '@/components/reviews/evidence-list';
import { ReopenReviewButton } from '@/components/reviews/buttons';
import { ConflictForm } from '@/components/reviews/conflict-form';
import { ReviewForm } from '@/components/reviews/review-form';
import { Alert } from '@/components/ui/alert';
import { Card, PageHeader } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guards';
import { getDiscussion } from '@/lib/discussions/queries';
import { commentDraftKey } from '@/lib/discussions/schema';
import { getFormDraft } from '@/lib/drafts/queries';
import { listSubmissionReach } from '@/lib/evidence/reach-queries';
import { formatDay, formatInstant } from '@/lib/format';
import { CONFIDENCE_LEVELS } from '@/lib/reviews/schema';
import { REOPEN_AFTER_OTHERS_MESSAGE, REVIEW_STATUS_COPY } from '@/lib/reviews/lifecycle';
import { getReviewWorkspace, type ReviewWorkspace } from '@/lib/reviews/queries';
import { RELATIONSHIP_LABELS } from '@/lib/nominations/schema';

export const metadata: Metadata = { title: 'Review' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const score = (n: number | null) => (n === null ? '—' : n.toFixed(2));
const confidenceLabel = (n: number | null) => CONFIDENCE_LEVELS.find((c) => c.value === String(n))?.label ?? 'Not given';

function ScoreTable({
  caption,
  criteria,
  reviews,
}: {
  caption: string;
  criteria: ReviewWorkspace['cycle']['criteria'];
  reviews: { id: string; label: string; scores: Record<string, number>; weighted: number | null }[];
}) {
  // Criteria down, reviewers across: it fits the narrow column beside the evidence (a row per
  // reviewer with a column per criterion was cut off at common laptop widths).
  return (
    <div className="overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-2 pr-4">
              Criterion
            </th>
            {reviews.map((r) => (
              <th key={r.id} scope="col" className="py-2 pr-4 text-right">
                {r.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {criteria.map((c) => (
            <tr key={c.id} className="border-b border-slate-200">
              <th scope="row" className="py-2 pr-4 font-medium [overflow-wrap:anywhere]">
                {c.label}
              </th>
              {reviews.map((r) => (
                <td key={r.id} className="py-2 pr-4 text-right tabular-nums">
                  {r.scores[c.id] ?? '—'}
                </td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row" className="py-2 pr-4">
              Weighted
            </th>
            {reviews.map((r) => (
              <td key={r.id} className="py-2 pr-4 text-right font-semibold tabular-nums">
                {score(r.weighted)}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}

const pageNumber = (value: string | string[] | undefined) =>
  typeof value === 'string' && /^\d{1,5}$/.test(value) ? Number(value) : undefined;

export default async function ReviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ submissionId: string }>;
  searchParams: Promise<{ discussion?: string | string[] }>;
}) {
  const { submissionId } = await params;
  const viewer = await requireUser();
  // Not assigned, taken off, or not an admin: the page does not exist for them.
  const w = UUID.test(submissionId) ? await getReviewWorkspace(viewer, submissionId) : null;
  if (!w) notFound();
  const [discussion, commentDraft, reach] = await Promise.all([
    getDiscussion(viewer, submissionId, { page: pageNumber((await searchParams).discussion) }),
    getFormDraft(viewer, commentDraftKey(submissionId)),
    listSubmissionReach(viewer, submissionId),
  ]);
  const { submission: s, cycle, mine } = w;
  const isClosed = Boolean(cycle.reviewClosedAt);
  const canEdit = mine && !isClosed && s.status === 'UNDER_REVIEW' && (mine.status === 'ASSIGNED' || mine.status === 'IN_PROGRESS');

  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={w.isAdmin && !mine ? `/admin/decisions/${s.id}` : '/reviews'} className="font-medium text-brand-700 underline">
          {w.isAdmin && !mine ? 'Back to the decision' : 'Back to your reviews'}
        </Link>
      </p>
      <PageHeader
        title={`${s.candidateName} · ${s.categoryName}`}
        description={`${s.kind === 'RENEWAL' ? 'Renewal' : 'Nomination'}${s.focusAreaName ? ` in ${s.focusAreaName}` : ''}, ${cycle.name}. Evidence from ${formatDay(s.windowStart)} to ${formatDay(s.windowEnd)}, submitted ${formatInstant(s.submittedAt, viewer.timeZone)}.`}
      />
      {mine ? (
        <p className="text-sm text-slate-700">
          <span className="font-semibold text-slate-900">Your review: {REVIEW_STATUS_COPY[mine.status].label}.</span>{' '}
          {isClosed ? 'Review is closed; reviews can no longer change.' : `Due ${formatInstant(mine.dueAt, viewer.timeZone)}.`}
        </p>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-5">
        <div className="space-y-6 lg:col-span-3">
          {s.nomination ? (
            <Card title="The nomination">
              <p className="text-sm text-slate-700">Relationship of the nominator: {RELATIONSHIP_LABELS[s.nomination.relationship]}</p>
              <p className="mt-2 whitespace-pre-line text-sm">{s.nomination.statement}</p>
              {s.nomination.endorsements.length > 0 ? (
                <>
                  <h3 className="mt-4 text-sm font-semibold">Endorsements</h3>
                  <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
                    {s.nomination.endorsements.map((e, i) => (
                      <li key={i} className="whitespace-pre-line">
                        {e}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </Card>
          ) : null}
          <Card title={`Evidence (${s.items.length})`}>
            {s.items.length > 0 ? <ReachExplanation scope="cycle" /> : null}
            <EvidenceList items={s.items} reach={reach} />
          </Card>
        </div>

        <div className="space-y-6 lg:col-span-2">
          {mine ? (
            <Card title="Your scores">
              {canEdit ? (
                <ReviewForm
                  rubric={{ scoreMin: cycle.scoreMin, scoreMax: cycle.scoreMax, criteria: cycle.criteria }}
                  initial={{
                    assignmentId: mine.id,
                    version: mine.version,
                    intent: 'draft',
                    scores: Object.fromEntries(
                      cycle.criteria.map((c) => [c.id, mine.scores[c.id] === undefined ? '' : String(mine.scores[c.id])]),
                    ),
                    confidence: mine.confidence === null ? '' : (String(mine.confidence) as '1' | '2' | '3' | '4'),
                    committeeComment: mine.committeeComment ?? '',
                    candidateFeedback: mine.candidateFeedback ?? '',
                  }}
                />
              ) : (
                <div className="space-y-3 text-sm">
                  <ScoreTable
                    caption="Your scores"
                    criteria={cycle.criteria}
                    reviews={[{ id: mine.id, label: 'You', scores: mine.scores, weighted: mine.weighted }]}
                  />
                  <p>
                    <span className="font-medium">Confidence:</span> {confidenceLabel(mine.confidence)}
                  </p>
                  <p className="whitespace-pre-line">
                    <span className="font-medium">For the committee:</span> {mine.committeeComment ?? '—'}
                  </p>
                  <p className="whitespace-pre-line">
                    <span className="font-medium">For the candidate:</span> {mine.candidateFeedback ?? '—'}
                  </p>
                  {mine.status === 'SUBMITTED' && !isClosed && s.status === 'UNDER_REVIEW' ? (
                    w.canReopen ? (
                      <ReopenReviewButton assignmentId={mine.id} version={mine.version} />
                    ) : (
                      <p className="text-slate-700">{REOPEN_AFTER_OTHERS_MESSAGE}</p>
                    )
                  ) : null}
                </div>
              )}
            </Card>
          ) : null}

          <Card title="Other reviews">
            {w.canReadOthers ? (
              w.others.length === 0 ? (
                <p className="text-sm text-slate-700">No other review has been submitted yet.</p>
              ) : (
                <div className="space-y-4">
                  <ScoreTable caption="Scores of the other reviewers" criteria={cycle.criteria} reviews={w.others} />
                  {w.others.map((o) => (
                    <div key={o.id} className="text-sm">
                      <p className="font-semibold">
                        {o.label} · confidence: {confidenceLabel(o.confidence).split(':')[0]}
                      </p>
                      <p className="whitespace-pre-line">
                        <span className="font-medium">For the committee:</span> {o.committeeComment ?? '—'}
                      </p>
                      <p className="whitespace-pre-line">
                        <span className="font-medium">For the candidate:</span> {o.candidateFeedback ?? '—'}
                      </p>
                    </div>
                  ))}
                </div>
              )
            ) : (
              <Alert tone="info">The other reviewers’ scores and comments appear here once you have submitted your own review.</Alert>
            )}
          </Card>

          {mine && s.status === 'UNDER_REVIEW' ? (
            <ConflictForm submissionId={s.id} candidateName={s.candidateName} afterwards="/reviews" />
          ) : null}
        </div>
      </div>
      {discussion?.access === 'after-own-review' ? <DiscussionOpensLater /> : null}
      {discussion && discussion.access !== 'after-own-review' ? (
        <DiscussionThread
          discussion={discussion}
          userId={viewer.id}
          timeZone={viewer.timeZone}
          draft={commentDraft}
          pageHref={(page) => `/reviews/${s.id}?discussion=${page}#discussion`}
        />
      ) : null}
    </div>
  );
}
