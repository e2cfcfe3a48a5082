import Link from 'next/link';
import type { ReactNode } from 'react';
import { LazyBarsChart, LazyFunnelChart } from '@/components/admin/dashboard-charts-lazy';
import type { Point, Series } from '@/components/admin/dashboard-charts';
import {
  DELIVERY_FORMATS,
  DROP_OUTS,
  FUNNEL_STEPS,
  MEMBER_STANDINGS,
  REVIEW_STATES,
  type AwardsByYear,
  type DeliveriesByFormat,
  type FunnelStep,
  type MctApplicationsByMonth,
  type MembershipsOverTime,
  type NominationFunnel,
  type ReviewProgress,
} from '@/lib/admin/dashboard';
import { monthLabel, type DashboardFilters } from '@/lib/admin/dashboard-filters';
import {
  applicationsTableHref,
  awardsTableHref,
  deliveriesTableHref,
  membersTableHref,
  nominationsTableHref,
  reviewsTableHref,
  type MemberStanding,
  type ReviewState,
} from '@/lib/admin/table-links';
import type { DateKey } from '@/lib/dates';
import { formatDayKey } from '@/lib/format';
import type { DeliveryFormat, EnrollmentChannel, NominationStatus } from '@/lib/generated/prisma/enums';

// The dashboard's chart panels: a heading, a one-line takeaway, what the filters cover, the chart
// (client-rendered, hidden from assistive technology) and a table with the same numbers, whose
// counts link to the filtered admin table behind them.

// Colours chosen for at least 3:1 contrast against white (WCAG 1.4.11) and to stay apart for common
// colour-vision deficiencies (blue / amber / green / purple / red / slate / teal / pink).
const PALETTE = ['#0f5ea8', '#b45309', '#15803d', '#7e22ce', '#b91c1c', '#475569', '#0f766e', '#be185d'];

const STEP_LABEL: Record<FunnelStep, string> = {
  INVITED: 'Invited',
  ACCEPTED: 'Accepted',
  SUBMITTED: 'Submitted',
  UNDER_REVIEW: 'Under review',
  DECIDED: 'Decided',
  AWARDED: 'Awarded',
};
const STATUS_LABEL: Record<NominationStatus, string> = {
  INVITED: 'Invited',
  ACCEPTED: 'Accepted',
  SUBMITTED: 'Submitted',
  UNDER_REVIEW: 'Under review',
  DECIDED: 'Decided',
  DECLINED: 'Declined',
  WITHDRAWN: 'Withdrawn',
  EXPIRED: 'Expired',
};
const REVIEW_LABEL: Record<ReviewState, string> = { assigned: 'Not started', drafted: 'Draft', submitted: 'Submitted', overdue: 'Overdue' };
const REVIEW_COLOR: Record<ReviewState, string> = { assigned: '#475569', drafted: '#b45309', submitted: '#15803d', overdue: '#b91c1c' };
const CHANNEL_LABEL: Record<EnrollmentChannel, string> = { SELF_SERVICE: 'Self-service', PROVIDER: 'Started by ISC provider' };
const STANDING_LABEL: Record<MemberStanding, string> = { ACTIVE: 'Active', IN_RENEWAL: 'In renewal', LAPSED: 'Lapsed', ALUMNI: 'Alumni' };
const STANDING_COLOR: Record<MemberStanding, string> = { ACTIVE: '#15803d', IN_RENEWAL: '#b45309', LAPSED: '#b91c1c', ALUMNI: '#7e22ce' };
const FORMAT_LABEL: Record<DeliveryFormat, string> = { IN_PERSON: 'In person', VIRTUAL: 'Virtual', HYBRID: 'Hybrid' };

/** A chart panel: heading, takeaway, scope, then the chart and its table. */
function Panel({
  id,
  title,
  takeaway,
  scope,
  wide = false,
  children,
}: {
  id: string;
  title: string;
  takeaway: string;
  scope: ReactNode;
  /** Spans both columns of the grid (for a table with many columns). */
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby={`${id}-title`}
      className={`min-w-0 rounded-lg border border-slate-200 bg-white p-5 shadow-sm ${wide ? 'xl:col-span-2' : ''}`}
    >
      <h3 id={`${id}-title`} className="text-lg font-semibold text-slate-900">
        {title}
      </h3>
      <p className="mt-1 font-medium text-slate-900" data-testid={`${id}-takeaway`}>
        {takeaway}
      </p>
      <p className="mt-1 text-sm text-slate-600">{scope}</p>
      <div className="mt-3 space-y-3">{children}</div>
    </section>
  );
}

/** A count that opens the filtered table behind it; zero is plain text (nothing to open). */
function CountLink({ count, href, context }: { count: number; href: string; context: string }) {
  if (count === 0 || !href) return <>{count}</>;
  return (
    <Link href={href} className="font-medium text-brand-700 underline">
      {count}
      <span className="sr-only"> {context}</span>
    </Link>
  );
}

type Column = { key: string; label: string };
type Row = { key: string; label: string; cells: Record<string, { count: number; href?: string; context: string }> };

/** The chart's numbers as a table; counts link to the filtered admin table. */
type Cell = Row['cells'][string];

/** A DataTable's rows of a by-category breakdown: one per category, then "All categories" when there
 * are several; each column's cell from `cell`. */
function categoryRows<R extends { categoryId?: string; categoryName: string }, T, K extends string>(
  data: { rows: R[]; total: T },
  keys: readonly K[],
  cell: (row: R | (T & { categoryId: undefined; categoryName: string }), key: K) => Cell,
): Row[] {
  const all = data.rows.length > 1 ? [{ categoryId: undefined, categoryName: 'All categories', ...data.total }] : [];
  return [...data.rows, ...all].map((r) => ({
    key: r.categoryId ?? 'all',
    label: r.categoryName,
    cells: Object.fromEntries(keys.map((k) => [k, cell(r, k)])),
  }));
}

function DataTable({ caption, rowHeader, columns, rows }: { caption: string; rowHeader: string; columns: Column[]; rows: Row[] }) {
  // Nothing to tabulate: the takeaway above already says so.
  if (rows.length === 0) return null;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="mb-1 text-left text-sm font-medium text-slate-700">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-1 pr-3">
              {rowHeader}
            </th>
            {columns.map((c) => (
              <th key={c.key} scope="col" className="py-1 pr-3 text-right">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className="border-b border-slate-100">
              <th scope="row" className="py-1 pr-3 font-normal">
                {r.label}
              </th>
              {columns.map((c) => {
                const cell = r.cells[c.key];
                return (
                  <td key={c.key} className="py-1 pr-3 text-right tabular-nums">
                    {cell ? <CountLink count={cell.count} href={cell.href ?? ''} context={cell.context} /> : '—'}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Details({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-medium text-slate-900">{summary}</summary>
      <div className="mt-2">{children}</div>
    </details>
  );
}

/** The step a funnel bar links to: the nominations now in that status (awarded: the decisions table). */
function stepHref(step: FunnelStep, f: DashboardFilters, categoryId?: string): string {
  if (step === 'AWARDED')
    return `/admin/decisions?${new URLSearchParams({ ...(f.cycleId ? { cycle: f.cycleId } : {}), ...(categoryId ? { category: categoryId } : {}) }).toString()}`;
  return nominationsTableHref({ cycleId: f.cycleId, categoryId, status: step, from: f.from, to: f.to });
}

export function NominationFunnelPanel({
  data,
  filters,
  cycleName,
}: {
  data: NominationFunnel;
  filters: DashboardFilters;
  cycleName: string;
}) {
  const steps = [
    ...FUNNEL_STEPS.map((s) => ({ label: STEP_LABEL[s], count: data.total.reached[s], href: stepHref(s, filters), isDropOut: false })),
    ...DROP_OUTS.map((s) => ({
      label: STATUS_LABEL[s],
      count: data.total.now[s],
      href: nominationsTableHref({ cycleId: filters.cycleId, status: s, from: filters.from, to: filters.to }),
      isDropOut: true,
    })),
  ];
  const statuses = Object.keys(STATUS_LABEL) as NominationStatus[];
  return (
    <Panel
      id="funnel"
      wide
      title="Nominations: from invited to awarded"
      takeaway={data.takeaway}
      scope={`Nominations created ${formatDayKey(filters.from)} – ${formatDayKey(filters.to)}, ${cycleName}. Blue: how many reached each step; red: drop-outs.`}
    >
      {data.total.reached.INVITED > 0 ? <LazyFunnelChart steps={steps} /> : null}
      <DataTable
        caption="Nominations now in each status, by category (each count opens the nominations table)"
        rowHeader="Category"
        columns={statuses.map((s) => ({ key: s, label: STATUS_LABEL[s] }))}
        rows={categoryRows(data, statuses, (r, s) => ({
          count: r.now[s],
          href: nominationsTableHref({ cycleId: filters.cycleId, categoryId: r.categoryId, status: s, from: filters.from, to: filters.to }),
          context: `${STATUS_LABEL[s].toLowerCase()} in ${r.categoryName}`,
        }))}
      />
      <Details summary="The funnel’s numbers: how many reached each step">
        <DataTable
          caption="Nominations that reached each step, by category"
          rowHeader="Category"
          columns={FUNNEL_STEPS.map((s) => ({ key: s, label: STEP_LABEL[s] }))}
          rows={categoryRows(data, FUNNEL_STEPS, (r, s) => ({
            count: r.reached[s],
            href: stepHref(s, filters, r.categoryId),
            context: `reached ${STEP_LABEL[s].toLowerCase()} in ${r.categoryName}`,
          }))}
        />
      </Details>
    </Panel>
  );
}

export function ReviewProgressPanel({ data, filters, cycleName }: { data: ReviewProgress; filters: DashboardFilters; cycleName: string }) {
  const href = (categoryId: string | undefined, state: ReviewState) => reviewsTableHref({ cycleId: filters.cycleId, categoryId, state });
  const points: Point[] = data.rows.map((r) => ({
    label: r.categoryName,
    values: Object.fromEntries(REVIEW_STATES.map((s) => [s, r[s]])),
    hrefs: Object.fromEntries(REVIEW_STATES.map((s) => [s, href(r.categoryId, s)])),
  }));
  const series: Series[] = REVIEW_STATES.map((s) => ({ key: s, name: REVIEW_LABEL[s], color: REVIEW_COLOR[s] }));
  return (
    <Panel
      id="reviews"
      title="Review progress by category"
      takeaway={data.takeaway}
      scope={`Review assignments in ${cycleName} (removed ones left out); overdue: not submitted after the cycle’s review due date. The date range does not apply.`}
    >
      {data.rows.length > 0 ? <LazyBarsChart points={points} series={series} horizontal /> : null}
      {data.rows.length > 0 ? (
        <DataTable
          caption="Reviews in each state, by category (each count opens the reviews table)"
          rowHeader="Category"
          columns={REVIEW_STATES.map((s) => ({ key: s, label: REVIEW_LABEL[s] }))}
          rows={categoryRows(data, REVIEW_STATES, (r, s) => ({
            count: r[s],
            href: href(r.categoryId, s),
            context: `${REVIEW_LABEL[s].toLowerCase()} reviews in ${r.categoryName}`,
          }))}
        />
      ) : null}
    </Panel>
  );
}

export function AwardsPanel({ data }: { data: AwardsByYear }) {
  const series: Series[] = data.years.map((y, i) => ({ key: String(y), name: String(y), color: PALETTE[i % PALETTE.length]! }));
  const points: Point[] = data.rows.map((r) => ({
    label: r.categoryName,
    values: Object.fromEntries(data.years.map((y) => [String(y), r.byYear[y] ?? 0])),
    hrefs: Object.fromEntries(data.years.map((y) => [String(y), awardsTableHref({ categoryId: r.categoryId, year: y })])),
  }));
  const span = data.years.length === 1 ? String(data.years[0]) : `${data.years[0]}–${data.years.at(-1)}`;
  return (
    <Panel
      id="awards"
      title="Awards by category and year"
      takeaway={data.takeaway}
      scope={`Awards by the year they start, ${span} (the years of the date range, whole years), every cycle.`}
    >
      {data.rows.length > 0 ? <LazyBarsChart points={points} series={series} stacked={false} /> : null}
      <DataTable
        caption="Awards by category and year (each count opens the awards table)"
        rowHeader="Category"
        columns={data.years.map((y) => ({ key: String(y), label: String(y) }))}
        rows={[
          ...data.rows.map((r) => ({
            key: r.categoryId,
            label: r.categoryName,
            cells: Object.fromEntries(
              data.years.map((y) => [
                String(y),
                {
                  count: r.byYear[y] ?? 0,
                  href: awardsTableHref({ categoryId: r.categoryId, year: y }),
                  context: `awards in ${r.categoryName} starting in ${y}`,
                },
              ]),
            ),
          })),
          ...(data.rows.length > 1
            ? [
                {
                  key: 'all',
                  label: 'All categories',
                  cells: Object.fromEntries(
                    data.years.map((y) => [
                      String(y),
                      { count: data.totalByYear[y] ?? 0, href: awardsTableHref({ year: y }), context: `awards starting in ${y}` },
                    ]),
                  ),
                },
              ]
            : []),
        ]}
      />
    </Panel>
  );
}

export function ApplicationsPanel({ data, filters }: { data: MctApplicationsByMonth; filters: DashboardFilters }) {
  const channels = ['SELF_SERVICE', 'PROVIDER'] as const;
  const series: Series[] = [
    { key: 'SELF_SERVICE', name: CHANNEL_LABEL.SELF_SERVICE, color: '#0f5ea8' },
    { key: 'PROVIDER', name: CHANNEL_LABEL.PROVIDER, color: '#b45309' },
  ];
  const points: Point[] = data.months.map((m) => ({
    label: monthLabel(m.month),
    values: { SELF_SERVICE: m.SELF_SERVICE, PROVIDER: m.PROVIDER },
    hrefs: Object.fromEntries(channels.map((c) => [c, applicationsTableHref({ channel: c, month: m.month })])),
  }));
  const first = data.months[0]?.month ?? '';
  const last = data.months.at(-1)?.month ?? '';
  // Pause windows clipped to the months drawn, shaded from the month they start to the month they end.
  const shaded = data.pauses.map((p) => ({
    from: monthLabel(p.startsOn.slice(0, 7) < first ? first : p.startsOn.slice(0, 7)),
    to: monthLabel(p.endsOn.slice(0, 7) > last ? last : p.endsOn.slice(0, 7)),
    label: 'Paused',
  }));
  return (
    <Panel
      id="applications"
      title="MCT applications by channel and month"
      takeaway={data.takeaway}
      scope={
        <>
          Applications made {formatDayKey(filters.from)} – {formatDayKey(filters.to)}, by the month they were made.
          {data.pauses.length
            ? ` Shaded: self-service paused ${data.pauses.map((p) => `${formatDayKey(p.startsOn)} – ${formatDayKey(p.endsOn)}`).join('; ')}.`
            : ' Self-service was not paused in this range.'}
        </>
      }
    >
      <LazyBarsChart points={points} series={series} shaded={shaded} />
      <DataTable
        caption="Applications in the range by channel (each count opens the applications table for that channel)"
        rowHeader="Channel"
        columns={[{ key: 'total', label: 'Applications' }]}
        rows={channels.map((c) => ({
          key: c,
          label: CHANNEL_LABEL[c],
          cells: {
            total: {
              count: data.total[c],
              href: applicationsTableHref({ channel: c }),
              context: `${CHANNEL_LABEL[c].toLowerCase()} applications`,
            },
          },
        }))}
      />
      <Details summary="The chart’s numbers by month">
        <DataTable
          caption="Applications by month and channel (months with self-service paused are marked)"
          rowHeader="Month"
          columns={channels.map((c) => ({ key: c, label: CHANNEL_LABEL[c] }))}
          rows={data.months.map((m) => ({
            key: m.month,
            label: `${monthLabel(m.month)}${m.paused ? ' (paused)' : ''}`,
            cells: Object.fromEntries(
              channels.map((c) => [
                c,
                {
                  count: m[c],
                  href: applicationsTableHref({ channel: c, month: m.month }),
                  context: `${CHANNEL_LABEL[c].toLowerCase()} applications in ${monthLabel(m.month)}`,
                },
              ]),
            ),
          }))}
        />
      </Details>
    </Panel>
  );
}

export function MembershipsPanel({ data }: { data: MembershipsOverTime }) {
  const series: Series[] = MEMBER_STANDINGS.map((s) => ({ key: s, name: STANDING_LABEL[s], color: STANDING_COLOR[s] }));
  const points: Point[] = data.months.map((m) => ({
    label: monthLabel(m.month),
    values: Object.fromEntries(MEMBER_STANDINGS.map((s) => [s, m[s]])),
    hrefs: Object.fromEntries(MEMBER_STANDINGS.map((s) => [s, membersTableHref({ status: s })])),
  }));
  const latest = data.months.at(-1);
  return (
    <Panel
      id="memberships"
      title="MCT memberships over time"
      takeaway={data.takeaway}
      scope="Members by standing on the last day of each month (today for this month). In renewal: within 90 days of the membership year’s end."
    >
      {data.months.length > 0 ? <LazyBarsChart points={points} series={series} /> : null}
      {latest ? (
        <DataTable
          caption={`Members today by standing (each count opens the members table; it lists members as they stand today)`}
          rowHeader="Standing"
          columns={[{ key: 'count', label: `On ${formatDayKey(latest.asOf)}` }]}
          rows={MEMBER_STANDINGS.map((s) => ({
            key: s,
            label: STANDING_LABEL[s],
            cells: {
              count: { count: latest[s], href: membersTableHref({ status: s }), context: `${STANDING_LABEL[s].toLowerCase()} members` },
            },
          }))}
        />
      ) : null}
      {data.months.length > 0 ? (
        <Details summary="The chart’s numbers by month">
          <DataTable
            caption="Members by standing at the end of each month"
            rowHeader="Month"
            columns={MEMBER_STANDINGS.map((s) => ({ key: s, label: STANDING_LABEL[s] }))}
            rows={data.months.map((m) => ({
              key: m.month,
              label: monthLabel(m.month),
              cells: Object.fromEntries(MEMBER_STANDINGS.map((s) => [s, { count: m[s], context: '' }])),
            }))}
          />
        </Details>
      ) : null}
    </Panel>
  );
}

export function DeliveriesPanel({ data, filters }: { data: DeliveriesByFormat; filters: DashboardFilters }) {
  const series: Series[] = DELIVERY_FORMATS.map((f, i) => ({ key: f, name: FORMAT_LABEL[f], color: PALETTE[i]! }));
  const href = (format: DeliveryFormat, from: DateKey, to: DateKey) => deliveriesTableHref({ format, from, to });
  const points: Point[] = data.months.map((m) => ({
    label: monthLabel(m.month),
    values: Object.fromEntries(DELIVERY_FORMATS.map((f) => [f, m[f]])),
    hrefs: Object.fromEntries(DELIVERY_FORMATS.map((f) => [f, href(f, filters.from, filters.to)])),
  }));
  const any = DELIVERY_FORMATS.some((f) => data.total[f].deliveries > 0);
  return (
    <Panel
      id="deliveries"
      title="Training deliveries by format"
      takeaway={data.takeaway}
      scope={`Deliveries by MCTs starting ${formatDayKey(filters.from)} – ${formatDayKey(filters.to)}, by the month they started.`}
    >
      {any ? <LazyBarsChart points={points} series={series} /> : null}
      <DataTable
        caption="Deliveries and students by format (each count opens the deliveries table)"
        rowHeader="Format"
        columns={[
          { key: 'deliveries', label: 'Deliveries' },
          { key: 'students', label: 'Students' },
        ]}
        rows={DELIVERY_FORMATS.map((f) => ({
          key: f,
          label: FORMAT_LABEL[f],
          cells: {
            deliveries: {
              count: data.total[f].deliveries,
              href: href(f, filters.from, filters.to),
              context: `${FORMAT_LABEL[f].toLowerCase()} deliveries`,
            },
            students: { count: data.total[f].students, context: '' },
          },
        }))}
      />
    </Panel>
  );
}
