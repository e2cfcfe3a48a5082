import Link from 'next/link';
import { Card, EmptyState } from '@/components/ui/card';
import { formatDay, formatInstant } from '@/lib/format';
import { NOMINATION_STATUS_COPY } from '@/lib/nominations/lifecycle';
import { listNominationsReceived } from '@/lib/nominations/queries';
import type { Viewer } from '@/lib/people/viewer';

/** The MVP side of the dashboard: awards, nominations received, and what to do next. */
export async function MvpCard({ viewer }: { viewer: Viewer }) {
  const received = await listNominationsReceived(viewer);
  return (
    <Card title="MVP award">
      {viewer.mvp.active.length > 0 ? (
        <ul className="space-y-2">
          {viewer.mvp.active.map((a) => (
            <li key={a.id}>
              <p className="font-medium">Active MVP: {a.categoryName}</p>
              <p className="text-sm text-slate-700">Award year ends {formatDay(a.endsOn)}. Renew with your next 12 months of evidence.</p>
            </li>
          ))}
        </ul>
      ) : null}
      {viewer.mvp.awaitingAcceptance.map((a) => (
        <p key={a.id} className="mt-2 text-sm">
          <span className="font-medium">Awarded in {a.categoryName}.</span> Accept the code of conduct and the NDA to activate your award.
        </p>
      ))}
      <h3 className="mt-4 text-sm font-semibold text-slate-900">Nominations you received</h3>
      {received.length === 0 ? (
        <EmptyState title="No nominations yet">
          The MVP award starts with a nomination by an active MVP or a Microsoft employee. When someone nominates you, the invitation
          arrives by email and appears here.
        </EmptyState>
      ) : (
        <ul className="mt-2 divide-y divide-slate-200">
          {received.map((n) => (
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
          You can nominate others:{' '}
          <Link href="/nominations" className="font-medium text-brand-700 underline">
            your nominations
          </Link>
          .
        </p>
      ) : null}
    </Card>
  );
}
