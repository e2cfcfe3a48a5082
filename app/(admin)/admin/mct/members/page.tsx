import type { Metadata } from 'next';
import { choiceField, SortHeader, TableRegion, Th, countLabel, FilteredTablePage, LinkRowHeader } from '@/components/admin/table-kit';
import { Card, EmptyState } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guards';
import { exportQuery, MEMBER_STANDINGS, memberFilterSpec, parseFilters, type SearchParamsInput } from '@/lib/exports/filters';
import { listMembers, MEMBER_STANDING_LABELS } from '@/lib/exports/members';
import { formatDay, formatDayKey } from '@/lib/format';
import { listMembersAtRisk } from '@/lib/memberships/certification-expiry';

export const metadata: Metadata = { title: 'MCT members' };

const PATH = '/admin/mct/members';

export default async function MembersTablePage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  const viewer = await requireUser();
  const { values: filter, problems } = parseFilters(memberFilterSpec, await searchParams);
  const [table, atRisk] = await Promise.all([listMembers(viewer, filter), listMembersAtRisk(viewer)]);
  return (
    <FilteredTablePage
      title="MCT members"
      description="Every MCT membership with its standing today. “In renewal”: active, with the membership year ending within 90 days. A year that has ended counts as lapsed."
      idPrefix="members"
      fields={[choiceField('status', 'Standing', MEMBER_STANDINGS, (s) => MEMBER_STANDING_LABELS[s], 'Any standing')]}
      problems={problems}
      countTitle={countLabel(table.total, 'member', 'members')}
      path={PATH}
      values={filter}
      exportHref={`/api/exports/members?${exportQuery(filter)}`}
      emptyTitle="No members match these filters."
      label="MCT members"
      noun="members"
      table={table}
      after={
        <Card title={`Certifications running out before renewal: ${atRisk?.length ?? 0}`}>
          <p className="mb-3 text-sm text-slate-700">
            Active members whose eligible certifications stop counting before their membership year ends. They are emailed 90 and 30 days
            ahead and warned on their dashboard.
          </p>
          {!atRisk || atRisk.length === 0 ? (
            <EmptyState title="No member is at risk." />
          ) : (
            <TableRegion label="Members whose certification runs out before renewal">
              <thead>
                <tr className="border-b border-slate-300">
                  <Th>Member</Th>
                  <Th>Certification</Th>
                  <Th>Counts until</Th>
                  <Th>Year ends</Th>
                </tr>
              </thead>
              <tbody>
                {atRisk.map((m) => (
                  <tr key={m.userId} className="border-b border-slate-100 align-top">
                    <LinkRowHeader href={`/admin/people/${m.userId}`} detail={m.email}>
                      {m.name ?? m.email}
                    </LinkRowHeader>
                    <td className="py-2 pr-4">{m.outlook.best?.code ?? 'None counts today'}</td>
                    <td className="py-2 pr-4">{m.outlook.lastDay ? formatDayKey(m.outlook.lastDay) : '—'}</td>
                    <td className="py-2 pr-4">{formatDayKey(m.termEndsOn)}</td>
                  </tr>
                ))}
              </tbody>
            </TableRegion>
          )}
        </Card>
      }
    >
      <thead>
        <tr className="border-b border-slate-300">
          <SortHeader path={PATH} values={filter} sort="name" label="Member" isDefault />
          <Th>Standing</Th>
          <SortHeader path={PATH} values={filter} sort="since" label="Member since" defaultDir="desc" />
          <Th>Current year</Th>
          <Th>Deliveries</Th>
        </tr>
      </thead>
      <tbody>
        {table.rows.map((m) => (
          <tr key={m.id} className="border-b border-slate-100 align-top">
            <LinkRowHeader href={`/admin/people/${m.user.id}`} detail={m.user.email}>
              {m.user.name ?? m.user.email}
            </LinkRowHeader>
            <td className="py-2 pr-4">{MEMBER_STANDING_LABELS[m.standing]}</td>
            <td className="py-2 pr-4">{formatDay(m.memberSince)}</td>
            <td className="py-2 pr-4">{m.term ? `${formatDay(m.term.startsOn)} – ${formatDay(m.term.endsOn)}` : '—'}</td>
            <td className="py-2 pr-4">{m._count.deliveries}</td>
          </tr>
        ))}
      </tbody>
    </FilteredTablePage>
  );
}
