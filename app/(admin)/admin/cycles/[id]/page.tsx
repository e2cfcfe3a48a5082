import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AdminNav } from '@/components/admin/admin-nav';
import { CycleForm } from '@/components/cycles/cycle-form';
import { ActionButton } from '@/components/ui/action-button';
import { Alert } from '@/components/ui/alert';
import { Card, PageHeader } from '@/components/ui/card';
import { requireRole } from '@/lib/auth/guards';
import { moveCycleAction } from '@/lib/cycles/actions';
import { canTransitionCycle } from '@/lib/cycles/lifecycle';
import { getCycleForEdit, listCycleCategoryOptions } from '@/lib/cycles/queries';
import { formatInstant } from '@/lib/format';

export const metadata: Metadata = { title: 'Award cycle' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function CyclePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireRole(['ADMIN'], `/admin/cycles/${id}`);
  const data = UUID.test(id) ? await getCycleForEdit(viewer, id) : null;
  if (!data) notFound();
  const { cycle, values, copy, pendingSubmissions } = data;
  const categories = await listCycleCategoryOptions(values.categoryIds);
  const move = (to: 'OPEN' | 'IN_REVIEW' | 'CLOSED') => ({ cycleId: cycle.id, version: cycle.version, to });
  return (
    <div className="space-y-6">
      <AdminNav />
      <p className="text-sm">
        <Link href="/admin/cycles" className="font-medium text-brand-700 underline">
          Back to the cycles
        </Link>
      </p>
      <PageHeader title={cycle.name} description={`${copy.label}. ${copy.next}`} />
      <Card title="Status">
        <div className="space-y-4 text-sm">
          <p>
            {cycle._count.nominations} nominations, {cycle._count.submissions} submissions ({pendingSubmissions} waiting for a released
            decision), {cycle._count.renewals} MVP renewals, {cycle._count.criteria} review criteria.
            {cycle.closedAt ? ` Closed ${formatInstant(cycle.closedAt, viewer.timeZone)}.` : ''}
          </p>
          <div className="flex flex-wrap gap-4">
            {canTransitionCycle(cycle.status, 'OPEN') ? (
              <ActionButton
                action={moveCycleAction}
                input={move('OPEN')}
                label="Open the cycle"
                variant="primary"
                confirm={`Open ${cycle.name}? Nominations in its categories are taken between its dates, and MVPs renew in its renewal window.`}
              />
            ) : null}
            {canTransitionCycle(cycle.status, 'IN_REVIEW') ? (
              <ActionButton
                action={moveCycleAction}
                input={move('IN_REVIEW')}
                label="Start review"
                confirm={`Start review of ${cycle.name}? It takes no new nominations from now on; accepted nominees can still submit until the evidence deadline.`}
              />
            ) : null}
            {canTransitionCycle(cycle.status, 'CLOSED') ? (
              <ActionButton
                action={moveCycleAction}
                input={move('CLOSED')}
                label="Close the cycle"
                variant="danger"
                confirm={`Close ${cycle.name}? Nominations and renewals never submitted expire, and their people are told. This cannot be undone.`}
              />
            ) : null}
          </div>
          {cycle.status === 'IN_REVIEW' ? (
            <p>
              Close review on the{' '}
              <Link href={`/admin/decisions?cycle=${cycle.id}`} className="font-medium text-brand-700 underline">
                decisions page
              </Link>{' '}
              once reviewers are done.
            </p>
          ) : null}
        </div>
      </Card>
      <Card title="Dates, categories and review settings">
        {cycle.status === 'CLOSED' ? (
          <Alert tone="info">This cycle is closed; nothing in it changes any more.</Alert>
        ) : (
          <CycleForm initial={values} categories={categories} timeZone={viewer.timeZone} isUnderWay={cycle.status !== 'PLANNED'} />
        )}
      </Card>
    </div>
  );
}
