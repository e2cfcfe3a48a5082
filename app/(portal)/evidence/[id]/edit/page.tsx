import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { EvidenceItemForm } from '@/components/evidence/evidence-item-form-lazy';
import { Card, PageHeader } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guards';
import { todayIn } from '@/lib/dates';
import { getFormDraft } from '@/lib/drafts/queries';
import { getEvidenceItemForEdit } from '@/lib/evidence/queries';
import { evidenceEditDraftKey } from '@/lib/evidence/schema';
import { listCategoryOptions } from '@/lib/nominations/queries';
import { evidenceFormCopy } from '@/components/evidence/evidence-form-copy';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('evidenceForm'))('editTitle') };
}

export default async function EditEvidencePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireUser();
  const item = await getEvidenceItemForEdit(viewer, id);
  if (!item) notFound();
  const [categories, draft, t, copy] = await Promise.all([
    listCategoryOptions(),
    getFormDraft(viewer, evidenceEditDraftKey(id)),
    getTranslations('evidenceForm'),
    evidenceFormCopy(),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader title={t('editTitle')} description={t('editDescription')} />
      <Card>
        <EvidenceItemForm
          copy={copy}
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
