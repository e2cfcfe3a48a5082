import type { Metadata } from 'next';
import Link from 'next/link';
import { NominationForm } from '@/components/nominations/nomination-form-lazy';
import { Alert } from '@/components/ui/alert';
import { Card, PageHeader } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guards';
import { getFormDraft } from '@/lib/drafts/queries';
import { listNominationCategoryOptions } from '@/lib/nominations/queries';
import { NOMINATION_DRAFT_KEY } from '@/lib/nominations/schema';

export const metadata: Metadata = { title: 'Nominate someone' };

export default async function NewNominationPage() {
  const viewer = await requireUser();
  if (!viewer.canNominate) {
    return (
      <div className="space-y-6">
        <PageHeader title="Nominate someone" />
        <Alert tone="warning" title="Only active MVPs and Microsoft employees can nominate.">
          <p>
            You are signed in as {viewer.email}, which is neither an active MVP nor a verified Microsoft employee, so you cannot nominate
            anyone.
          </p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            <li>If someone deserves an MVP award, ask an MVP or a Microsoft employee you know to nominate them.</li>
            <li>If you are a Microsoft employee, sign in with your work address, or ask a program admin to verify you.</li>
            <li>
              If you are an MVP whose award has just been decided, accept the code of conduct and the NDA first; your award then becomes
              active.
            </li>
          </ul>
        </Alert>
        <p>
          <Link href="/nominations" className="font-medium text-brand-700 underline">
            Back to your nominations
          </Link>
        </p>
      </div>
    );
  }
  const [categories, draft] = await Promise.all([listNominationCategoryOptions(), getFormDraft(viewer, NOMINATION_DRAFT_KEY)]);
  if (categories.length === 0) {
    return (
      <div className="space-y-6">
        <PageHeader title="Nominate someone" />
        <Alert tone="info" title="No award cycle is taking nominations at the moment.">
          <p>Nominations open again with the next award cycle; the program team announces its dates.</p>
        </Alert>
      </div>
    );
  }
  return (
    <div className="space-y-6">
      <PageHeader
        title="Nominate someone"
        description="Nominate a person whose community contributions have made a difference. They get an email to accept, then submit 12 months of evidence."
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <Card>
            <NominationForm categories={categories} userId={viewer.id} draft={draft} />
          </Card>
        </div>
        <Card title="Before you nominate" headingLevel={2}>
          <ul className="list-disc space-y-2 pl-5 text-sm text-slate-700">
            <li>You cannot nominate yourself, a Microsoft employee, or someone who is already an MVP in the category.</li>
            <li>A person has at most one open nomination per category. If one exists, you can endorse it instead.</li>
            <li>The nominee has 30 days to accept the invitation. You are emailed at each step.</li>
            <li>What you type is saved as a draft while you type.</li>
          </ul>
        </Card>
      </div>
    </div>
  );
}
