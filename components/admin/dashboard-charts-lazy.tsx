'use client';

import dynamic from 'next/dynamic';

// The charting library loads only in the browser; the tables beside the charts render at once.
const placeholder = () => <div className="h-64 w-full animate-pulse rounded-md bg-slate-100" aria-hidden="true" />;

/** Bars per point (stacked, grouped or horizontal), loaded on demand. */
export const LazyBarsChart = dynamic(() => import('./dashboard-charts').then((m) => m.BarsChart), { ssr: false, loading: placeholder });

/** The nomination funnel, loaded on demand. */
export const LazyFunnelChart = dynamic(() => import('./dashboard-charts').then((m) => m.FunnelChart), { ssr: false, loading: placeholder });
