'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { confirmCompletionAction } from '@/lib/providers/actions';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { confirmCompletionSchema, type ConfirmCompletionInput } from '@/lib/providers/schema';

/** Confirms one person's ISC completion. */
export function ConfirmCompletionForm({ providerId }: { providerId: string }) {
  const router = useRouter();
  const empty: ConfirmCompletionInput = { providerId, candidateName: '', candidateEmail: '', completedOn: '', certificateId: '' };
  const [confirmed, setConfirmed] = useState<string | null>(null);
  const { form, formError, onSubmit, errors, isSubmitting } = useActionForm(confirmCompletionSchema, confirmCompletionAction, {
    defaultValues: empty,
    onSuccess: (_data, values) => {
      setConfirmed(values.candidateName);
      form.reset(empty);
      router.refresh();
    },
  });
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        setConfirmed(null);
        void onSubmit(event);
      }}
    >
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {confirmed ? <Alert tone="success">The completion of {confirmed} is confirmed.</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="candidateName" label="Candidate’s full name" error={errors.candidateName?.message}>
          {(aria) => <Input {...aria} autoComplete="off" {...form.register('candidateName')} />}
        </Field>
        <Field
          id="candidateEmail"
          label="Candidate’s email address"
          hint="The address they sign in with."
          error={errors.candidateEmail?.message}
        >
          {(aria) => <Input {...aria} type="email" autoComplete="off" {...form.register('candidateEmail')} />}
        </Field>
        <Field id="completedOn" label="Completion date" error={errors.completedOn?.message}>
          {(aria) => <Input {...aria} type="date" {...form.register('completedOn')} />}
        </Field>
        <Field id="certificateId" label="Certificate ID" error={errors.certificateId?.message}>
          {(aria) => <Input {...aria} autoComplete="off" {...form.register('certificateId')} />}
        </Field>
      </div>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? 'Confirming…' : 'Confirm completion'}
      </Button>
    </form>
  );
}
