import type { Metadata } from 'next';
import Link from 'next/link';
import { AcceptAgreementsForm } from '@/components/agreements/accept-agreements-form';
import { AgreementText } from '@/components/mct/agreement-text';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { listMyPendingAgreements } from '@/lib/agreements/queries';
import { requireUser } from '@/lib/auth/guards';
import { formatDay } from '@/lib/format';

export const metadata: Metadata = { title: 'Your agreements' };

export default async function MyAgreementsPage() {
  const viewer = await requireUser('/agreements');
  const pending = await listMyPendingAgreements(viewer);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Your agreements"
        description="When a new version of an agreement you accepted comes into force, you accept it here before the actions it covers (renewing, the MCT Lounge for alumni)."
      />
      {pending.length === 0 ? (
        <EmptyState title="Nothing to accept: you have accepted every agreement in force that applies to you.">
          <Link href="/dashboard" className="font-medium text-brand-700 underline">
            Back to your dashboard
          </Link>
        </EmptyState>
      ) : (
        <>
          {pending.map((a) => (
            <Card key={a.id} title={`${a.title} (version ${a.version})`}>
              <p className="mb-2 text-sm text-slate-700">In force from {formatDay(a.effectiveFrom)}.</p>
              <AgreementText title={a.title} body={a.body} />
            </Card>
          ))}
          <Card>
            <AcceptAgreementsForm agreementIds={pending.map((a) => a.id)} />
          </Card>
        </>
      )}
    </div>
  );
}
