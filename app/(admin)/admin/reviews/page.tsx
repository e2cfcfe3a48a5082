import type { Metadata } from 'next';
import Link from 'next/link';
import { AssignmentTable } from '@/components/reviews/assignment-table';
import { SendRemindersButton } from '@/components/reviews/buttons';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guards';
import { formatInstant } from '@/lib/format';
import { getAssignmentBoard } from '@/lib/reviews/board';

export const metadata: Metadata = { title: 'Reviewer assignment' };

type Search = { cycle?: string | string[]; category?: string | string[] };
const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined);

export default async function ReviewerAssignmentPage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await requireUser();
  const params = await searchParams;
  const board = await getAssignmentBoard(viewer, { cycleId: one(params.cycle), categoryId: one(params.category) });
  if (!board?.cycle) {
    return (
      <div>
        <PageHeader title="Reviewer assignment" />
        <EmptyState title="No award cycle yet." />
      </div>
    );
  }
  const { cycle, category } = board;
  return (
    <div className="space-y-6">
      <PageHeader
        title="Reviewer assignment"
        description={`Submitted nominations and renewals per category, and who reviews them. Reviews are due ${formatInstant(cycle.reviewDueAt, viewer.timeZone)}.`}
        actions={<SendRemindersButton />}
      />
      <form className="flex flex-wrap items-end gap-2" method="get">
        <div>
          <label htmlFor="cycle" className="block text-sm font-medium">
            Award cycle
          </label>
          <select id="cycle" name="cycle" defaultValue={cycle.id} className="rounded-md border border-slate-400 bg-white px-3 py-2 text-sm">
            {board.cycles.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
                {c.reviewClosedAt ? ' (review closed)' : ''}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold">
          Show
        </button>
      </form>
      <nav aria-label="Categories">
        <ul className="flex flex-wrap gap-2">
          {board.categories.map((c) => (
            <li key={c.id}>
              <Link
                href={`/admin/reviews?cycle=${cycle.id}&category=${c.id}`}
                aria-current={c.id === category?.id ? 'page' : undefined}
                className={`block rounded-full border px-3 py-1 text-sm ${c.id === category?.id ? 'border-brand-700 bg-brand-50 font-semibold text-brand-800' : 'border-slate-300 text-slate-800'}`}
              >
                {c.name} ({c.submissions})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {category ? (
        <Card title={`${category.name} in ${cycle.name}`}>
          <AssignmentTable
            key={`${cycle.id}/${category.id}`}
            cycleId={cycle.id}
            categoryId={category.id}
            categoryName={category.name}
            perSubmission={cycle.reviewersPerSubmission}
            isClosed={Boolean(cycle.reviewClosedAt)}
            submissions={board.submissions}
            reviewers={board.reviewers}
          />
        </Card>
      ) : null}
    </div>
  );
}
