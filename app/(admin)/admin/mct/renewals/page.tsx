import type { Metadata } from 'next';
import { DecideRenewalForm } from '@/components/memberships/decide-renewal-form';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guards';
import { formatDayKey, formatInstant } from '@/lib/format';
import { listRenewalsForReview } from '@/lib/memberships/queries';
import { DeliveriesTable } from '@/components/memberships/deliveries-table';

export const metadata: Metadata = { title: 'MCT renewals' };

export default async function RenewalsQueuePage() {
  const viewer = await requireUser();
  const renewals = await listRenewalsForReview(viewer);
  const waiting = renewals.filter((r) => r.status === 'SUBMITTED');
  const askedForMore = renewals.filter((r) => r.status === 'MORE_INFO_REQUESTED');
  return (
    <div className="space-y-6">
      <PageHeader
        title="MCT renewals"
        description="Submitted renewals wait here for a decision, oldest first, with the agreement, the certification and the deliveries they show."
      />
      {waiting.length === 0 ? <EmptyState title="No renewal is waiting">New submissions appear here.</EmptyState> : null}
      {waiting.map((r) => {
        const name = r.member.name ?? r.member.email;
        return (
          <Card key={r.id} title={`${name}: renewal of the year ending ${formatDayKey(r.termEndsOn)}`}>
            <dl className="grid gap-2 text-sm sm:grid-cols-2">
              <div>
                <dt className="font-medium text-slate-600">Member</dt>
                <dd>
                  {name} ({r.member.email})
                </dd>
              </div>
              <div>
                <dt className="font-medium text-slate-600">Submitted</dt>
                <dd>{r.submittedAt ? formatInstant(r.submittedAt, viewer.timeZone) : '—'}</dd>
              </div>
              <div>
                <dt className="font-medium text-slate-600">Agreement</dt>
                <dd>{r.agreement ?? 'not accepted'}</dd>
              </div>
              <div>
                <dt className="font-medium text-slate-600">Certification</dt>
                <dd>{r.certification ?? 'none'}</dd>
              </div>
            </dl>
            <DeliveriesTable caption={`Deliveries (${r.deliveries.length})`} deliveries={r.deliveries} />
            <DecideRenewalForm renewalId={r.id} version={r.version} memberName={name} />
          </Card>
        );
      })}
      {askedForMore.length > 0 ? (
        <Card title="Waiting for the member">
          <ul className="space-y-2 text-sm">
            {askedForMore.map((r) => (
              <li key={r.id}>
                <strong>{r.member.name ?? r.member.email}</strong>: {r.adminNote}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </div>
  );
}
