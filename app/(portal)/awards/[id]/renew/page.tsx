import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RenewButton } from '@/components/awards/renew-button';
import { WithdrawRenewal } from '@/components/awards/withdraw-renewal';
import { Alert } from '@/components/ui/alert';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { RENEWAL_STATUS_COPY } from '@/lib/awards/lifecycle';
import { getRenewalPreview } from '@/lib/awards/queries';
import { requireUser } from '@/lib/auth/guards';
import { CONTRIBUTION_TYPES } from '@/lib/evidence/types';
import { formatDay, formatDayKey, formatInstant } from '@/lib/format';

export const metadata: Metadata = { title: 'Renew your MVP award' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function RenewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireUser();
  const data = UUID.test(id) ? await getRenewalPreview(viewer, id) : null;
  if (!data) notFound();
  const { award, cycle, window, check, items } = data;
  return (
    <div className="space-y-6">
      <PageHeader
        title={`Renew your MVP award in ${award.category.name}`}
        description={`Your award year ends ${formatDay(award.endsOn)}. Renewal needs no nomination: you submit your new contributions of the last 12 months (not the ones you submitted before), and reviewers assess them as they assess nominations.`}
      />
      {award.renewal && award.renewal.status !== 'OPEN' ? (
        <div className="space-y-3">
          <Alert tone="success" title={`Renewal: ${RENEWAL_STATUS_COPY[award.renewal.status].label}`}>
            {RENEWAL_STATUS_COPY[award.renewal.status].mvp}
            {award.renewal.submission ? ` ${award.renewal.submission._count.items} contributions submitted.` : ''}{' '}
            <Link href="/dashboard" className="font-medium underline">
              Go to your dashboard
            </Link>
          </Alert>
          {award.renewal.status === 'SUBMITTED' ? <WithdrawRenewal awardId={award.id} /> : null}
        </div>
      ) : (
        <>
          {cycle ? (
            <p className="text-slate-800">
              Renewal window: {formatInstant(cycle.renewalOpensAt, viewer.timeZone)} to{' '}
              <span className="font-semibold">{formatInstant(cycle.renewalDeadline, viewer.timeZone)}</span> ({cycle.name}).
            </p>
          ) : null}
          <Card title={`Your contributions from ${formatDayKey(window.start)} to ${formatDayKey(window.end)}`}>
            {items.length === 0 ? (
              <EmptyState title="No contribution in the last 12 months yet">
                <Link href="/evidence" className="font-medium text-brand-700 underline">
                  Add your contributions to your evidence log
                </Link>
                , then come back.
              </EmptyState>
            ) : (
              <ul className="divide-y divide-slate-200 text-sm">
                {items.map((i) => (
                  <li key={i.id} className="py-2">
                    <span className="font-medium">{i.title}</span> · {CONTRIBUTION_TYPES[i.type].label} · {formatDayKey(i.startDate)}
                    {i.isHighImpact ? ' · high impact' : ''}
                  </li>
                ))}
              </ul>
            )}
            <p className="mt-3 text-sm text-slate-700">Contributions that are part of your full-time job are not submitted.</p>
          </Card>
          {check.ok ? <RenewButton awardId={award.id} itemCount={items.length} /> : <Alert tone="warning">{check.message}</Alert>}
          {!check.ok && check.refusal === 'AGREEMENTS_PENDING' ? (
            <p>
              <Link href="/agreements" className="font-medium text-brand-700 underline">
                Read and accept the new versions
              </Link>
            </p>
          ) : null}
          {award.renewal?.status === 'OPEN' ? <WithdrawRenewal awardId={award.id} /> : null}
        </>
      )}
    </div>
  );
}
