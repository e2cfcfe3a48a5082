import type { Metadata } from 'next';
import Link from 'next/link';
import { DeclareConflictForm } from '@/components/reviews/declare-conflict-form';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { PageNav } from '@/components/ui/page-nav';
import { requireRole } from '@/lib/auth/guards';
import { formatInstant } from '@/lib/format';
import { REVIEW_STATUS_COPY } from '@/lib/reviews/lifecycle';
import {
  listDeclarableSubmissions,
  listReviewerCategories,
  listReviewQueue,
  OPEN_REVIEWS_PAGE_SIZE,
  type ReviewQueueRow,
} from '@/lib/reviews/queries';

export const metadata: Metadata = { title: 'Reviews' };

// A busy reviewer has a couple of hundred open reviews: fifty a page, their links not prefetched (one
// request per review page in view), and a row is a link and one line of text.
const title = (a: ReviewQueueRow) => `${a.candidateName ?? 'Candidate'} · ${a.categoryName}`;

const pageNumber = (value: string | string[] | undefined) => (typeof value === 'string' && /^\d{1,5}$/.test(value) ? Number(value) : 1);

export default async function ReviewsPage({
  searchParams,
}: {
  searchParams: Promise<{ done?: string | string[]; open?: string | string[] }>;
}) {
  const viewer = await requireRole(['REVIEWER']);
  const search = await searchParams;
  const allDone = search.done === 'all';
  const [queue, categories, declarable] = await Promise.all([
    listReviewQueue(viewer, new Date(), { allDone, openPage: pageNumber(search.open) }),
    listReviewerCategories(viewer),
    listDeclarableSubmissions(viewer),
  ]);
  const { open, openCount, openPage, openPageCount, done, doneCount } = queue;
  const tz = viewer.timeZone;
  const overdue = queue.openOverdue;
  // Each list keeps the other's state in its links.
  const href = (next: { open?: number; allDone?: boolean }) => {
    const query = new URLSearchParams();
    const page = next.open ?? openPage;
    if (page > 1) query.set('open', String(page));
    if (next.allDone ?? allDone) query.set('done', 'all');
    const text = query.toString();
    return `/reviews${text ? `?${text}` : ''}`;
  };
  return (
    <div className="space-y-6">
      <PageHeader
        title="Reviews"
        description={`Submissions assigned to you, soonest due first. You review: ${categories.join(', ') || 'no categories yet'}.`}
      />
      <Card title={`To review (${openCount})`}>
        {openCount === 0 ? (
          <EmptyState title="Nothing is waiting for your scores.">
            When a program admin assigns you submissions, they appear here with their due dates.
          </EmptyState>
        ) : (
          <>
            {overdue > 0 ? (
              <p className="mb-2 text-sm font-semibold text-red-900">
                {overdue === 1 ? '1 review is overdue' : `${overdue} reviews are overdue`}; they are at the top of the list
                {openPage > 1 ? ' (page 1)' : ''}.
              </p>
            ) : null}
            <ul className="divide-y divide-slate-200">
              {open.map((a) => (
                <li key={a.id} className="py-3">
                  <Link href={`/reviews/${a.submissionId}`} prefetch={false} className="font-medium text-brand-700 underline">
                    {title(a)}
                  </Link>
                  <p className="text-sm text-slate-700">
                    {a.kind === 'RENEWAL' ? 'Renewal' : 'Nomination'} · {REVIEW_STATUS_COPY[a.status].label} ·{' '}
                    {a.isReviewClosed ? 'review closed' : `due ${formatInstant(a.dueAt, tz)}`}
                    {a.isOverdue ? <strong className="ml-2 rounded bg-red-100 px-2 py-0.5 text-xs text-red-900">Overdue</strong> : null}
                  </p>
                </li>
              ))}
            </ul>
            {openPageCount > 1 ? (
              <PageNav
                page={openPage}
                pageCount={openPageCount}
                total={openCount}
                pageSize={OPEN_REVIEWS_PAGE_SIZE}
                noun="reviews to do"
                href={(page) => href({ open: page })}
              />
            ) : null}
          </>
        )}
      </Card>
      <Card title={`Done (${doneCount})`}>
        {doneCount === 0 ? (
          <p className="text-sm text-slate-700">
            Reviews you submit are listed here; you can reopen one until the admin closes review, as long as no other reviewer has submitted
            theirs.
          </p>
        ) : (
          <>
            {queue.doneWithNewComments > 0 ? (
              <p className="mb-2 text-sm font-semibold text-brand-800">
                {queue.doneWithNewComments === 1
                  ? 'The discussion of 1 submission has comments you have not read'
                  : `The discussions of ${queue.doneWithNewComments} submissions have comments you have not read`}
                ; {queue.doneWithNewComments === 1 ? 'it is' : 'they are'} listed first.
              </p>
            ) : null}
            <p className="mb-2 text-sm text-slate-700">
              {done.length < doneCount ? `${done.length} of ${doneCount}, most recent first.` : 'Most recent first.'} You can reopen a
              review until the admin closes review.
            </p>
            <ul className="divide-y divide-slate-200">
              {done.map((a) => (
                <li key={a.id} className="py-3">
                  <Link href={`/reviews/${a.submissionId}`} prefetch={false} className="font-medium text-brand-700 underline">
                    {title(a)}
                  </Link>
                  <p className="text-sm text-slate-700">
                    Submitted {a.submittedAt ? formatInstant(a.submittedAt, tz) : ''}
                    {a.isReviewClosed ? ' · review closed' : ''}
                    {a.newComments > 0 ? (
                      <Link
                        href={`/reviews/${a.submissionId}#discussion`}
                        prefetch={false}
                        className="ml-2 rounded bg-brand-600 px-2 py-0.5 text-xs font-semibold text-white"
                      >
                        {a.newComments === 1 ? '1 new comment' : `${a.newComments} new comments`}
                      </Link>
                    ) : null}
                  </p>
                </li>
              ))}
            </ul>
            {done.length < doneCount && !allDone ? (
              <p className="mt-3 text-sm">
                <Link href={href({ allDone: true })} className="font-medium text-brand-700 underline">
                  Show all {doneCount} finished reviews
                </Link>
              </p>
            ) : null}
            {allDone ? (
              <p className="mt-3 text-sm">
                <Link href={href({ allDone: false })} className="font-medium text-brand-700 underline">
                  Show only the latest
                </Link>
              </p>
            ) : null}
          </>
        )}
      </Card>
      {declarable.length > 0 ? (
        <Card title="Declare a conflict of interest">
          <p className="mb-3 text-sm text-slate-700">
            {declarable.length === 1 ? 'One other submission' : `${declarable.length} other submissions`} in your categories may be assigned
            to you. If you have a conflict of interest with one of these candidates, declare it now: you will never be assigned to them.
          </p>
          <DeclareConflictForm
            submissions={declarable.map((s) => ({
              id: s.id,
              label: `${s.candidateName} · ${s.categoryName} (${s.kind === 'RENEWAL' ? 'renewal' : 'nomination'}, ${s.cycleName})`,
            }))}
          />
        </Card>
      ) : null}
    </div>
  );
}
