import type { Metadata } from 'next';
import Link from 'next/link';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guards';
import { getDashboard } from '@/lib/dashboard/queries';
import { formatDay, formatInstant } from '@/lib/format';
import { NOMINATION_STATUS_COPY } from '@/lib/nominations/lifecycle';
import type { MctStanding } from '@/lib/people/status';

export const metadata: Metadata = { title: 'Dashboard' };

const MCT_COPY: Record<MctStanding, { label: string; next: string }> = {
  NONE: {
    label: 'Not an MCT',
    next: 'To join, you need a current associate or expert certification and an ISC completion from an approved provider.',
  },
  ACTIVE: { label: 'Active MCT', next: 'Keep your training deliveries logged; renewal opens 90 days before your membership year ends.' },
  IN_RENEWAL: {
    label: 'Active MCT: renewal open',
    next: 'Renew before your membership year ends: accept this year’s agreement and upload your deliveries.',
  },
  ALUMNI: { label: 'MCT Alumni', next: 'You keep MCT Lounge access and exam discounts. Reinstate to return to active.' },
  LAPSED: { label: 'Lapsed MCT', next: 'Your membership ended. You can apply for reinstatement.' },
};

export default async function DashboardPage() {
  const viewer = await requireUser('/dashboard');
  const data = await getDashboard(viewer);
  const mct = MCT_COPY[viewer.mct.standing];
  return (
    <div className="space-y-6">
      <PageHeader
        title={`Welcome${viewer.name ? `, ${viewer.name}` : ''}`}
        description="Where each of your applications stands and what to do next."
      />

      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="MVP award">
          {viewer.mvp.active.length > 0 ? (
            <ul className="space-y-2">
              {viewer.mvp.active.map((a) => (
                <li key={a.id}>
                  <p className="font-medium">Active MVP: {a.categoryName}</p>
                  <p className="text-sm text-slate-700">
                    Award year ends {formatDay(a.endsOn)}. Renew with your next 12 months of evidence.
                  </p>
                </li>
              ))}
            </ul>
          ) : null}
          {viewer.mvp.awaitingAcceptance.map((a) => (
            <p key={a.id} className="mt-2 text-sm">
              <span className="font-medium">Awarded in {a.categoryName}.</span> Accept the code of conduct and the NDA to activate your
              award.
            </p>
          ))}
          <h3 className="mt-4 text-sm font-semibold text-slate-900">Nominations you received</h3>
          {data.nominationsReceived.length === 0 ? (
            <EmptyState title="No nominations yet">
              The MVP award starts with a nomination by an active MVP or a Microsoft employee. When someone nominates you, the invitation
              arrives by email and appears here.
            </EmptyState>
          ) : (
            <ul className="mt-2 divide-y divide-slate-200">
              {data.nominationsReceived.map((n) => (
                <li key={n.id} className="py-2">
                  <p className="font-medium">
                    {n.category.name}: {NOMINATION_STATUS_COPY[n.status].label}
                  </p>
                  <p className="text-sm text-slate-700">{NOMINATION_STATUS_COPY[n.status].nominee}</p>
                  <p className="text-sm text-slate-600">Evidence deadline: {formatInstant(n.cycle.submissionDeadline, viewer.timeZone)}</p>
                </li>
              ))}
            </ul>
          )}
          {viewer.canNominate ? (
            <p className="mt-4 text-sm">
              You can nominate others.{' '}
              <Link href="/nominations" className="font-medium text-brand-700 underline">
                Your nominations ({data.nominationsMade})
              </Link>
            </p>
          ) : null}
        </Card>

        <Card title="Microsoft Certified Trainer">
          <p className="font-medium">{mct.label}</p>
          {viewer.mct.termEndsOn && viewer.mct.standing !== 'NONE' ? (
            <p className="text-sm text-slate-700">Membership year ends {formatDay(new Date(`${viewer.mct.termEndsOn}T00:00:00Z`))}.</p>
          ) : null}
          <p className="mt-2 text-sm text-slate-700">{mct.next}</p>
          {data.openMctApplication ? (
            <p className="mt-3 text-sm">
              Your application ({data.openMctApplication.channel === 'PROVIDER' ? 'started by your ISC provider' : 'self-service'}) is{' '}
              {data.openMctApplication.status === 'AWAITING_CANDIDATE'
                ? 'waiting for you to review it and accept the agreement'
                : 'with the program team'}
              .
            </p>
          ) : null}
        </Card>
      </div>

      {data.reviewsPending > 0 || data.providers.length > 0 || viewer.roles.includes('ADMIN') ? (
        <Card title="Your work">
          <ul className="space-y-2 text-sm">
            {viewer.roles.includes('REVIEWER') ? (
              <li>
                <Link href="/reviews" className="font-medium text-brand-700 underline">
                  Reviews
                </Link>
                : {data.reviewsPending} waiting for your scores.
              </li>
            ) : null}
            {data.providers.map((p) => (
              <li key={p.id}>
                <Link href="/provider" className="font-medium text-brand-700 underline">
                  {p.name}
                </Link>
                : approved until {formatDay(p.approvedUntil)}.
              </li>
            ))}
            {viewer.roles.includes('ADMIN') ? (
              <li>
                <Link href="/admin" className="font-medium text-brand-700 underline">
                  Program administration
                </Link>
              </li>
            ) : null}
          </ul>
        </Card>
      ) : null}
    </div>
  );
}
