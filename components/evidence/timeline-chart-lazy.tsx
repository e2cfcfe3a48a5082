'use client';

import dynamic from 'next/dynamic';
import type { ChartMonth, ChartNames } from './timeline-chart';

// The charting library loads only in the browser and only on pages that draw a chart, so the
// evidence page's first load stays small; the data table beside the chart renders at once.
const TimelineChart = dynamic(() => import('./timeline-chart'), {
  ssr: false,
  loading: () => <div className="h-72 w-full animate-pulse rounded-md bg-slate-100" aria-hidden="true" />,
});

/** The timeline chart, loaded on demand. */
export function LazyTimelineChart({ months, names }: { months: ChartMonth[]; names?: ChartNames }) {
  return <TimelineChart months={months} names={names} />;
}
