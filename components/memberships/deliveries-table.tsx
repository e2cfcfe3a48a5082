// A member's training deliveries as one table: on their membership page (with a "Remove" beside each
// delivery they may still change) and on the admin's renewal queue.
import type { ReactNode } from 'react';
import { TableHead } from '@/components/ui/table';
import { fillMessage } from '@/lib/i18n/fill';

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

/** The table's words: its six column headings, the hidden heading of the actions column, and the dates
 * ("{start} to {end}"). English unless the page gives the reader's (the member's page does). */
export type DeliveriesTableWords = { columns: readonly string[]; actions: string; range: string };

const ENGLISH: DeliveriesTableWords = {
  columns: ['Course', 'Dates', 'Format', 'Students', 'Partner', 'Satisfaction'],
  actions: 'Actions',
  range: '{start} to {end}',
};

export function DeliveriesTable<D extends DeliveryRow>({
  caption,
  deliveries,
  actions,
  className = 'mt-3',
  words = ENGLISH,
}: {
  caption: ReactNode;
  deliveries: readonly D[];
  /** What may be done with one delivery (a last column, named for screen readers only). */
  actions?: (delivery: D) => ReactNode;
  className?: string;
  words?: DeliveriesTableWords;
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
                ...words.columns,
                <span key="actions" className="sr-only">
                  {words.actions}
                </span>,
              ]
            : words.columns
        }
      />
      <tbody>
        {deliveries.map((d) => (
          <tr key={d.id} className={`border-b border-slate-100${actions ? ' align-top' : ''}`}>
            <td className="py-1 pr-3">
              {d.courseCode} {d.courseTitle}
            </td>
            <td className="py-1 pr-3">{fillMessage(words.range, { start: d.startDate, end: d.endDate })}</td>
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
