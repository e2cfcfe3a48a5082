import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { DiscussionOpensLater, DiscussionThread } from '@/components/discussions/discussion-thread';
import { ReachExplanation } from '@/components/evidence/reach-percentile';
import { reachWords } from '@/components/evidence/reach-words';
import { EvidenceList } from '@/components/reviews/evidence-list';
import { ReopenReviewButton } from '@/components/reviews/buttons';
import { ConflictForm } from '@/components/reviews/conflict-form';
import { conflictFormCopy, reopenCopy } from '@/components/reviews/review-copy';
import { ReviewForm, type ReviewFormCopy } from '@/components/reviews/review-form';
import { Alert } from '@/components/ui/alert';
import { Card, PageHeader } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guards';
import { getDiscussion } from '@/lib/discussions/queries';
import { commentDraftKey } from '@/lib/discussions/schema';
import { getFormDraft } from '@/lib/drafts/queries';
import { listSubmissionReach } from '@/lib/evidence/reach-queries';
import { formatDay, formatInstant } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { getReviewWorkspace, type ReviewWorkspace } from '@/lib/reviews/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('review'))('title') };
}

type T = Awaited<ReturnType<typeof getTranslations<'review'>>>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// A weighted score with two decimals, its decimal mark the reader's ("3.50", "3,50").
const score = (n: number | null, locale: Locale) => (n === null ? '—' : locale === 'es' ? n.toFixed(2).replace('.', ',') : n.toFixed(2));
const CONFIDENCE = ['1', '2', '3', '4'] as const;
const confidenceLabel = (t: T, n: number | null) => {
  const level = CONFIDENCE.find((c) => c === String(n));
  return level ? t(`confidenceLevels.${level}`) : t('notGiven');
};

function ScoreTable({
  t,
  locale,
  caption,
  criteria,
  reviews,
}: {
  t: T;
  locale: Locale;
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
              {t('criterion')}
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
              {t('weighted')}
            </th>
            {reviews.map((r) => (
              <td key={r.id} className="py-2 pr-4 text-right font-semibold tabular-nums">
                {score(r.weighted, locale)}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}

/** The score form's words in the reader's language ({placeholders} left for the form to fill). */
function reviewFormCopy(t: T): ReviewFormCopy {
  const keys = [
    'staleTitle',
    'reload',
    'scale',
    'weight',
    'confidence',
    'committee',
    'committeeHint',
    'candidate',
    'candidateHint',
    'submitting',
    'submit',
    'saveDraft',
    'saving',
    'saved',
    'notSaved',
  ] as const;
  const copy = Object.fromEntries(keys.map((k) => [k, t.raw(`form.${k}`) as string])) as Omit<ReviewFormCopy, 'confidenceLevels'>;
  return {
    ...copy,
    confidenceLevels: Object.fromEntries(CONFIDENCE.map((c) => [c, t(`confidenceLevels.${c}`)])) as ReviewFormCopy['confidenceLevels'],
  };
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
  const [t, tq, tn, locale] = await Promise.all([
    getTranslations('review'),
    getTranslations('reviews'),
    getTranslations('nominationForm'),
    getLocale(),
  ]);
  // Not assigned, taken off, or not an admin: the page does not exist for them.
  const w = UUID.test(submissionId) ? await getReviewWorkspace(viewer, submissionId, locale as Locale) : null;
  if (!w) notFound();
  const [discussion, commentDraft, reach, words] = await Promise.all([
    getDiscussion(viewer, submissionId, { page: pageNumber((await searchParams).discussion), locale: locale as Locale }),
    getFormDraft(viewer, commentDraftKey(submissionId)),
    listSubmissionReach(viewer, submissionId),
    reachWords(),
  ]);
  const { submission: s, cycle, mine } = w;
  const isClosed = Boolean(cycle.reviewClosedAt);
  const canEdit = mine && !isClosed && s.status === 'UNDER_REVIEW' && (mine.status === 'ASSIGNED' || mine.status === 'IN_PROGRESS');

  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={w.isAdmin && !mine ? `/admin/decisions/${s.id}` : '/reviews'} className="font-medium text-brand-700 underline">
          {w.isAdmin && !mine ? t('backToDecision') : t('backToReviews')}
        </Link>
      </p>
      <PageHeader
        title={`${s.candidateName} · ${s.categoryName}`}
        description={t('description', {
          kind: s.kind === 'RENEWAL' ? t('renewal') : t('nomination'),
          focusArea: s.focusAreaName ? t('inFocusArea', { name: s.focusAreaName }) : '',
          cycle: cycle.name,
          start: formatDay(s.windowStart, locale),
          end: formatDay(s.windowEnd, locale),
          submitted: formatInstant(s.submittedAt, viewer.timeZone, locale),
        })}
      />
      {mine ? (
        <p className="text-sm text-slate-700">
          <span className="font-semibold text-slate-900">{t('yourReview', { status: tq(`status.${mine.status}`) })}</span>{' '}
          {isClosed ? t('closed') : t('due', { date: formatInstant(mine.dueAt, viewer.timeZone, locale) })}
        </p>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-5">
        <div className="space-y-6 lg:col-span-3">
          {s.nomination ? (
            <Card title={t('theNomination')}>
              <p className="text-sm text-slate-700">
                {t('relationship', { relationship: tn(`relationships.${s.nomination.relationship}`) })}
              </p>
              <p className="mt-2 whitespace-pre-line text-sm">{s.nomination.statement}</p>
              {s.nomination.endorsements.length > 0 ? (
                <>
                  <h3 className="mt-4 text-sm font-semibold">{t('endorsements')}</h3>
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
          <Card title={t('evidence', { count: String(s.items.length) })}>
            {s.items.length > 0 ? <ReachExplanation scope="cycle" words={words} /> : null}
            <EvidenceList items={s.items} reach={reach} />
          </Card>
        </div>

        <div className="space-y-6 lg:col-span-2">
          {mine ? (
            <Card title={t('yourScores')}>
              {canEdit ? (
                <ReviewForm
                  copy={reviewFormCopy(t)}
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
                    t={t}
                    locale={locale}
                    caption={t('yourScores')}
                    criteria={cycle.criteria}
                    reviews={[{ id: mine.id, label: t('you'), scores: mine.scores, weighted: mine.weighted }]}
                  />
                  <p>
                    <span className="font-medium">{t('confidence')}</span> {confidenceLabel(t, mine.confidence)}
                  </p>
                  <p className="whitespace-pre-line">
                    <span className="font-medium">{t('forCommittee')}</span> {mine.committeeComment ?? '—'}
                  </p>
                  <p className="whitespace-pre-line">
                    <span className="font-medium">{t('forCandidate')}</span> {mine.candidateFeedback ?? '—'}
                  </p>
                  {mine.status === 'SUBMITTED' && !isClosed && s.status === 'UNDER_REVIEW' ? (
                    w.canReopen ? (
                      <ReopenReviewButton assignmentId={mine.id} version={mine.version} copy={await reopenCopy()} />
                    ) : (
                      <p className="text-slate-700">{t('reopenAfterOthers')}</p>
                    )
                  ) : null}
                </div>
              )}
            </Card>
          ) : null}

          <Card title={t('otherReviews')}>
            {w.canReadOthers ? (
              w.others.length === 0 ? (
                <p className="text-sm text-slate-700">{t('noOthers')}</p>
              ) : (
                <div className="space-y-4">
                  <ScoreTable t={t} locale={locale} caption={t('othersCaption')} criteria={cycle.criteria} reviews={w.others} />
                  {w.others.map((o) => (
                    <div key={o.id} className="text-sm">
                      <p className="font-semibold">
                        {t('otherConfidence', { reviewer: o.label, level: confidenceLabel(t, o.confidence).split(':')[0] ?? '' })}
                      </p>
                      <p className="whitespace-pre-line">
                        <span className="font-medium">{t('forCommittee')}</span> {o.committeeComment ?? '—'}
                      </p>
                      <p className="whitespace-pre-line">
                        <span className="font-medium">{t('forCandidate')}</span> {o.candidateFeedback ?? '—'}
                      </p>
                    </div>
                  ))}
                </div>
              )
            ) : (
              <Alert tone="info">{t('othersLater')}</Alert>
            )}
          </Card>

          {mine && s.status === 'UNDER_REVIEW' ? (
            <ConflictForm submissionId={s.id} copy={await conflictFormCopy(s.candidateName)} afterwards="/reviews" />
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
