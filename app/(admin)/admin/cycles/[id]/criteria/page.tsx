import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CriteriaForm } from '@/components/reviews/criteria-form';
import { Alert } from '@/components/ui/alert';
import { Card, PageHeader } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guards';
import { getCycleCriteria } from '@/lib/reviews/board';

export const metadata: Metadata = { title: 'Criteria and weights' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function CriteriaPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireUser();
  const cycle = UUID.test(id) ? await getCycleCriteria(viewer, id) : null;
  if (!cycle) notFound();
  const total = cycle.criteria.reduce((sum, c) => sum + c.weight, 0);
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/admin/cycles" className="font-medium text-brand-700 underline">
          Back to the cycles
        </Link>
      </p>
      <PageHeader
        title={`Criteria and weights: ${cycle.name}`}
        description={`Reviewers score each criterion from ${cycle.scoreMin} to ${cycle.scoreMax}; a review’s score is the mean weighted by these weights (relative to their sum).`}
      />
      <Card title="Rubric">
        {cycle.submittedReviews > 0 ? (
          <div className="space-y-4">
            <Alert tone="info" title="The rubric is fixed for this cycle">
              {cycle.submittedReviews} review{cycle.submittedReviews === 1 ? ' has' : 's have'} been submitted against it. Changing criteria
              or weights now would make those scores incomparable with later ones.
            </Alert>
            <ul className="divide-y divide-slate-200 text-sm">
              {cycle.criteria.map((c) => (
                <li key={c.id} className="py-2">
                  <p className="font-medium">
                    {c.label} <span className="font-normal text-slate-700">({Math.round((c.weight / total) * 100)}%)</span>
                  </p>
                  <p className="text-slate-700">{c.description}</p>
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <CriteriaForm
            initial={{
              cycleId: cycle.id,
              version: cycle.version,
              criteria: cycle.criteria.map((c) => ({ id: c.id, label: c.label, description: c.description, weight: String(c.weight) })),
            }}
          />
        )}
      </Card>
    </div>
  );
}
