import type { Metadata } from 'next';
import Link from 'next/link';
import { NominationHistory, NominationStatusBadge } from '@/components/nominations/nomination-history';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guards';
import { formatDay } from '@/lib/format';
import { NOMINATION_STATUS_COPY } from '@/lib/nominations/lifecycle';
import { listMyNominations } from '@/lib/nominations/queries';

export const metadata: Metadata = { title: 'Nominations' };

export default async function NominationsPage({ searchParams }: { searchParams: Promise<{ sent?: string }> }) {
  const viewer = await requireUser();
  const { sent } = await searchParams;
  const { made, endorsed, received } = await listMyNominations(viewer);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Nominations"
        description="Nominate someone for an MVP award and follow each nomination's progress."
        actions={viewer.canNominate ? <ButtonLink href="/nominations/new">Nominate someone</ButtonLink> : null}
      />
      {sent ? (
        <Alert tone="success" title="Thank you: your nomination is in.">
          If the person had no open nomination in this category, it is listed below and they are invited to accept it. If they had one, we
          have emailed you an offer to endorse it instead, with what you wrote kept for it.
        </Alert>
      ) : null}
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

      {received.length > 0 ? (
        <Card title="Nominations you received">
          <ul className="divide-y divide-slate-200">
            {received.map((n) => (
              <li key={n.id} className="py-3">
                <h3 className="font-medium">
                  <Link href={`/nominations/${n.id}`} className="text-brand-700 underline">
                    {n.category.name}
                    {n.focusArea ? ` > ${n.focusArea.name}` : ''}
                  </Link>{' '}
                  <NominationStatusBadge status={n.status} />
                </h3>
                <p className="text-sm text-slate-700">
                  Nominated by {n.nominator.name ?? 'an MVP or Microsoft employee'} on {formatDay(n.createdAt)}.{' '}
                  {NOMINATION_STATUS_COPY[n.status].nominee}
                </p>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}

      <Card title="Nominations you made">
        {made.length === 0 ? (
          <EmptyState title="You have not nominated anyone.">
            {viewer.canNominate ? 'Use “Nominate someone” to start; you follow each nomination here.' : null}
          </EmptyState>
        ) : (
          <ul className="divide-y divide-slate-200">
            {made.map((n) => (
              <li key={n.id} className="py-3">
                <h3 className="font-medium">
                  <Link href={`/nominations/${n.id}`} className="text-brand-700 underline">
                    {n.nomineeName} · {n.category.name}
                  </Link>{' '}
                  <NominationStatusBadge status={n.status} />
                </h3>
                <p className="text-sm text-slate-700">
                  {NOMINATION_STATUS_COPY[n.status].nominator} Nominated {formatDay(n.createdAt)}.
                </p>
                <NominationHistory events={n.events} timeZone={viewer.timeZone} label={`History of the nomination of ${n.nomineeName}`} />
              </li>
            ))}
          </ul>
        )}
      </Card>

      {endorsed.length > 0 ? (
        <Card title="Nominations you endorsed">
          <ul className="divide-y divide-slate-200">
            {endorsed.map((n) => (
              <li key={n.id} className="py-3">
                <h3 className="font-medium">
                  <Link href={`/nominations/${n.id}`} className="text-brand-700 underline">
                    {n.nomineeName} · {n.category.name}
                  </Link>{' '}
                  <NominationStatusBadge status={n.status} />
                </h3>
                <p className="text-sm text-slate-700">{NOMINATION_STATUS_COPY[n.status].nominator}</p>
                <NominationHistory events={n.events} timeZone={viewer.timeZone} label={`History of the nomination of ${n.nomineeName}`} />
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </div>
  );
}
