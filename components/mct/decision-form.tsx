'use client';

import { useRouter } from 'next/navigation';
import { decideApplicationAction } from '@/lib/mct/actions';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { decideApplicationSchema } from '@/lib/mct/schema';

/** Approve or reject an application (a rejection says why), against the version the admin read. */
export function DecisionForm({ applicationId, version }: { applicationId: string; version: number }) {
  const router = useRouter();
  const { form, formError, onSubmit, errors, isSubmitting } = useActionForm(decideApplicationSchema, decideApplicationAction, {
    defaultValues: { applicationId, version, decision: 'APPROVE', reason: '' },
    onSuccess: () => router.refresh(),
  });
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
      <Button type="submit" variant={decision === 'REJECT' ? 'danger' : 'primary'} disabled={isSubmitting}>
        {isSubmitting ? 'Saving…' : decision === 'REJECT' ? 'Reject application' : 'Approve application'}
      </Button>
    </form>
  );
}
