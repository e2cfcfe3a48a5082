'use client';

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { MonthPoint } from '@/lib/memberships/chart';

/** The formats as the legend names them, in the reader's language. */
export type ChartNames = { IN_PERSON: string; VIRTUAL: string; HYBRID: string };

/** Deliveries per month, stacked by format. Drawn for sighted readers; the table beside it carries
 * the same numbers for everyone. */
export default function DeliveriesChart({ months, names }: { months: MonthPoint[]; names: ChartNames }) {
  return (
    <div className="h-64 w-full" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={months} margin={{ top: 8, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#e2e8f0" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12, fill: '#334155' }} interval={0} angle={-35} textAnchor="end" height={50} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12, fill: '#334155' }} width={32} />
          <Tooltip />
          <Legend />
          <Bar dataKey="IN_PERSON" name={names.IN_PERSON} stackId="f" fill="#0f5ea8" isAnimationActive={false} />
          <Bar dataKey="VIRTUAL" name={names.VIRTUAL} stackId="f" fill="#b45309" isAnimationActive={false} />
          <Bar dataKey="HYBRID" name={names.HYBRID} stackId="f" fill="#15803d" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
