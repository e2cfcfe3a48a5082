import type { Metadata } from 'next';
import { awardFilterFields, SortHeader, Th, FilteredTablePage, tableProps, LinkRowHeader } from '@/components/admin/table-kit';
import { AWARD_STATUS_LABELS, listAwards } from '@/lib/exports/awards';
import { awardFilterSpec, type SearchParamsInput } from '@/lib/exports/filters';
import { loadMvpTable } from '@/lib/exports/table-page';
import { formatDay } from '@/lib/format';

export const metadata: Metadata = { title: 'Awards' };

const PATH = '/admin/awards';

export default async function AwardsTablePage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  const { filter, problems, options, table } = await loadMvpTable(searchParams, awardFilterSpec, listAwards, 'categories');
  return (
    <FilteredTablePage
      title="Awards"
      description="Every MVP award year, latest first, with its status today. An award is active once its holder accepted the code of conduct and the NDA."
      idPrefix="awards"
      fields={[...awardFilterFields(options), { name: 'year', label: 'Year the award starts', type: 'year' }]}
      problems={problems}
      {...tableProps({ kind: 'awards', one: 'award', label: 'Awards', path: PATH, values: filter, table })}
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
            <LinkRowHeader href={`/admin/people/${a.userId}`} detail={a.user.email}>
              {a.user.name ?? a.user.email}
            </LinkRowHeader>
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
    </FilteredTablePage>
  );
}
