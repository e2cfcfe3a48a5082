import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EvidenceItemForm } from '@/components/evidence/evidence-item-form-lazy';
import { Card, PageHeader } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guards';
import { todayIn } from '@/lib/dates';
import { getFormDraft } from '@/lib/drafts/queries';
import { emptyEvidenceItem, EVIDENCE_NEW_DRAFT_KEY } from '@/lib/evidence/schema';
import { listCategoryOptions } from '@/lib/nominations/queries';
import { evidenceFormCopy } from '@/components/evidence/evidence-form-copy';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('evidence.new'))('title') };
}

export default async function NewEvidencePage() {
  const viewer = await requireUser();
  const [categories, draft, t] = await Promise.all([
    listCategoryOptions(),
    getFormDraft(viewer, EVIDENCE_NEW_DRAFT_KEY),
    getTranslations('evidence.new'),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader title={t('title')} description={t('description')} />
      <Card>
        <EvidenceItemForm
          copy={await evidenceFormCopy()}
          initial={emptyEvidenceItem()}
          draftKey={EVIDENCE_NEW_DRAFT_KEY}
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
