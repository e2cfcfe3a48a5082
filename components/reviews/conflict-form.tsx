'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { declareConflictAction } from '@/lib/reviews/actions';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { lazySchema } from '@/components/forms/lazy-schema';

// The schema (and zod with it) loads when the form first checks what was typed, not with the page.
const loadSchema = lazySchema(() => import('@/lib/reviews/schema').then((m) => m.declareConflictSchema));

/** The words of the reason and the button, shared by both conflict forms. */
export type ConflictReasonCopy = { reason: string; reasonHint: string; declaring: string; declare: string };

/** This form's words, the candidate's name already in `summary` and `done`. */
export type ConflictFormCopy = ConflictReasonCopy & { summary: string; done: string };

/** A reviewer declares a conflict of interest with a submission; they are taken off it at once. */
export function ConflictForm({ submissionId, copy, afterwards }: { submissionId: string; copy: ConflictFormCopy; afterwards?: string }) {
  const router = useRouter();
  const [done, setDone] = useState(false);
  const { form, formError, onSubmit, errors, isSubmitting } = useActionForm(loadSchema, declareConflictAction, {
    defaultValues: { submissionId, reason: '' },
    onSuccess: () => {
      setDone(true);
      if (afterwards) router.push(afterwards);
      else router.refresh();
    },
  });
  if (done) return <Alert tone="success">{copy.done}</Alert>;
  const id = `conflict-${submissionId}`;
  return (
    <details className="rounded-md border border-slate-200 p-3">
      <summary className="cursor-pointer text-sm font-medium text-brand-700">{copy.summary}</summary>
      <form noValidate className="mt-3 space-y-3" onSubmit={onSubmit}>
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        <ConflictReasonAndSubmit
          id={id}
          registration={form.register('reason')}
          error={errors.reason?.message}
          isSubmitting={isSubmitting}
          copy={copy}
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
  copy,
}: {
  id: string;
  registration: UseFormRegisterReturn<'reason'>;
  error: string | undefined;
  isSubmitting: boolean;
  copy: ConflictReasonCopy;
}) {
  return (
    <>
      <Field id={id} label={copy.reason} hint={copy.reasonHint} error={error}>
        {(aria) => <textarea {...aria} rows={3} className={inputClass} {...registration} />}
      </Field>
      <Button type="submit" variant="danger" disabled={isSubmitting}>
        {isSubmitting ? copy.declaring : copy.declare}
      </Button>
    </>
  );
}
