import type { MctApplicationStatus } from '@/lib/generated/prisma/enums';
import { MCT_APPLICATION_STATUS_COPY } from '@/lib/mct/lifecycle';

const TONES: Record<MctApplicationStatus, string> = {
  AWAITING_CANDIDATE: 'bg-amber-100 text-amber-900',
  HELD: 'bg-sky-100 text-sky-900',
  SUBMITTED: 'bg-brand-50 text-brand-800',
  APPROVED: 'bg-green-100 text-green-900',
  REJECTED: 'bg-red-100 text-red-900',
  WITHDRAWN: 'bg-slate-100 text-slate-800',
  EXPIRED: 'bg-slate-100 text-slate-800',
};

/** An application's status as a label (`label` says it in the reader's language; English otherwise). */
export function ApplicationStatusBadge({ status, label }: { status: MctApplicationStatus; label?: string }) {
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${TONES[status]}`}>
      {label ?? MCT_APPLICATION_STATUS_COPY[status].label}
    </span>
  );
}

/** An application's status with its next step, as one reader sees it; `copy` says both in the
 * reader's language (the English of MCT_APPLICATION_STATUS_COPY otherwise). */
export function ApplicationStatus({
  status,
  reader,
  copy,
}: {
  status: MctApplicationStatus;
  reader: 'candidate' | 'provider' | 'admin';
  copy?: { label: string; text: string };
}) {
  return (
    <div>
      <ApplicationStatusBadge status={status} label={copy?.label} />
      <p className="mt-1 text-sm text-slate-700">{copy?.text ?? MCT_APPLICATION_STATUS_COPY[status][reader]}</p>
    </div>
  );
}
