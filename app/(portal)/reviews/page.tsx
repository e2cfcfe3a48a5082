import type { Metadata } from 'next';
import Link from 'next/link';
import { ConflictForm } from '@/components/reviews/conflict-form';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { requireRole } from '@/lib/auth/guards';
import { formatInstant } from '@/lib/format';
import { REVIEW_STATUS_COPY } from '@/lib/reviews/lifecycle';
import { listDeclarableSubmissions, listReviewerCategories, listReviewQueue } from '@/lib/reviews/queries';

export const metadata: Metadata = { title: 'Reviews' };

export default async function ReviewsPage() {
  const viewer = await requireRole(['REVIEWER'], '/reviews');
  const [assignments, categories, declarable] = await Promise.all([
    listReviewQueue(viewer),
    listReviewerCategories(viewer),
    listDeclarableSubmissions(viewer),
  ]);
  const open = assignments.filter((a) => a.status === 'ASSIGNED' || a.status === 'IN_PROGRESS');
  const done = assignments.filter((a) => a.status === 'SUBMITTED');
  return (
    <div className="space-y-6">
      <PageHeader
        title="Reviews"
        description={`Submissions assigned to you, with their due dates. You review: ${categories.join(', ') || 'no categories yet'}.`}
      />
      <Card title={`To review (${open.length})`}>
        {open.length === 0 ? (
          <EmptyState title="Nothing is waiting for your scores.">
            When a program admin assigns you submissions, they appear here with their due dates.
          </EmptyState>
        ) : (
          <ul className="divide-y divide-slate-200">
            {open.map((a) => {
              return (
                <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                  <div>
                    <Link href={`/reviews/${a.submission.id}`} className="font-medium text-brand-700 underline">
                      {a.submission.candidate.name ?? 'Candidate'} · {a.submission.category.name}
                    </Link>
                    <p className="text-sm text-slate-700">
                      {a.submission.kind === 'RENEWAL' ? 'Renewal' : 'Nomination'} · {REVIEW_STATUS_COPY[a.status].label} ·{' '}
                      {a.submission.cycle.reviewClosedAt ? 'review closed' : `due ${formatInstant(a.dueAt, viewer.timeZone)}`}
                    </p>
                  </div>
                  {a.isOverdue ? <span className="rounded bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-900">Overdue</span> : null}
                </li>
              );
            })}
          </ul>
        )}
      </Card>
      <Card title={`Done (${done.length})`}>
        {done.length === 0 ? (
          <p className="text-sm text-slate-700">Reviews you submit are listed here; you can reopen them until the admin closes review.</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {done.map((a) => (
              <li key={a.id} className="py-3">
                <Link href={`/reviews/${a.submission.id}`} className="font-medium text-brand-700 underline">
                  {a.submission.candidate.name ?? 'Candidate'} · {a.submission.category.name}
                </Link>
                <p className="text-sm text-slate-700">
                  Submitted {a.submittedAt ? formatInstant(a.submittedAt, viewer.timeZone) : ''}
                  {a.submission.cycle.reviewClosedAt ? ' · review closed' : ''}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Card>
      {declarable.length > 0 ? (
        <Card title="Other submissions in your categories">
          <p className="mb-3 text-sm text-slate-700">
            If you have a conflict of interest with any of these candidates, declare it now and you will never be assigned to them.
          </p>
          <ul className="space-y-3">
            {declarable.map((s) => (
              <li key={s.id}>
                <p className="text-sm font-medium">
                  {s.candidateName} · {s.categoryName} ({s.kind === 'RENEWAL' ? 'renewal' : 'nomination'}, {s.cycleName})
                </p>
                <ConflictForm submissionId={s.id} candidateName={s.candidateName} />
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </div>
  );
}
