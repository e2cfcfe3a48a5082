import type { Metadata } from 'next';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { requireRole } from '@/lib/auth/guards';
import { formatInstant } from '@/lib/format';
import { listReviewerCategories, listReviewQueue } from '@/lib/reviews/queries';

export const metadata: Metadata = { title: 'Reviews' };

export default async function ReviewsPage() {
  const viewer = await requireRole(['REVIEWER'], '/reviews');
  const [assignments, categories] = await Promise.all([listReviewQueue(viewer), listReviewerCategories(viewer)]);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Reviews"
        description={`Submissions assigned to you, with their due dates. You review: ${categories.join(', ') || 'no categories yet'}.`}
      />
      <Card title="Your queue">
        {assignments.length === 0 ? (
          <EmptyState title="Nothing is assigned to you.">
            When a program admin assigns you submissions, they appear here with their due dates.
          </EmptyState>
        ) : (
          <ul className="divide-y divide-slate-200">
            {assignments.map((a) => (
              <li key={a.id} className="py-2">
                <p className="font-medium">
                  {a.submission.candidate.name ?? 'Candidate'} · {a.submission.category.name}
                </p>
                <p className="text-sm text-slate-700">
                  {a.status === 'SUBMITTED' ? 'Submitted' : `Due ${formatInstant(a.dueAt, viewer.timeZone)}`}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
