import type { Metadata } from 'next';
import Link from 'next/link';
import {
  ApplicationsPanel,
  AwardsPanel,
  DeliveriesPanel,
  MembershipsPanel,
  NominationFunnelPanel,
  ReviewProgressPanel,
} from '@/components/admin/dashboard-sections';
import { ActionButton } from '@/components/ui/action-button';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { Input, Select } from '@/components/ui/field';
import { requireUser } from '@/lib/auth/guards';
import { refreshDashboardAction } from '@/lib/admin/actions';
import { dashboardToday, getDashboardCycles } from '@/lib/admin/dashboard';
import { ALL_CYCLES, parseDashboardFilters } from '@/lib/admin/dashboard-filters';
import { getDashboardSnapshot, SNAPSHOT_SECONDS } from '@/lib/admin/dashboard-snapshot';
import { getAdminOverview } from '@/lib/admin/queries';
import { formatDay, formatDayKey, formatInstant } from '@/lib/format';

export const metadata: Metadata = { title: 'Admin' };

type Search = Record<string, string | string[] | undefined>;

const STATUS_WORD: Record<string, string> = {
  PLANNED: 'planned',
  OPEN: 'open',
  IN_REVIEW: 'in review',
  DECIDING: 'deciding',
  CLOSED: 'closed',
};

export default async function AdminPage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await requireUser();
  const now = new Date();
  const today = dashboardToday(viewer, now);
  const cycleOptions = await getDashboardCycles(viewer);
  const search = await searchParams;
  const { filters, notes } = parseDashboardFilters(search, { today, cycles: cycleOptions });
  const [{ funnel, reviews, awards, applications, memberships, deliveries, computedAt }, overview] = await Promise.all([
    getDashboardSnapshot(viewer, filters, { now }),
    getAdminOverview(viewer),
  ]);
  const { people, roleCount: count, cycles, categories, providers, settings, pauses } = overview;
  const cycle = cycleOptions.find((c) => c.id === filters.cycleId);
  const cycleName = cycle ? cycle.name : 'every cycle';
  return (
    <div className="space-y-6">
      <PageHeader
        title="Program administration"
        description={`Both programs at a glance, then their configuration. Dates are in your time zone (${viewer.timeZone}).`}
      />
      <form
        method="get"
        aria-label="Dashboard filters"
        className="grid gap-3 rounded-lg border border-slate-200 bg-slate-50 p-4 sm:grid-cols-2 lg:grid-cols-4"
      >
        <div>
          <label htmlFor="dashboard-cycle" className="block text-sm font-medium text-slate-900">
            Award cycle
          </label>
          <Select id="dashboard-cycle" name="cycle" defaultValue={filters.cycleId ?? ALL_CYCLES}>
            <option value={ALL_CYCLES}>All cycles</option>
            {cycleOptions.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} ({STATUS_WORD[c.status] ?? c.status})
              </option>
            ))}
          </Select>
        </div>
        <div>
          <label htmlFor="dashboard-from" className="block text-sm font-medium text-slate-900">
            From
          </label>
          <Input id="dashboard-from" name="from" type="date" defaultValue={filters.from} />
        </div>
        <div>
          <label htmlFor="dashboard-to" className="block text-sm font-medium text-slate-900">
            To (includes the whole day)
          </label>
          <Input id="dashboard-to" name="to" type="date" defaultValue={filters.to} />
        </div>
        <div className="flex items-end gap-3">
          <Button type="submit">Show</Button>
          <Link href="/admin" className="text-sm font-medium text-brand-700 underline">
            Current cycle, last 12 months
          </Link>
        </div>
      </form>
      {notes.length > 0 ? (
        <Alert tone="warning" title="Some filters could not be used">
          <ul className="list-disc pl-5">
            {notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <p className="text-sm text-slate-700">
        Showing {cycle ? <strong>{cycle.name}</strong> : <strong>every cycle</strong>} and{' '}
        <strong>
          {formatDayKey(filters.from)} – {formatDayKey(filters.to)}
        </strong>
        . Each chart says which of these it follows; the counts in its table open the matching list.
      </p>
      <div className="flex flex-wrap items-start gap-x-3 gap-y-2">
        <p className="text-sm text-slate-700">
          Figures computed at {formatInstant(computedAt, viewer.timeZone)}; they are shared with other admins for up to {SNAPSHOT_SECONDS}{' '}
          seconds.
        </p>
        <ActionButton
          action={refreshDashboardAction}
          input={{ cycle: filters.cycleId ?? ALL_CYCLES, from: filters.from, to: filters.to }}
          label="Compute them again now"
          pendingLabel="Computing…"
          variant="ghost"
        />
      </div>
      <h2 className="text-xl font-semibold text-slate-900">MVP program</h2>
      <div className="grid gap-6 xl:grid-cols-2">
        <NominationFunnelPanel data={funnel} filters={filters} cycleName={cycleName} />
        <ReviewProgressPanel data={reviews} filters={filters} cycleName={cycleName} />
        <AwardsPanel data={awards} />
      </div>
      <h2 className="pt-2 text-xl font-semibold text-slate-900">MCT program</h2>
      <div className="grid gap-6 xl:grid-cols-2">
        <ApplicationsPanel data={applications} filters={filters} />
        <MembershipsPanel data={memberships} />
        <DeliveriesPanel data={deliveries} filters={filters} />
      </div>
      <h2 className="pt-4 text-xl font-semibold text-slate-900">Configuration</h2>
      <div className="grid gap-6 md:grid-cols-3">
        <Card title="People">
          <p className="text-3xl font-semibold">{people}</p>
          <p className="text-sm text-slate-700">
            {count('ADMIN')} admins · {count('REVIEWER')} reviewers · {count('EMPLOYEE')} verified employees
          </p>
          <LinkList
            links={[
              ['/admin/people', 'People and roles'],
              ['/admin/audit', 'Audit log'],
              ['/admin/notifications', 'Emails and their delivery'],
            ]}
          />
        </Card>
        <Card title="MCT enrollment">
          <p className="font-medium">Self-service is {settings?.selfServiceEnabled ? 'on' : 'off'}</p>
          <p className="text-sm text-slate-700">
            Fee:{' '}
            {settings?.mctFeeWaived ? 'waived' : `${((settings?.mctFeeCents ?? 0) / 100).toFixed(2)} ${settings?.mctFeeCurrency ?? ''}`}
          </p>
          <p className="mt-2 text-sm text-slate-700">
            Pause windows: {pauses.map((p) => `${formatDay(p.startsOn)} – ${formatDay(p.endsOn)}`).join('; ') || 'none'}
          </p>
          <LinkList
            links={[
              ['/admin/mct/enrollment', 'Enrollment settings and pauses'],
              ['/admin/mct/applications', 'MCT applications to decide'],
              ['/admin/mct/renewals', 'MCT renewals to decide'],
              ['/admin/mct/certifications', 'Certification catalogue'],
              ['/admin/mct/providers', 'ISC providers and staff'],
            ]}
          />
        </Card>
        <Card title="Award cycles">
          <ul className="space-y-1 text-sm">
            {cycles.map((c) => (
              <li key={c.id}>
                <span className="font-medium">{c.name}</span> ({c.status.toLowerCase().replace('_', ' ')}): evidence due{' '}
                {formatInstant(c.submissionDeadline, viewer.timeZone)}
              </li>
            ))}
          </ul>
          <LinkList
            links={[
              ['/admin/reviews', 'Reviewer assignment'],
              ['/admin/decisions', 'Decisions and release'],
              ['/admin/cycles', 'Cycles and rubrics'],
            ]}
          />
        </Card>
      </div>
      <div className="grid gap-6 md:grid-cols-2">
        <Card title="Award categories">
          <ul className="grid grid-cols-1 gap-1 text-sm sm:grid-cols-2">
            {categories.map((c) => (
              <li key={c.id}>
                {c.name} <span className="text-slate-600">({c._count.focusAreas} focus areas)</span>
              </li>
            ))}
          </ul>
        </Card>
        <Card title="ISC providers">
          <ul className="space-y-1 text-sm">
            {providers.map((p) => (
              <li key={p.id}>
                <span className="font-medium">{p.name}</span>: approved {formatDay(p.approvedFrom)} – {formatDay(p.approvedUntil)},{' '}
                {p._count.staff} staff
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </div>
  );
}

/** The admin pages a card leads to. */
function LinkList({ links }: { links: readonly (readonly [href: string, label: string])[] }) {
  return (
    <ul className="mt-3 space-y-1 text-sm">
      {links.map(([href, label]) => (
        <li key={href}>
          <Link href={href} className="font-medium text-brand-700 underline">
            {label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
