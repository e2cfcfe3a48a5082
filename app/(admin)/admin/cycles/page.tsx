import type { Metadata } from 'next';
import Link from 'next/link';
import { CopyCycleButton } from '@/components/cycles/copy-cycle-button';
import { ButtonLink } from '@/components/ui/button';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guards';
import { listCyclesForSetup } from '@/lib/cycles/queries';
import { formatDay, formatInstant } from '@/lib/format';

export const metadata: Metadata = { title: 'Cycles and rubrics' };

export default async function CyclesPage() {
  const viewer = await requireUser();
  const cycles = await listCyclesForSetup(viewer);
  const when = (d: Date) => formatInstant(d, viewer.timeZone);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Cycles and rubrics"
        description={`Each year’s intake of MVP awards: its dates (shown in your time zone, ${viewer.timeZone}), categories, rubric, reviewers and decisions. Start next year’s from last year’s.`}
        actions={<ButtonLink href="/admin/cycles/new">New cycle</ButtonLink>}
      />
      {cycles.length === 0 ? <EmptyState title="No award cycle yet.">Create the first one.</EmptyState> : null}
      {cycles.map((c) => (
        <Card key={c.id} title={c.name}>
          <p className="text-sm">
            <span className="font-semibold">{c.copy.label}.</span> {c.copy.next}
          </p>
          <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
            <div>
              <dt className="inline text-slate-700">Nominations: </dt>
              <dd className="inline">
                {when(c.nominationsOpenAt)} to {when(c.nominationsCloseAt)}
              </dd>
            </div>
            <div>
              <dt className="inline text-slate-700">Evidence due: </dt>
              <dd className="inline">{when(c.submissionDeadline)}</dd>
            </div>
            <div>
              <dt className="inline text-slate-700">Reviews due: </dt>
              <dd className="inline">{when(c.reviewDueAt)}</dd>
            </div>
            <div>
              <dt className="inline text-slate-700">Decisions released: </dt>
              <dd className="inline">{when(c.decisionsReleaseAt)}</dd>
            </div>
            <div>
              <dt className="inline text-slate-700">MVP renewals: </dt>
              <dd className="inline">
                {when(c.renewalOpensAt)} to {when(c.renewalDeadline)}
              </dd>
            </div>
            <div>
              <dt className="inline text-slate-700">Award year starts: </dt>
              <dd className="inline">{formatDay(c.awardStartsOn)}</dd>
            </div>
            <div>
              <dt className="inline text-slate-700">Review: </dt>
              <dd className="inline">{c.reviewClosedAt ? `closed ${when(c.reviewClosedAt)}` : 'open'}</dd>
            </div>
            <div>
              <dt className="inline text-slate-700">Rubric: </dt>
              <dd className="inline">
                {c._count.criteria} criteria, scores {c.scoreMin}–{c.scoreMax}, {c.reviewersPerSubmission} reviewers per submission
              </dd>
            </div>
            <div className="sm:col-span-2">
              <dt className="inline text-slate-700">Categories: </dt>
              <dd className="inline">{c.categoryNames.length > 0 ? c.categoryNames.join(', ') : 'none chosen yet'}</dd>
            </div>
            <div className="sm:col-span-2">
              <dt className="inline text-slate-700">In it: </dt>
              <dd className="inline">
                {c._count.nominations} nominations, {c._count.submissions} submissions, {c._count.renewals} MVP renewals
              </dd>
            </div>
          </dl>
          <ul className="mt-4 flex flex-wrap items-start gap-4 text-sm">
            <li>
              <Link href={`/admin/cycles/${c.id}`} className="font-medium text-brand-700 underline">
                Dates, categories and status<span className="sr-only"> of {c.name}</span>
              </Link>
            </li>
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
            <li>
              <CopyCycleButton cycleId={c.id} cycleName={c.name} />
            </li>
          </ul>
        </Card>
      ))}
    </div>
  );
}
