import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PendingAgreementsBanner } from '@/components/agreements/pending-banner';
import { MctCard } from '@/components/dashboard/mct-card';
import { MvpCard } from '@/components/dashboard/mvp-card';
import { WorkCard } from '@/components/dashboard/work-card';
import { PageHeader } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guards';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('dashboard'))('title') };
}

export default async function DashboardPage() {
  const viewer = await requireUser();
  const t = await getTranslations('dashboard');
  return (
    <div className="space-y-6">
      <PageHeader title={viewer.name ? t('welcomeName', { name: viewer.name }) : t('welcome')} description={t('description')} />
      <PendingAgreementsBanner viewer={viewer} />
      <div className="grid gap-6 lg:grid-cols-2">
        <MvpCard viewer={viewer} />
        <MctCard viewer={viewer} />
      </div>
      <WorkCard viewer={viewer} />
    </div>
  );
}
