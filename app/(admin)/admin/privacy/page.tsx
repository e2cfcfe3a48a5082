import type { Metadata } from 'next';
import Link from 'next/link';
import { ConfirmErasureForm, RejectErasureForm } from '@/components/privacy/erasure-decision-forms';
import { ErasureSummary } from '@/components/privacy/erasure-summary';
import { Alert } from '@/components/ui/alert';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guards';
import { formatInstant } from '@/lib/format';
import { listErasureRequests } from '@/lib/privacy/queries';
import { TableHead } from '@/components/ui/table';

export const metadata: Metadata = { title: 'Privacy requests' };

const STATUS = { REQUESTED: 'Waiting', COMPLETED: 'Erased', REJECTED: 'Rejected' } as const;

export default async function PrivacyRequestsPage() {
  const viewer = await requireUser();
  const { open, handled } = await listErasureRequests(viewer);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Privacy requests"
        description="People who asked for their personal data to be erased. Confirm to erase at once (it cannot be undone), or reject with a reason they will read."
      />
      <Card title={`Waiting (${open.length})`}>
        {open.length === 0 ? (
          <EmptyState title="No erasure requests are waiting." />
        ) : (
          <ul className="divide-y divide-slate-200">
            {open.map((r) => (
              <li key={r.id} className="space-y-3 py-4 first:pt-0">
                <div className="text-sm">
                  <p className="font-semibold text-slate-900">
                    <Link href={`/admin/people/${r.person.id}`} className="text-brand-700 underline">
                      {r.person.name ?? r.person.email}
                    </Link>{' '}
                    · {r.person.email}
                  </p>
                  <p className="text-slate-700">Asked {formatInstant(r.requestedAt, viewer.timeZone)}</p>
                  {r.reason ? <p className="mt-1 text-slate-800">“{r.reason}”</p> : null}
                </div>
                {r.person.id === viewer.id ? (
                  <Alert tone="info">This is your own request: another admin must confirm it.</Alert>
                ) : (
                  <div className="grid gap-4 md:grid-cols-2">
                    <ConfirmErasureForm requestId={r.id} email={r.person.email} />
                    <div>
                      <RejectErasureForm requestId={r.id} />
                    </div>
                  </div>
                )}
                {r.person.isAdmin ? <p className="text-sm text-slate-700">They are an admin; the last admin cannot be erased.</p> : null}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title="What confirming does">
        <ErasureSummary headingLevel={3} />
      </Card>
      <Card title="Handled recently">
        {handled.length === 0 ? (
          <EmptyState title="No requests handled yet." />
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Erasure requests handled recently</caption>
              <TableHead columns={['Person', 'Outcome', 'Handled', 'By']} gap="pr-4" />
              <tbody className="divide-y divide-slate-100">
                {handled.map((r) => (
                  <tr key={r.id}>
                    <td className="py-2 pr-4">{r.person.isErased ? 'Erased person' : r.person.email}</td>
                    <td className="py-2 pr-4">
                      {STATUS[r.status]}
                      {r.status === 'REJECTED' && r.reason ? `: ${r.reason}` : ''}
                    </td>
                    <td className="py-2 pr-4">{r.completedAt ? formatInstant(r.completedAt, viewer.timeZone) : ''}</td>
                    <td className="py-2">{r.handledBy ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </div>
  );
}
