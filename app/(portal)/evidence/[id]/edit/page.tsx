import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EvidenceItemForm } from '@/components/evidence/evidence-item-form-lazy';
import { Card, PageHeader } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guards';
import { todayIn } from '@/lib/dates';
import { getFormDraft } from '@/lib/drafts/queries';
import { getEvidenceItemForEdit } from '@/lib/evidence/queries';
import { evidenceEditDraftKey } from '@/lib/evidence/schema';
import { listCategoryOptions } from '@/lib/nominations/queries';

export const metadata: Metadata = { title: 'Edit a contribution' };

export default async function EditEvidencePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireUser();
  const item = await getEvidenceItemForEdit(viewer, id);
  if (!item) notFound();
  const [categories, draft] = await Promise.all([listCategoryOptions(), getFormDraft(viewer, evidenceEditDraftKey(id))]);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Edit a contribution"
        description="Changes apply to your log; anything you already submitted stays as it was submitted."
      />
      <Card>
        <EvidenceItemForm
          initial={item}
          draftKey={evidenceEditDraftKey(id)}
          draft={draft}
          userId={viewer.id}
          timeZone={viewer.timeZone}
          categories={categories}
          today={todayIn(viewer.timeZone)}
        />
      </Card>
    </div>
  );
}
