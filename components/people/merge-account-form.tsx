'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { mergeAccountsAction, previewMergeAction } from '@/lib/people/actions';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import type { MergePreview } from '@/lib/people/merge';
import { previewMergeSchema } from '@/lib/people/merge-schema';

const LABELS: Record<string, string> = {
  accounts: 'Sign-in connections',
  sessions: 'Sessions (ended)',
  actionTokens: 'Emailed links',
  roles: 'Roles',
  rolesGranted: 'Roles they granted',
  reviewerCategories: 'Reviewer categories',
  providerStaff: 'ISC provider staff memberships',
  providersStaffAdded: 'Provider staff they added',
  nominationsMade: 'Nominations made',
  nominationsReceived: 'Nominations received',
  endorsements: 'Endorsements',
  evidenceItems: 'Evidence items',
  submissions: 'Submissions',
  reviewAssignments: 'Review assignments',
  assignmentsMade: 'Assignments they made',
  conflicts: 'Conflict declarations',
  decisionsMade: 'Decisions made',
  decisionsReleased: 'Decisions released',
  awards: 'Award years',
  mvpRenewals: 'MVP renewals',
  agreementAcceptances: 'Agreement acceptances',
  certifications: 'Certifications',
  iscCompletions: 'ISC completions',
  iscCompletionsConfirmed: 'ISC completions they confirmed',
  mctApplications: 'MCT applications',
  mctApplicationsStarted: 'MCT applications they started',
  mctApplicationsDecided: 'MCT applications they decided',
  mctMembership: 'MCT membership',
  mctRenewalsDecided: 'MCT renewals they decided',
  trainingDeliveries: 'Training deliveries',
  loungeAccess: 'MCT Lounge access',
  enrollmentPauses: 'Enrollment pauses they set',
  notifications: 'Emails',
  formDrafts: 'Form drafts',
  importBatches: 'Uploads',
  privacyRequests: 'Privacy requests',
  privacyRequestsHandled: 'Privacy requests they handled',
  mergedFrom: 'Accounts merged into it earlier',
};

/** "Merge another account into this one": find it by email, preview what moves and what conflicts, then confirm. */
export function MergeAccountForm({ targetId, targetEmail }: { targetId: string; targetEmail: string }) {
  const router = useRouter();
  const [preview, setPreview] = useState<MergePreview | null>(null);
  const [merging, setMerging] = useState(false);
  const [mergeError, setMergeError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const { form, formError, onSubmit, errors, isSubmitting } = useActionForm(previewMergeSchema, previewMergeAction, {
    defaultValues: { targetId, sourceEmail: '' },
    onSuccess: (data) => {
      setPreview(data);
      setMergeError(null);
      setDone(null);
    },
  });

  async function confirmMerge() {
    if (!preview) return;
    setMerging(true);
    setMergeError(null);
    const result = await mergeAccountsAction({ targetId, sourceId: preview.source.id });
    setMerging(false);
    if (!result.ok) {
      setMergeError(result.error);
      return;
    }
    setDone(`${preview.source.email} was merged into ${targetEmail}: ${result.data.moved} records moved.`);
    setPreview(null);
    form.reset({ targetId, sourceEmail: '' });
    router.refresh();
  }

  const moving = preview?.moves.filter((m) => m.count > 0) ?? [];
  return (
    <div className="space-y-4">
      {done ? <Alert tone="success">{done}</Alert> : null}
      <form noValidate className="space-y-3" onSubmit={(event) => void onSubmit(event)}>
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        <Field
          id="sourceEmail"
          label="Email address of the other account"
          hint={`Everything of that account moves to ${targetEmail}; signing in with its address then lands here.`}
          error={errors.sourceEmail?.message}
        >
          {(aria) => (
            <Input {...aria} type="email" autoComplete="off" {...form.register('sourceEmail', { onChange: () => setPreview(null) })} />
          )}
        </Field>
        <Button type="submit" variant="secondary" disabled={isSubmitting}>
          {isSubmitting ? 'Looking…' : 'Preview the merge'}
        </Button>
      </form>
      {preview ? (
        <section aria-labelledby="merge-preview-heading" className="space-y-3 rounded-md border border-slate-200 p-4">
          <h3 id="merge-preview-heading" className="font-semibold text-slate-900">
            Merge {preview.source.email} into {preview.target.email}
          </h3>
          {moving.length === 0 ? (
            <p className="text-sm text-slate-700">That account has no records; only its address will lead here.</p>
          ) : (
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Records that move</caption>
              <thead>
                <tr className="border-b border-slate-200 text-slate-700">
                  <th scope="col" className="py-1 pr-4 font-medium">
                    Kind
                  </th>
                  <th scope="col" className="py-1 pr-4 font-medium">
                    Moves
                  </th>
                  <th scope="col" className="py-1 font-medium">
                    Already here (kept once)
                  </th>
                </tr>
              </thead>
              <tbody>
                {moving.map((m) => (
                  <tr key={m.relation} className="border-b border-slate-100">
                    <td className="py-1 pr-4">{LABELS[m.relation] ?? m.relation}</td>
                    <td className="py-1 pr-4">{m.count}</td>
                    <td className="py-1">{m.duplicates || ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {preview.conflicts.length ? (
            <Alert tone="error" title="These must be resolved before the merge">
              <ul className="list-disc pl-5">
                {preview.conflicts.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            </Alert>
          ) : (
            <>
              {mergeError ? <Alert tone="error">{mergeError}</Alert> : null}
              <p className="text-sm text-slate-700">This cannot be undone. The other account stays only as a pointer to this one.</p>
              <Button type="button" variant="danger" disabled={merging} onClick={() => void confirmMerge()}>
                {merging ? 'Merging…' : `Merge into ${preview.target.email}`}
              </Button>
            </>
          )}
        </section>
      ) : null}
    </div>
  );
}
