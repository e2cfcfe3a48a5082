import type { Metadata } from 'next';
import { awardFilterFields, choiceField, SortHeader, Th, countLabel, FilteredTablePage, LinkRowHeader } from '@/components/admin/table-kit';
import { requireUser } from '@/lib/auth/guards';
import { exportQuery, NOMINATION_STATUSES, nominationFilterSpec, type SearchParamsInput } from '@/lib/exports/filters';
import { listNominations } from '@/lib/exports/nominations';
import { readMvpFilters } from '@/lib/exports/table';
import { formatInstant } from '@/lib/format';
import { NOMINATION_STATUS_COPY } from '@/lib/nominations/lifecycle';

export const metadata: Metadata = { title: 'Nominations' };

const PATH = '/admin/nominations';

export default async function NominationsTablePage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  const viewer = await requireUser();
  const { filter, problems, options } = await readMvpFilters(viewer, nominationFilterSpec, await searchParams, 'cycles and categories');
  const table = await listNominations(viewer, filter);
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
      countTitle={countLabel(table.total, 'nomination', 'nominations')}
      path={PATH}
      values={filter}
      exportHref={`/api/exports/nominations?${exportQuery(filter)}`}
      emptyTitle="No nominations match these filters."
      label="Nominations"
      noun="nominations"
      table={table}
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
