import { formatInstant } from '@/lib/format';
import type { NominationStatus } from '@/lib/generated/prisma/enums';
import { NOMINATION_STATUS_COPY } from '@/lib/nominations/lifecycle';

/** A nomination's steps, oldest first, with when each happened in the reader's time zone. */
export function NominationHistory({
  events,
  timeZone,
  label = 'History',
}: {
  events: { id: string; status: NominationStatus; note: string | null; at: Date }[];
  timeZone: string;
  label?: string;
}) {
  if (events.length === 0) return null;
  return (
    <ol aria-label={label} className="mt-2 space-y-1 border-l-2 border-slate-200 pl-4 text-sm">
      {events.map((e) => (
        <li key={e.id}>
          <span className="font-medium text-slate-900">{NOMINATION_STATUS_COPY[e.status].label}</span>
          <span className="text-slate-600"> · {formatInstant(e.at, timeZone)}</span>
          {e.note ? <span className="block text-slate-700">{e.note}</span> : null}
        </li>
      ))}
    </ol>
  );
}

const TONES: Partial<Record<NominationStatus, string>> = {
  INVITED: 'bg-amber-100 text-amber-900',
  ACCEPTED: 'bg-brand-100 text-brand-800',
  SUBMITTED: 'bg-green-100 text-green-900',
  UNDER_REVIEW: 'bg-green-100 text-green-900',
  DECIDED: 'bg-slate-200 text-slate-900',
};

/** A nomination's status as a small label. */
export function NominationStatusBadge({ status }: { status: NominationStatus }) {
  return (
    <span className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ${TONES[status] ?? 'bg-slate-200 text-slate-800'}`}>
      {NOMINATION_STATUS_COPY[status].label}
    </span>
  );
}
