'use client';

import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export type ChartMonth = { shortLabel: string; contributions: number; reach: number };
/** The series' names in the page's language. */
export type ChartNames = { contributions: string; reach: string };

/** Contributions (bars) and reach (line) per month. Drawn for sighted readers; the table beside it
 * carries the same numbers for everyone. */
export default function TimelineChart({
  months,
  names = { contributions: 'Contributions', reach: 'Reach' },
}: {
  months: ChartMonth[];
  names?: ChartNames;
}) {
  return (
    <div className="h-72 w-full" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={months} margin={{ top: 8, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#e2e8f0" vertical={false} />
          <XAxis dataKey="shortLabel" tick={{ fontSize: 12, fill: '#334155' }} interval={0} angle={-35} textAnchor="end" height={50} />
          <YAxis yAxisId="count" allowDecimals={false} tick={{ fontSize: 12, fill: '#334155' }} width={32} />
          <YAxis
            yAxisId="reach"
            orientation="right"
            tick={{ fontSize: 12, fill: '#334155' }}
            width={56}
            tickFormatter={(v: number) => new Intl.NumberFormat('en-US', { notation: 'compact' }).format(v)}
          />
          <Tooltip />
          <Legend />
          <Bar
            yAxisId="count"
            dataKey="contributions"
            name={names.contributions}
            fill="#0f5ea8"
            radius={[3, 3, 0, 0]}
            isAnimationActive={false}
          />
          <Line yAxisId="reach" dataKey="reach" name={names.reach} stroke="#b45309" strokeWidth={2} dot isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
