'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { declareConflictAction } from '@/lib/reviews/actions';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Field, inputClass } from '@/components/ui/field';
import { lazySchema } from '@/components/forms/lazy-schema';
import { fillMessage } from '@/lib/i18n/fill';
import { ConflictReasonAndSubmit, type ConflictReasonCopy } from './conflict-form';

// The schema (and zod with it) loads when the form first checks what was typed, not with the page.
const loadSchema = lazySchema(() => import('@/lib/reviews/schema').then((m) => m.declareConflictSchema));

export type DeclarableSubmission = { id: string; label: string };

/** The form's words; `declaredWith` keeps its {name} for the form to fill. */
export type DeclareConflictCopy = ConflictReasonCopy & { candidate: string; choose: string; declaredWith: string; thisCandidate: string };

/** One form for declaring a conflict of interest with any submission of the reviewer's categories:
 * the reviewer picks the candidate, says why, and is never assigned to them. */
export function DeclareConflictForm({ submissions, copy }: { submissions: DeclarableSubmission[]; copy: DeclareConflictCopy }) {
  const router = useRouter();
  const [declared, setDeclared] = useState<string | null>(null);
  const { form, formError, onSubmit, errors, isSubmitting } = useActionForm(loadSchema, declareConflictAction, {
    defaultValues: { submissionId: '', reason: '' },
    onSuccess: (_data, values) => {
      setDeclared(submissions.find((s) => s.id === values.submissionId)?.label ?? copy.thisCandidate);
      form.reset({ submissionId: '', reason: '' });
      router.refresh();
    },
  });
  return (
    <form noValidate className="space-y-3" onSubmit={onSubmit}>
      {declared ? <Alert tone="success">{fillMessage(copy.declaredWith, { name: declared })}</Alert> : null}
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field id="conflict-submission" label={copy.candidate} error={errors.submissionId?.message}>
        {(aria) => (
          <select {...aria} className={inputClass} {...form.register('submissionId')}>
            <option value="">{copy.choose}</option>
            {submissions.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <ConflictReasonAndSubmit
        id="conflict-reason"
        registration={form.register('reason')}
        error={errors.reason?.message}
        isSubmitting={isSubmitting}
        copy={copy}
      />
    </form>
  );
}
