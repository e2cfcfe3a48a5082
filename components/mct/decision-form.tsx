'use client';

import { useRouter } from 'next/navigation';
import { decideApplicationAction } from '@/lib/mct/actions';
import { DraftStatus } from '@/components/forms/draft-status';
import { useActionForm } from '@/components/forms/use-action-form';
import { initialValuesWithDraft, useFormDraft, type SavedDraft } from '@/components/forms/use-form-draft';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { applicationDecisionDraftKey, decideApplicationSchema, type DecideApplicationInput } from '@/lib/mct/schema';

/** Approve or reject an application (a rejection says why), against the version the admin read.
 * What is typed is kept as a draft until the decision is saved. */
export function DecisionForm({
  applicationId,
  version,
  userId,
  draft,
}: {
  applicationId: string;
  version: number;
  userId: string;
  draft: SavedDraft | null;
}) {
  const router = useRouter();
  const defaults = { applicationId, version, decision: 'APPROVE' as 'APPROVE' | 'REJECT', reason: '' };
  const { form, formError, onSubmit, errors, isSubmitting } = useActionForm(
    decideApplicationSchema,
    // The version is the one this page read, never one a restored draft carried.
    (values: DecideApplicationInput) => decideApplicationAction({ ...values, applicationId, version }),
    {
      defaultValues: { ...initialValuesWithDraft(defaults, draft), applicationId, version },
      onSuccess: () => {
        void drafts.clear();
        router.refresh();
      },
    },
  );
  const drafts = useFormDraft(form, { formKey: applicationDecisionDraftKey(applicationId), userId, defaults, initial: draft });
  const decision = form.watch('decision');
  return (
    <form noValidate className="space-y-4" onSubmit={(event) => void onSubmit(event)}>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Decision</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" value="APPROVE" {...form.register('decision')} /> Approve: start a 12-month membership from today
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" value="REJECT" {...form.register('decision')} /> Reject
        </label>
      </fieldset>
      <Field
        id="reason"
        label="Reason for the candidate"
        hint={decision === 'REJECT' ? 'Required: the candidate reads it in their email and on the MCT page.' : 'Only for a rejection.'}
        error={errors.reason?.message}
      >
        {(aria) => <textarea {...aria} rows={3} className={inputClass} {...form.register('reason')} />}
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant={decision === 'REJECT' ? 'danger' : 'primary'} disabled={isSubmitting}>
          {isSubmitting ? 'Saving…' : decision === 'REJECT' ? 'Reject application' : 'Approve application'}
        </Button>
        <DraftStatus state={drafts.state} savedAt={drafts.savedAt} hasDraft={drafts.hasDraft} onDiscard={drafts.discard} />
      </div>
    </form>
  );
}
