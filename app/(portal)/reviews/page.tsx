import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { DeclareConflictForm } from '@/components/reviews/declare-conflict-form';
import { declareConflictCopy } from '@/components/reviews/review-copy';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { PageNav } from '@/components/ui/page-nav';
import { pageNavCopy } from '@/components/ui/page-nav-copy';
import { requireRole } from '@/lib/auth/guards';
import { formatInstant } from '@/lib/format';
import {
  listDeclarableSubmissions,
  listReviewerCategories,
  listReviewQueue,
  OPEN_REVIEWS_PAGE_SIZE,
  type ReviewQueueRow,
} from '@/lib/reviews/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('reviews'))('title') };
}

// A busy reviewer has a couple of hundred open reviews: fifty a page, their links not prefetched (one
// request per review page in view), and a row is a link and one line of text.
const title = (a: ReviewQueueRow, candidate: string) => `${a.candidateName ?? candidate} · ${a.categoryName}`;

const pageNumber = (value: string | string[] | undefined) => (typeof value === 'string' && /^\d{1,5}$/.test(value) ? Number(value) : 1);

export default async function ReviewsPage({
  searchParams,
}: {
  searchParams: Promise<{ done?: string | string[]; open?: string | string[] }>;
}) {
  const viewer = await requireRole(['REVIEWER']);
  const [t, locale] = await Promise.all([getTranslations('reviews'), getLocale()]);
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
      <PageHeader title={t('title')} description={t('description', { categories: categories.join(', ') || t('noCategories') })} />
      <Card title={t('toReview', { count: String(openCount) })}>
        {openCount === 0 ? (
          <EmptyState title={t('nothingWaiting')}>{t('nothingWaitingBody')}</EmptyState>
        ) : (
          <>
            {overdue > 0 ? (
              <p className="mb-2 text-sm font-semibold text-red-900">
                {t('overdue', { count: overdue, firstPage: openPage > 1 ? t('pageOne') : '' })}
              </p>
            ) : null}
            <ul className="divide-y divide-slate-200">
              {open.map((a) => (
                <li key={a.id} className="py-3">
                  <Link href={`/reviews/${a.submissionId}`} prefetch={false} className="font-medium text-brand-700 underline">
                    {title(a, t('candidate'))}
                  </Link>
                  <p className="text-sm text-slate-700">
                    {a.kind === 'RENEWAL' ? t('renewal') : t('nomination')} · {t(`status.${a.status}`)} ·{' '}
                    {a.isReviewClosed ? t('reviewClosed') : t('due', { date: formatInstant(a.dueAt, tz, locale) })}
                    {a.isOverdue ? (
                      <strong className="ml-2 rounded bg-red-100 px-2 py-0.5 text-xs text-red-900">{t('overdueBadge')}</strong>
                    ) : null}
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
                noun={t('openNoun')}
                href={(page) => href({ open: page })}
                copy={await pageNavCopy()}
              />
            ) : null}
          </>
        )}
      </Card>
      <Card title={t('done', { count: String(doneCount) })}>
        {doneCount === 0 ? (
          <p className="text-sm text-slate-700">{t('doneEmpty')}</p>
        ) : (
          <>
            {queue.doneWithNewComments > 0 ? (
              <p className="mb-2 text-sm font-semibold text-brand-800">{t('newComments', { count: queue.doneWithNewComments })}</p>
            ) : null}
            <p className="mb-2 text-sm text-slate-700">
              {done.length < doneCount ? t('someOf', { shown: String(done.length), total: String(doneCount) }) : t('mostRecent')}{' '}
              {t('canReopen')}
            </p>
            <ul className="divide-y divide-slate-200">
              {done.map((a) => (
                <li key={a.id} className="py-3">
                  <Link href={`/reviews/${a.submissionId}`} prefetch={false} className="font-medium text-brand-700 underline">
                    {title(a, t('candidate'))}
                  </Link>
                  <p className="text-sm text-slate-700">
                    {t('submitted', { date: a.submittedAt ? formatInstant(a.submittedAt, tz, locale) : '' })}
                    {a.isReviewClosed ? t('closedSuffix') : ''}
                    {a.newComments > 0 ? (
                      <Link
                        href={`/reviews/${a.submissionId}#discussion`}
                        prefetch={false}
                        className="ml-2 rounded bg-brand-600 px-2 py-0.5 text-xs font-semibold text-white"
                      >
                        {t('newCommentCount', { count: a.newComments })}
                      </Link>
                    ) : null}
                  </p>
                </li>
              ))}
            </ul>
            {done.length < doneCount && !allDone ? (
              <p className="mt-3 text-sm">
                <Link href={href({ allDone: true })} className="font-medium text-brand-700 underline">
                  {t('showAll', { count: String(doneCount) })}
                </Link>
              </p>
            ) : null}
            {allDone ? (
              <p className="mt-3 text-sm">
                <Link href={href({ allDone: false })} className="font-medium text-brand-700 underline">
                  {t('showLatest')}
                </Link>
              </p>
            ) : null}
          </>
        )}
      </Card>
      {declarable.length > 0 ? (
        <Card title={t('declareTitle')}>
          <p className="mb-3 text-sm text-slate-700">{t('declareBody', { count: declarable.length })}</p>
          <DeclareConflictForm
            copy={await declareConflictCopy()}
            submissions={declarable.map((s) => ({
              id: s.id,
              label: `${s.candidateName} · ${s.categoryName} (${s.kind === 'RENEWAL' ? t('declarableRenewal') : t('declarableNomination')}, ${s.cycleName})`,
            }))}
          />
        </Card>
      ) : null}
    </div>
  );
}
