import type { Metadata } from 'next';
import { Alert } from '@/components/ui/alert';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guards';
import { formatDay } from '@/lib/format';
import { NOMINATION_STATUS_COPY } from '@/lib/nominations/lifecycle';
import { listNominationsMade } from '@/lib/nominations/queries';

export const metadata: Metadata = { title: 'Nominations' };

export default async function NominationsPage() {
  const viewer = await requireUser('/nominations');
  const made = await listNominationsMade(viewer);
  return (
    <div className="space-y-6">
      <PageHeader title="Nominations" description="Nominate someone for an MVP award and follow each nomination's progress." />
      {viewer.canNominate ? (
        <Alert
          tone="info"
          title={viewer.mvp.isActiveMvp ? 'You can nominate as an active MVP.' : 'You can nominate as a Microsoft employee.'}
        >
          You cannot nominate yourself, a Microsoft employee, or someone who is already an MVP in the category.
        </Alert>
      ) : (
        <Alert tone="warning" title="Only active MVPs and Microsoft employees can nominate.">
          You are neither, so you cannot nominate anyone yet. If someone should be nominated, ask an MVP or a Microsoft employee you know to
          nominate them. If you are a Microsoft employee, sign in with your work account or ask a program admin to verify you.
        </Alert>
      )}
      <Card title="Nominations you made">
        {made.length === 0 ? (
          <EmptyState title="You have not nominated anyone." />
        ) : (
          <ul className="divide-y divide-slate-200">
            {made.map((n) => (
              <li key={n.id} className="py-2">
                <p className="font-medium">
                  {n.nomineeName} · {n.category.name}
                </p>
                <p className="text-sm text-slate-700">
                  {NOMINATION_STATUS_COPY[n.status].label}: {NOMINATION_STATUS_COPY[n.status].nominator} Nominated {formatDay(n.createdAt)}.
                </p>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
