import type { Metadata } from 'next';
import Link from 'next/link';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guards';
import { formatDay, formatInstant } from '@/lib/format';
import { listCyclesForAdmin } from '@/lib/reviews/queries';

export const metadata: Metadata = { title: 'Cycles and rubrics' };

export default async function CyclesPage() {
  const viewer = await requireUser();
  const cycles = await listCyclesForAdmin(viewer);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Cycles and rubrics"
        description="Each award cycle’s deadlines, its review rubric, its reviewers and its decisions."
      />
      {cycles.length === 0 ? <EmptyState title="No award cycle yet." /> : null}
      {cycles.map((c) => (
        <Card key={c.id} title={c.name}>
          <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
            <div>
              <dt className="inline text-slate-700">Status: </dt>
              <dd className="inline font-medium">{c.status.toLowerCase().replace('_', ' ')}</dd>
            </div>
            <div>
              <dt className="inline text-slate-700">Evidence due: </dt>
              <dd className="inline">{formatInstant(c.submissionDeadline, viewer.timeZone)}</dd>
            </div>
            <div>
              <dt className="inline text-slate-700">Reviews due: </dt>
              <dd className="inline">{formatInstant(c.reviewDueAt, viewer.timeZone)}</dd>
            </div>
            <div>
              <dt className="inline text-slate-700">Review: </dt>
              <dd className="inline">{c.reviewClosedAt ? `closed ${formatInstant(c.reviewClosedAt, viewer.timeZone)}` : 'open'}</dd>
            </div>
            <div>
              <dt className="inline text-slate-700">Renewals due: </dt>
              <dd className="inline">{formatInstant(c.renewalDeadline, viewer.timeZone)}</dd>
            </div>
            <div>
              <dt className="inline text-slate-700">Award year starts: </dt>
              <dd className="inline">{formatDay(c.awardStartsOn)}</dd>
            </div>
            <div>
              <dt className="inline text-slate-700">Rubric: </dt>
              <dd className="inline">
                {c._count.criteria} criteria, scores {c.scoreMin}–{c.scoreMax}, {c.reviewersPerSubmission} reviewers per submission
              </dd>
            </div>
            <div>
              <dt className="inline text-slate-700">Submissions: </dt>
              <dd className="inline">{c._count.submissions}</dd>
            </div>
          </dl>
          <ul className="mt-4 flex flex-wrap gap-4 text-sm">
            <li>
              <Link href={`/admin/cycles/${c.id}/criteria`} className="font-medium text-brand-700 underline">
                Criteria and weights<span className="sr-only"> of {c.name}</span>
              </Link>
            </li>
            <li>
              <Link href={`/admin/reviews?cycle=${c.id}`} className="font-medium text-brand-700 underline">
                Reviewer assignment<span className="sr-only"> of {c.name}</span>
              </Link>
            </li>
            <li>
              <Link href={`/admin/decisions?cycle=${c.id}`} className="font-medium text-brand-700 underline">
                Decisions<span className="sr-only"> of {c.name}</span>
              </Link>
            </li>
          </ul>
        </Card>
      ))}
    </div>
  );
}
