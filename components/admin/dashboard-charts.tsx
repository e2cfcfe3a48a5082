'use client';

import { useRouter } from 'next/navigation';
import type { ReactElement, ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, Legend, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

// The admin dashboard's charts. They are drawn for sighted readers and hidden from assistive
// technology: the table beside each chart carries the same numbers and the links, for everyone and
// for the keyboard. A click on a bar is a shortcut to the same filtered table.

/** One series of a chart: the key of its value in each point, its name and colour. */
export type Series = { key: string; name: string; color: string };
/** One bar group: its label, a value per series key, and the table each series' bar opens. */
export type Point = { label: string; values: Record<string, number>; hrefs?: Record<string, string> };

const AXIS_TICK = { fontSize: 12, fill: '#334155' };

function Frame({ height = 'h-64', children }: { height?: string; children: ReactNode }) {
  return (
    <div className={`${height} w-full`} aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        {children as ReactElement}
      </ResponsiveContainer>
    </div>
  );
}

function useOpen() {
  const router = useRouter();
  return (href: string | undefined) => {
    if (href) router.push(href);
  };
}

type BarClick = { payload?: unknown };
const hrefOf = (entry: BarClick, key: string) => (entry.payload as { hrefs?: Record<string, string> } | undefined)?.hrefs?.[key];
const flatten = (points: Point[]) => points.map((p) => ({ label: p.label, hrefs: p.hrefs, ...p.values }));

/** Bars per point, stacked or side by side, vertical (categories down the side) or by month. */
export function BarsChart({
  points,
  series,
  stacked = true,
  horizontal = false,
  shaded = [],
}: {
  points: Point[];
  series: Series[];
  stacked?: boolean;
  horizontal?: boolean;
  /** Ranges of point labels to shade (e.g. enrollment pause windows), both ends included. */
  shaded?: { from: string; to: string; label: string }[];
}) {
  const open = useOpen();
  const height = horizontal ? (points.length > 4 ? 'h-80' : 'h-56') : 'h-64';
  return (
    <Frame height={height}>
      <BarChart
        data={flatten(points)}
        layout={horizontal ? 'vertical' : 'horizontal'}
        margin={{ top: 8, right: 12, bottom: 8, left: horizontal ? 8 : 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke="#e2e8f0" vertical={horizontal} horizontal={!horizontal} />
        {horizontal ? (
          <>
            <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} />
            <YAxis type="category" dataKey="label" tick={AXIS_TICK} width={130} interval={0} />
          </>
        ) : (
          <>
            <XAxis dataKey="label" tick={AXIS_TICK} interval={0} angle={-35} textAnchor="end" height={56} />
            <YAxis allowDecimals={false} tick={AXIS_TICK} width={32} />
          </>
        )}
        {shaded.map((s) => (
          <ReferenceArea
            key={`${s.from}-${s.to}`}
            x1={s.from}
            x2={s.to}
            fill="#94a3b8"
            fillOpacity={0.25}
            stroke="#475569"
            strokeDasharray="4 3"
            label={{ value: s.label, position: 'insideTop', fill: '#334155', fontSize: 12 }}
            ifOverflow="extendDomain"
          />
        ))}
        <Tooltip />
        <Legend itemSorter={null} />
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.name}
            fill={s.color}
            stackId={stacked ? 'stack' : undefined}
            isAnimationActive={false}
            cursor="pointer"
            onClick={(entry: BarClick) => open(hrefOf(entry, s.key))}
          />
        ))}
      </BarChart>
    </Frame>
  );
}

/** The nomination funnel: one bar per step, in order, with drop-outs in their own colour. */
export function FunnelChart({ steps }: { steps: { label: string; count: number; href?: string; isDropOut: boolean }[] }) {
  const open = useOpen();
  return (
    <Frame height="h-72">
      <BarChart data={steps} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#e2e8f0" horizontal={false} />
        <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} />
        <YAxis type="category" dataKey="label" tick={AXIS_TICK} width={110} interval={0} />
        <Tooltip />
        <Bar
          dataKey="count"
          name="Nominations"
          isAnimationActive={false}
          cursor="pointer"
          label={{ position: 'right', fill: '#0f172a', fontSize: 12 }}
          onClick={(entry: BarClick) => open((entry.payload as { href?: string } | undefined)?.href)}
        >
          {steps.map((s) => (
            <Cell key={s.label} fill={s.isDropOut ? '#b91c1c' : '#0f5ea8'} />
          ))}
        </Bar>
      </BarChart>
    </Frame>
  );
}
