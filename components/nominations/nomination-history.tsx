import { getLocale, getTranslations } from 'next-intl/server';
import { formatInstant } from '@/lib/format';
import type { NominationStatus } from '@/lib/generated/prisma/enums';

/** A nomination's steps, oldest first, with when each happened in the reader's time zone and language. */
export async function NominationHistory({
  events,
  timeZone,
  label,
}: {
  events: { id: string; status: NominationStatus; note: string | null; at: Date }[];
  timeZone: string;
  label?: string;
}) {
  if (events.length === 0) return null;
  const [t, locale] = await Promise.all([getTranslations('nominationStatus'), getLocale()]);
  return (
    <ol aria-label={label ?? t('history')} className="mt-2 space-y-1 border-l-2 border-slate-200 pl-4 text-sm">
      {events.map((e) => (
        <li key={e.id}>
          <span className="font-medium text-slate-900">{t(`${e.status}.label`)}</span>
          <span className="text-slate-600"> · {formatInstant(e.at, timeZone, locale)}</span>
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

/** A nomination's status as a small label, in the reader's language. */
export async function NominationStatusBadge({ status }: { status: NominationStatus }) {
  const t = await getTranslations('nominationStatus');
  return (
    <span className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ${TONES[status] ?? 'bg-slate-200 text-slate-800'}`}>
      {t(`${status}.label`)}
    </span>
  );
}
