import type { Metadata } from 'next';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { requireRole } from '@/lib/auth/guards';
import { prisma } from '@/lib/db';
import { formatInstant } from '@/lib/format';

export const metadata: Metadata = { title: 'Reviews' };

export default async function ReviewsPage() {
  const viewer = await requireRole(['REVIEWER'], '/reviews');
  const [assignments, categories] = await Promise.all([
    prisma.reviewAssignment.findMany({
      where: { reviewerId: viewer.id, status: { not: 'REMOVED' } },
      orderBy: { dueAt: 'asc' },
      take: 200,
      select: {
        id: true,
        status: true,
        dueAt: true,
        submission: { select: { category: { select: { name: true } }, candidate: { select: { name: true } } } },
      },
    }),
    prisma.reviewerCategory.findMany({ where: { reviewerId: viewer.id }, select: { category: { select: { name: true } } } }),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Reviews"
        description={`Submissions assigned to you, with their due dates. You review: ${categories.map((c) => c.category.name).join(', ') || 'no categories yet'}.`}
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
