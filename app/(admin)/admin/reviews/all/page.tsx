import type { Metadata } from 'next';
import { awardFilterFields, choiceField, SortHeader, Th, FilteredTablePage, tableProps, LinkRowHeader } from '@/components/admin/table-kit';
import { REVIEW_STATES, reviewFilterSpec, type SearchParamsInput } from '@/lib/exports/filters';
import { listReviews, REVIEW_STATE_LABELS } from '@/lib/exports/reviews';
import { loadMvpTable } from '@/lib/exports/table-page';
import { formatInstant } from '@/lib/format';

export const metadata: Metadata = { title: 'All reviews' };

const PATH = '/admin/reviews/all';

export default async function AllReviewsPage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  const { viewer, filter, problems, options, table } = await loadMvpTable(searchParams, reviewFilterSpec, listReviews);
  return (
    <FilteredTablePage
      title="All reviews"
      description="Every reviewer assignment (removed ones aside): who reviews whom, where each review stands, and the weighted total once submitted. Overdue: not submitted after the cycle’s review due date."
      idPrefix="reviews"
      fields={[...awardFilterFields(options), choiceField('state', 'State', REVIEW_STATES, (s) => REVIEW_STATE_LABELS[s], 'Any state')]}
      problems={problems}
      {...tableProps({ kind: 'reviews', one: 'review', label: 'Reviews', path: PATH, values: filter, table })}
    >
      <thead>
        <tr className="border-b border-slate-300">
          <SortHeader path={PATH} values={filter} sort="candidate" label="Candidate" />
          <SortHeader path={PATH} values={filter} sort="reviewer" label="Reviewer" />
          <Th>Category and cycle</Th>
          <Th>State</Th>
          <SortHeader path={PATH} values={filter} sort="due" label="Due" isDefault />
          <Th>Weighted total</Th>
        </tr>
      </thead>
      <tbody>
        {table.rows.map((r) => (
          <tr key={r.id} className="border-b border-slate-100 align-top">
            <LinkRowHeader href={`/reviews/${r.submissionId}`}>{r.candidateName}</LinkRowHeader>
            <td className="py-2 pr-4">
              {r.reviewerName}
              <span className="block text-slate-700">{r.reviewerEmail}</span>
            </td>
            <td className="py-2 pr-4">
              {r.categoryName}
              <span className="block text-slate-700">{r.cycleName}</span>
            </td>
            <td className="py-2 pr-4">
              {r.state === 'overdue' ? (
                <span className="rounded bg-amber-100 px-2 py-0.5 font-semibold text-amber-900">{REVIEW_STATE_LABELS[r.state]}</span>
              ) : (
                REVIEW_STATE_LABELS[r.state]
              )}
              {r.submittedAt ? <span className="block text-slate-700">{formatInstant(r.submittedAt, viewer.timeZone)}</span> : null}
            </td>
            <td className="py-2 pr-4">{formatInstant(r.dueAt, viewer.timeZone)}</td>
            <td className="py-2 pr-4">{r.total === null ? '—' : r.total.toFixed(2)}</td>
          </tr>
        ))}
      </tbody>
    </FilteredTablePage>
  );
}
