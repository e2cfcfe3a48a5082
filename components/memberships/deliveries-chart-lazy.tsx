'use client';

import dynamic from 'next/dynamic';
import type { MonthPoint } from '@/lib/memberships/chart';
import type { ChartNames } from './deliveries-chart';

// The charting library loads only in the browser; the table beside the chart renders at once.
const DeliveriesChart = dynamic(() => import('./deliveries-chart'), {
  ssr: false,
  loading: () => <div className="h-64 w-full animate-pulse rounded-md bg-slate-100" aria-hidden="true" />,
});

/** The deliveries chart, loaded on demand. */
export function LazyDeliveriesChart({ months, names }: { months: MonthPoint[]; names: ChartNames }) {
  return <DeliveriesChart months={months} names={names} />;
}
