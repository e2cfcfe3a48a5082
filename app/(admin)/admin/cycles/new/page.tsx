import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminNav } from '@/components/admin/admin-nav';
import { CycleForm } from '@/components/cycles/cycle-form';
import { Card, PageHeader } from '@/components/ui/card';
import { requireRole } from '@/lib/auth/guards';
import { listCycleCategoryOptions, newCycleValues } from '@/lib/cycles/queries';

export const metadata: Metadata = { title: 'New award cycle' };

export default async function NewCyclePage() {
  const viewer = await requireRole(['ADMIN'], '/admin/cycles/new');
  const categories = await listCycleCategoryOptions();
  return (
    <div className="space-y-6">
      <AdminNav />
      <p className="text-sm">
        <Link href="/admin/cycles" className="font-medium text-brand-700 underline">
          Back to the cycles
        </Link>
      </p>
      <PageHeader
        title="New award cycle"
        description="A new cycle starts as a draft with the latest cycle’s rubric: nobody sees it until you open it. To start from last year’s cycle instead, copy it from the list of cycles."
      />
      <Card>
        <CycleForm initial={newCycleValues(viewer)} categories={categories} timeZone={viewer.timeZone} isUnderWay={false} />
      </Card>
    </div>
  );
}
