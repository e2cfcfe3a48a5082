import type { Metadata } from 'next';
import Link from 'next/link';
import { awardFilterFields, ResultsCard, FilterBar, FilterProblems, SortHeader, Th } from '@/components/admin/table-kit';
import { PageHeader } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guards';
import { AWARD_STATUS_LABELS, listAwards } from '@/lib/exports/awards';
import { awardFilterSpec, exportQuery, parseFilters, type SearchParamsInput } from '@/lib/exports/filters';
import { checkKnownIds, mvpFilterOptions } from '@/lib/exports/table';
import { formatDay } from '@/lib/format';

export const metadata: Metadata = { title: 'Awards' };

const PATH = '/admin/awards';

export default async function AwardsTablePage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  const viewer = await requireUser();
  const parsed = parseFilters(awardFilterSpec, await searchParams);
  const options = await mvpFilterOptions(viewer);
  const filter = checkKnownIds(parsed.values, { categories: options.categories }, parsed.problems);
  const table = await listAwards(viewer, filter);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Awards"
        description="Every MVP award year, latest first, with its status today. An award is active once its holder accepted the code of conduct and the NDA."
      />
      <FilterBar
        path={PATH}
        idPrefix="awards"
        values={filter}
        fields={[...awardFilterFields({ categories: options.categories }), { name: 'year', label: 'Year the award starts', type: 'year' }]}
      />
      <FilterProblems problems={parsed.problems} />
      <ResultsCard
        title={`${table.total.toLocaleString('en-US')} award${table.total === 1 ? '' : 's'}`}
        exportHref={`/api/exports/awards?${exportQuery(filter)}`}
        emptyTitle="No awards match these filters."
        label="Awards"
        path={PATH}
        values={filter}
        noun="awards"
        table={table}
      >
        <thead>
          <tr className="border-b border-slate-300">
            <SortHeader path={PATH} values={filter} sort="holder" label="Holder" />
            <Th>Category</Th>
            <Th>Cycle</Th>
            <SortHeader path={PATH} values={filter} sort="starts" label="Award year" defaultDir="desc" isDefault />
            <Th>Status</Th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((a) => (
            <tr key={a.id} className="border-b border-slate-100 align-top">
              <th scope="row" className="py-2 pr-4 font-medium">
                <Link href={`/admin/people/${a.userId}`} className="text-brand-700 underline">
                  {a.user.name ?? a.user.email}
                </Link>
                <span className="block font-normal text-slate-700">{a.user.email}</span>
              </th>
              <td className="py-2 pr-4">
                {a.category.name}
                {a.focusArea ? <span className="block text-slate-700">{a.focusArea.name}</span> : null}
              </td>
              <td className="py-2 pr-4">{a.cycle.name}</td>
              <td className="py-2 pr-4">
                {formatDay(a.startsOn)} – {formatDay(a.endsOn)}
                {a.renewsId ? <span className="block text-slate-700">Renewal</span> : null}
              </td>
              <td className="py-2 pr-4">{AWARD_STATUS_LABELS[a.status]}</td>
            </tr>
          ))}
        </tbody>
      </ResultsCard>
    </div>
  );
}
