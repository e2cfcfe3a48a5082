'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { declareConflictAction } from '@/lib/reviews/actions';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { declareConflictSchema } from '@/lib/reviews/schema';

/** A reviewer declares a conflict of interest with a submission; they are taken off it at once. */
export function ConflictForm({
  submissionId,
  candidateName,
  afterwards,
}: {
  submissionId: string;
  candidateName: string;
  afterwards?: string;
}) {
  const router = useRouter();
  const [done, setDone] = useState(false);
  const { form, formError, onSubmit, errors, isSubmitting } = useActionForm(declareConflictSchema, declareConflictAction, {
    defaultValues: { submissionId, reason: '' },
    onSuccess: () => {
      setDone(true);
      if (afterwards) router.push(afterwards);
      else router.refresh();
    },
  });
  if (done) return <Alert tone="success">Conflict declared. You will not review {candidateName}.</Alert>;
  const id = `conflict-${submissionId}`;
  return (
    <details className="rounded-md border border-slate-200 p-3">
      <summary className="cursor-pointer text-sm font-medium text-brand-700">Declare a conflict of interest with {candidateName}</summary>
      <form noValidate className="mt-3 space-y-3" onSubmit={onSubmit}>
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        <ConflictReasonAndSubmit
          id={id}
          registration={form.register('reason')}
          error={errors.reason?.message}
          isSubmitting={isSubmitting}
        />
      </form>
    </details>
  );
}

/** The reason and the submit button of both conflict forms (this one, per submission, and the
 * reviewer queue's, with a choice of candidate). */
export function ConflictReasonAndSubmit({
  id,
  registration,
  error,
  isSubmitting,
}: {
  id: string;
  registration: UseFormRegisterReturn<'reason'>;
  error: string | undefined;
  isSubmitting: boolean;
}) {
  return (
    <>
      <Field
        id={id}
        label="What is the conflict?"
        hint="For example: we work for the same company, we are friends, I mentor them. Only the program team reads this."
        error={error}
      >
        {(aria) => <textarea {...aria} rows={3} className={inputClass} {...registration} />}
      </Field>
      <Button type="submit" variant="danger" disabled={isSubmitting}>
        {isSubmitting ? 'Declaring…' : 'Declare the conflict'}
      </Button>
    </>
  );
}
