import type { Metadata } from 'next';
import Link from 'next/link';
import { choiceField, ExportLink, FilterBar, FilterProblems, Pager, TableRegion } from '@/components/admin/table-kit';
import { ApplicationStatusBadge } from '@/components/mct/application-status';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guards';
import {
  APPLICATION_CHANNELS,
  APPLICATION_STATUSES,
  applicationFilterSpec,
  exportQuery,
  parseFilters,
  type SearchParamsInput,
} from '@/lib/exports/filters';
import { listApplications } from '@/lib/exports/mct-applications';
import { formatDay, formatInstant } from '@/lib/format';
import { ENROLLMENT_CHANNEL_LABELS, MCT_APPLICATION_STATUS_COPY } from '@/lib/mct/lifecycle';
import { TableHead } from '@/components/ui/table';

export const metadata: Metadata = { title: 'MCT applications' };

const PATH = '/admin/mct/applications';

export default async function ApplicationsQueuePage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  const viewer = await requireUser();
  const { values: filter, problems } = parseFilters(applicationFilterSpec, await searchParams);
  const table = await listApplications(viewer, filter);
  const total = APPLICATION_STATUSES.reduce((sum, s) => sum + table.count(s), 0);
  return (
    <div className="space-y-6">
      <PageHeader
        title="MCT applications"
        description="Submitted applications wait here for a decision, oldest first. Each shows its route and each requirement’s evidence. Filter by channel, by the month an application was started (in your time zone) or by status."
      />
      <FilterBar
        path={PATH}
        idPrefix="applications"
        values={{ ...filter, status: table.status ?? 'ALL' }}
        fields={[
          {
            name: 'status',
            label: 'Status',
            type: 'select',
            anyLabel: null,
            options: [
              ...APPLICATION_STATUSES.map((s) => ({ value: s, label: `${MCT_APPLICATION_STATUS_COPY[s].label} (${table.count(s)})` })),
              { value: 'ALL', label: `All statuses (${total})` },
            ],
          },
          choiceField('channel', 'Channel', APPLICATION_CHANNELS, (c) => ENROLLMENT_CHANNEL_LABELS[c], 'Any channel'),
          { name: 'month', label: 'Started in month', type: 'month' },
        ]}
      />
      <FilterProblems problems={problems} />
      <Card
        title={`${table.total.toLocaleString('en-US')} application${table.total === 1 ? '' : 's'}`}
        actions={<ExportLink href={`/api/exports/mct-applications?${exportQuery({ ...filter, status: table.status ?? 'ALL' })}`} />}
      >
        {table.rows.length === 0 ? (
          <EmptyState title="Nothing here">No application matches these filters.</EmptyState>
        ) : (
          <TableRegion label="MCT applications">
            <TableHead columns={['Candidate', 'Route', 'Evidence', 'Submitted', 'Status']} />
            <tbody>
              {table.rows.map((a) => (
                <tr key={a.id} className="border-b border-slate-100 align-top">
                  <td className="py-2 pr-3">
                    <Link href={`/admin/mct/applications/${a.id}`} className="font-medium text-brand-700 underline">
                      {a.candidate.name ?? a.candidate.email}
                    </Link>
                    <span className="block text-slate-600">{a.candidate.email}</span>
                  </td>
                  <td className="py-2 pr-3">
                    {ENROLLMENT_CHANNEL_LABELS[a.channel]}
                    {a.provider ? <span className="block text-slate-600">{a.provider.name}</span> : null}
                    {a.kind === 'REINSTATEMENT' ? <span className="block text-slate-600">Reinstatement</span> : null}
                  </td>
                  <td className="py-2 pr-3">
                    <span className="block">Certification: {a.candidateCertification?.certification.code ?? 'not yet'}</span>
                    <span className="block">
                      ISC: {a.iscCompletion ? `${a.iscCompletion.provider.name}, ${formatDay(a.iscCompletion.completedOn)}` : 'none'}
                    </span>
                    <span className="block">
                      Agreement: {a.agreementAcceptance ? `accepted (${a.agreementAcceptance.agreement.version})` : 'not yet'}
                    </span>
                  </td>
                  <td className="py-2 pr-3">{a.submittedAt ? formatInstant(a.submittedAt, viewer.timeZone) : '—'}</td>
                  <td className="py-2">
                    <ApplicationStatusBadge status={a.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </TableRegion>
        )}
        <Pager path={PATH} values={filter} noun="applications" table={table} />
      </Card>
    </div>
  );
}
