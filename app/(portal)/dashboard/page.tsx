import type { Metadata } from 'next';
import { PendingAgreementsBanner } from '@/components/agreements/pending-banner';
import { MctCard } from '@/components/dashboard/mct-card';
import { MvpCard } from '@/components/dashboard/mvp-card';
import { WorkCard } from '@/components/dashboard/work-card';
import { PageHeader } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guards';

export const metadata: Metadata = { title: 'Dashboard' };

export default async function DashboardPage() {
  const viewer = await requireUser();
  return (
    <div className="space-y-6">
      <PageHeader
        title={`Welcome${viewer.name ? `, ${viewer.name}` : ''}`}
        description="Where each of your applications stands and what to do next."
      />
      <PendingAgreementsBanner viewer={viewer} />
      <div className="grid gap-6 lg:grid-cols-2">
        <MvpCard viewer={viewer} />
        <MctCard viewer={viewer} />
      </div>
      <WorkCard viewer={viewer} />
    </div>
  );
}
