// A member's training deliveries as one table: on their membership page (with a "Remove" beside each
// delivery they may still change) and on the admin's renewal queue.
import type { ReactNode } from 'react';
import { TableHead } from '@/components/ui/table';

export type DeliveryRow = {
  id: string;
  courseCode: string;
  courseTitle: string;
  startDate: string;
  endDate: string;
  formatLabel: string;
  studentCount: number;
  trainingPartner: string;
  satisfactionScore: number | string | null;
};

const COLUMNS = ['Course', 'Dates', 'Format', 'Students', 'Partner', 'Satisfaction'];

export function DeliveriesTable<D extends DeliveryRow>({
  caption,
  deliveries,
  actions,
  className = 'mt-3',
}: {
  caption: ReactNode;
  deliveries: readonly D[];
  /** What may be done with one delivery (a last column, named for screen readers only). */
  actions?: (delivery: D) => ReactNode;
  className?: string;
}) {
  const cell = (last: boolean) => (last ? 'py-1' : 'py-1 pr-3');
  return (
    <table className={`${className} w-full text-left text-sm`}>
      <caption className="mb-1 text-left font-semibold">{caption}</caption>
      <TableHead
        rows="py-1"
        columns={
          actions
            ? [
                ...COLUMNS,
                <span key="actions" className="sr-only">
                  Actions
                </span>,
              ]
            : COLUMNS
        }
      />
      <tbody>
        {deliveries.map((d) => (
          <tr key={d.id} className={`border-b border-slate-100${actions ? ' align-top' : ''}`}>
            <td className="py-1 pr-3">
              {d.courseCode} {d.courseTitle}
            </td>
            <td className="py-1 pr-3">
              {d.startDate} to {d.endDate}
            </td>
            <td className="py-1 pr-3">{d.formatLabel}</td>
            <td className="py-1 pr-3">{d.studentCount}</td>
            <td className="py-1 pr-3">{d.trainingPartner}</td>
            <td className={cell(!actions)}>{d.satisfactionScore ?? '—'}</td>
            {actions ? <td className="py-1">{actions(d)}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
