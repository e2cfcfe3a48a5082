// The numbers behind the membership page's chart of deliveries: per month, by format.
import type { DateKey } from '@/lib/dates';
import type { Locale } from '@/lib/i18n/locales';
import type { DELIVERY_FORMATS } from './schema';

export type MonthPoint = { month: string; label: string; IN_PERSON: number; VIRTUAL: number; HYBRID: number };

/** Deliveries per month (of their start) over the twelve months ending this month, split by format; the
 * months named in the reader's language ("Dec 2025", "dic 2025"). */
export function deliveriesByMonth(
  deliveries: { startDate: DateKey; format: (typeof DELIVERY_FORMATS)[number] }[],
  today: DateKey,
  locale: Locale = 'en',
): MonthPoint[] {
  const monthName = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'es-ES', { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const points: MonthPoint[] = [];
  const [y, m] = today.split('-').map(Number) as [number, number];
  for (let i = 11; i >= 0; i--) {
    const d = new Date(Date.UTC(y, m - 1 - i, 1));
    const month = d.toISOString().slice(0, 7);
    const label = monthName.format(d);
    points.push({ month, label, IN_PERSON: 0, VIRTUAL: 0, HYBRID: 0 });
  }
  for (const delivery of deliveries) {
    const point = points.find((p) => p.month === delivery.startDate.slice(0, 7));
    if (point) point[delivery.format]++;
  }
  return points;
}
