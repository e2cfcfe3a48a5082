import type { Metadata } from 'next';
import { EvidenceItemForm } from '@/components/evidence/evidence-item-form-lazy';
import { Card, PageHeader } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guards';
import { todayIn } from '@/lib/dates';
import { getFormDraft } from '@/lib/drafts/queries';
import { emptyEvidenceItem, EVIDENCE_NEW_DRAFT_KEY } from '@/lib/evidence/schema';
import { listCategoryOptions } from '@/lib/nominations/queries';

export const metadata: Metadata = { title: 'Add a contribution' };

export default async function NewEvidencePage() {
  const viewer = await requireUser();
  const [categories, draft] = await Promise.all([listCategoryOptions(), getFormDraft(viewer, EVIDENCE_NEW_DRAFT_KEY)]);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Add a contribution"
        description="One item of your community work: a post, a talk, a video, a project, mentoring..."
      />
      <Card>
        <EvidenceItemForm
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
