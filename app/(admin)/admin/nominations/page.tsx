import type { Metadata } from 'next';
import { awardFilterFields, choiceField, SortHeader, Th, FilteredTablePage, tableProps, LinkRowHeader } from '@/components/admin/table-kit';
import { NOMINATION_STATUSES, nominationFilterSpec, type SearchParamsInput } from '@/lib/exports/filters';
import { listNominations } from '@/lib/exports/nominations';
import { loadMvpTable } from '@/lib/exports/table-page';
import { formatInstant } from '@/lib/format';
import { NOMINATION_STATUS_COPY } from '@/lib/nominations/lifecycle';

export const metadata: Metadata = { title: 'Nominations' };

const PATH = '/admin/nominations';

export default async function NominationsTablePage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  const { viewer, filter, problems, options, table } = await loadMvpTable(searchParams, nominationFilterSpec, listNominations);
  return (
    <FilteredTablePage
      title="Nominations"
      description={`Every nomination in every cycle, newest first. Dates are in your time zone (${viewer.timeZone}); “to” includes its whole day.`}
      idPrefix="nominations"
      fields={[
        ...awardFilterFields(options),
        choiceField('status', 'Status', NOMINATION_STATUSES, (s) => NOMINATION_STATUS_COPY[s].label, 'Any status'),
        { name: 'from', label: 'Created from', type: 'date' },
        { name: 'to', label: 'Created to', type: 'date' },
      ]}
      problems={problems}
      {...tableProps({ kind: 'nominations', one: 'nomination', label: 'Nominations', path: PATH, values: filter, table })}
    >
      <thead>
        <tr className="border-b border-slate-300">
          <SortHeader path={PATH} values={filter} sort="nominee" label="Nominee" />
          <Th>Category</Th>
          <Th>Cycle</Th>
          <SortHeader path={PATH} values={filter} sort="status" label="Status" />
          <Th>Nominator</Th>
          <SortHeader path={PATH} values={filter} sort="created" label="Created" defaultDir="desc" isDefault />
        </tr>
      </thead>
      <tbody>
        {table.rows.map((n) => (
          <tr key={n.id} className="border-b border-slate-100 align-top">
            <LinkRowHeader href={`/nominations/${n.id}`} detail={n.nomineeEmail}>
              {n.nomineeName}
            </LinkRowHeader>
            <td className="py-2 pr-4">
              {n.category.name}
              {n.focusArea ? <span className="block text-slate-700">{n.focusArea.name}</span> : null}
            </td>
            <td className="py-2 pr-4">{n.cycle.name}</td>
            <td className="py-2 pr-4">{NOMINATION_STATUS_COPY[n.status].label}</td>
            <td className="py-2 pr-4">
              {n.nominator.name ?? n.nominator.email}
              {n._count.endorsements > 0 ? (
                <span className="block text-slate-700">
                  + {n._count.endorsements} endorsement{n._count.endorsements === 1 ? '' : 's'}
                </span>
              ) : null}
            </td>
            <td className="py-2 pr-4">{formatInstant(n.createdAt, viewer.timeZone)}</td>
          </tr>
        ))}
      </tbody>
    </FilteredTablePage>
  );
}
