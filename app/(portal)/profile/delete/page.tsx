import type { Metadata } from 'next';
import Link from 'next/link';
import { ErasureRequestForm } from '@/components/privacy/erasure-request-form-lazy';
import { ErasureSummary } from '@/components/privacy/erasure-summary';
import { Alert } from '@/components/ui/alert';
import { Card, PageHeader } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guards';
import { formatInstant } from '@/lib/format';
import { getOwnPrivacyState } from '@/lib/privacy/queries';
import { DownloadDataForm, DownloadDataInline } from '@/components/privacy/download-data';

export const metadata: Metadata = { title: 'Delete my data' };

export default async function DeleteMyDataPage() {
  const viewer = await requireUser();
  const state = await getOwnPrivacyState(viewer);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Ask us to delete your data"
        description="A program admin confirms every request. Until then nothing changes, and you can still download your data."
      />
      {state.openErasure ? (
        <Alert tone="success" title="We received your request">
          You asked on {formatInstant(state.openErasure.requestedAt, viewer.timeZone)}. A program admin checks it and confirms it, usually
          within a few working days. We sent you an email; you get one more when it is done, and after that you can no longer sign in.
        </Alert>
      ) : null}
      <Card title="Before you ask">
        <p className="text-sm text-slate-800">
          You may want to <DownloadDataInline>download your data</DownloadDataInline> first: after the erasure we cannot give it to you. The{' '}
          <Link href="/privacy" className="font-medium text-brand-700 underline">
            privacy page
          </Link>{' '}
          explains what the portal holds and why.
        </p>
        <DownloadDataForm />
      </Card>
      <Card title="What happens when an admin confirms">
        <ErasureSummary headingLevel={3} />
      </Card>
      {state.openErasure ? null : (
        <Card title="Send the request">
          <ErasureRequestForm />
        </Card>
      )}
      <p className="text-sm">
        <Link href="/profile" className="font-medium text-brand-700 underline">
          Back to your profile
        </Link>
      </p>
    </div>
  );
}
