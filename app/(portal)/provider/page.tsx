import type { Metadata } from 'next';
import { Alert } from '@/components/ui/alert';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { requireProviderStaff } from '@/lib/auth/guards';
import { dateKey, todayIn } from '@/lib/dates';
import { formatDay } from '@/lib/format';
import { listMyProviders } from '@/lib/providers/queries';

export const metadata: Metadata = { title: 'ISC provider' };

export default async function ProviderPage() {
  const viewer = await requireProviderStaff('/provider');
  const providers = await listMyProviders(viewer);
  const today = todayIn(viewer.timeZone);
  return (
    <div className="space-y-6">
      <PageHeader
        title="ISC provider"
        description="Confirm who completed your Instructional Skills Certificate course and start manual MCT applications."
      />
      {providers.length === 0 ? <EmptyState title="You are not staff of an ISC provider." /> : null}
      {providers.map((p) => {
        const approved = dateKey(p.approvedFrom) <= today && today <= dateKey(p.approvedUntil);
        return (
          <Card key={p.id} title={p.name}>
            {approved ? (
              <Alert tone="success" title="Approved">
                From {formatDay(p.approvedFrom)} to {formatDay(p.approvedUntil)}.
              </Alert>
            ) : (
              <Alert tone="warning" title="Not approved today">
                Approval period: {formatDay(p.approvedFrom)} to {formatDay(p.approvedUntil)}. While not approved you cannot start
                applications.
              </Alert>
            )}
            <dl className="mt-4 grid grid-cols-2 gap-4 text-sm sm:grid-cols-3">
              <div>
                <dt className="text-slate-700">Confirmed completions</dt>
                <dd className="text-2xl font-semibold">{p._count.completions}</dd>
              </div>
              <div>
                <dt className="text-slate-700">Applications started</dt>
                <dd className="text-2xl font-semibold">{p._count.applications}</dd>
              </div>
              <div>
                <dt className="text-slate-700">Staff</dt>
                <dd>{p.staff.map((s) => s.user.name ?? s.user.email).join(', ')}</dd>
              </div>
            </dl>
          </Card>
        );
      })}
    </div>
  );
}
