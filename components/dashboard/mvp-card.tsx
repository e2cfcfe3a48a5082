import Link from 'next/link';
import { AwardStatus } from '@/components/awards/award-status';
import { Card, EmptyState } from '@/components/ui/card';
import { formatInstant } from '@/lib/format';
import { NOMINATION_STATUS_COPY } from '@/lib/nominations/lifecycle';
import { listNominationsReceived } from '@/lib/nominations/queries';
import type { Viewer } from '@/lib/auth/viewer';

/** The MVP side of the dashboard: awards, nominations received, and what to do next. */
export async function MvpCard({ viewer }: { viewer: Viewer }) {
  const received = await listNominationsReceived(viewer);
  return (
    <Card title="MVP award">
      <AwardStatus viewer={viewer} />
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
                <Link href={`/nominations/${n.id}`} className="text-brand-700 underline">
                  {n.category.name}: {NOMINATION_STATUS_COPY[n.status].label}
                </Link>
              </p>
              <p className="text-sm text-slate-700">
                Next: {NOMINATION_STATUS_COPY[n.status].nominee}
                {n.status === 'ACCEPTED' ? (
                  <>
                    {' '}
                    <Link href={`/nominations/${n.id}/submit`} className="font-medium text-brand-700 underline">
                      Submit your evidence
                    </Link>
                  </>
                ) : null}
              </p>
              {n.status === 'INVITED' || n.status === 'ACCEPTED' ? (
                <p className="text-sm text-slate-600">Evidence deadline: {formatInstant(n.cycle.submissionDeadline, viewer.timeZone)}</p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <p className="mt-4 text-sm">
        Keep your contributions in your{' '}
        <Link href="/evidence" className="font-medium text-brand-700 underline">
          evidence log
        </Link>
        : you submit 12 months of it for a nomination or a renewal.
      </p>
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
