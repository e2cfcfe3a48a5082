import type { Metadata } from 'next';
import Link from 'next/link';
import { choiceField, SortHeader, Th, countLabel, FilteredTablePage } from '@/components/admin/table-kit';
import { requireUser } from '@/lib/auth/guards';
import { listDeliveries } from '@/lib/exports/deliveries';
import { deliveryFilterSpec, exportQuery, parseFilters, type SearchParamsInput } from '@/lib/exports/filters';
import { formatDay } from '@/lib/format';
import { DELIVERY_FORMAT_LABELS, DELIVERY_FORMATS } from '@/lib/memberships/schema';

export const metadata: Metadata = { title: 'Training deliveries' };

const PATH = '/admin/mct/deliveries';

export default async function DeliveriesTablePage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  const viewer = await requireUser();
  const { values: filter, problems } = parseFilters(deliveryFilterSpec, await searchParams);
  const table = await listDeliveries(viewer, filter);
  return (
    <FilteredTablePage
      title="Training deliveries"
      description="Trainings MCTs recorded for their renewals, latest first. The dates filter the day a delivery started; both days are included."
      idPrefix="deliveries"
      fields={[
        choiceField('format', 'Format', DELIVERY_FORMATS, (f) => DELIVERY_FORMAT_LABELS[f], 'Any format'),
        { name: 'from', label: 'Started from', type: 'date' },
        { name: 'to', label: 'Started to', type: 'date' },
      ]}
      problems={problems}
      countTitle={`${countLabel(table.total, 'delivery', 'deliveries')}, ${table.students.toLocaleString('en-US')} students`}
      path={PATH}
      values={filter}
      exportHref={`/api/exports/deliveries?${exportQuery(filter)}`}
      emptyTitle="No deliveries match these filters."
      label="Training deliveries"
      noun="deliveries"
      table={table}
    >
      <thead>
        <tr className="border-b border-slate-300">
          <Th>Course</Th>
          <Th>Trainer</Th>
          <SortHeader path={PATH} values={filter} sort="start" label="Dates" defaultDir="desc" isDefault />
          <Th>Format</Th>
          <SortHeader path={PATH} values={filter} sort="students" label="Students" defaultDir="desc" />
          <Th>Training partner</Th>
          <Th>Satisfaction</Th>
        </tr>
      </thead>
      <tbody>
        {table.rows.map((d) => (
          <tr key={d.id} className="border-b border-slate-100 align-top">
            <th scope="row" className="py-2 pr-4 font-medium">
              {d.courseCode}
              <span className="block font-normal text-slate-700">{d.courseTitle}</span>
            </th>
            <td className="py-2 pr-4">
              <Link href={`/admin/people/${d.userId}`} className="text-brand-700 underline">
                {d.user.name ?? d.user.email}
              </Link>
            </td>
            <td className="py-2 pr-4">
              {formatDay(d.startDate)} – {formatDay(d.endDate)}
            </td>
            <td className="py-2 pr-4">{DELIVERY_FORMAT_LABELS[d.format]}</td>
            <td className="py-2 pr-4">{d.studentCount}</td>
            <td className="py-2 pr-4">{d.trainingPartner}</td>
            <td className="py-2 pr-4">{d.satisfactionScore === null ? '—' : Number(d.satisfactionScore).toFixed(1)}</td>
          </tr>
        ))}
      </tbody>
    </FilteredTablePage>
  );
}
