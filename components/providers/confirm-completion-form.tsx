'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { confirmCompletionAction } from '@/lib/providers/actions';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import type { ConfirmCompletionInput } from '@/lib/providers/schema';
import { lazySchema } from '@/components/forms/lazy-schema';
import { fillMessage } from '@/lib/i18n/fill';
import type { ProviderFormsCopy } from '@/components/mct/form-copy';

// The schema (and zod with it) loads when the form first checks what was typed, not with the page.
const loadSchema = lazySchema(() => import('@/lib/providers/schema').then((m) => m.confirmCompletionSchema));

/** Confirms one person's ISC completion. */
export function ConfirmCompletionForm({ providerId, copy }: { providerId: string; copy: ProviderFormsCopy['confirm'] }) {
  const router = useRouter();
  const empty: ConfirmCompletionInput = { providerId, candidateName: '', candidateEmail: '', completedOn: '', certificateId: '' };
  const [confirmed, setConfirmed] = useState<string | null>(null);
  const { form, formError, onSubmit, errors, isSubmitting } = useActionForm(loadSchema, confirmCompletionAction, {
    onSubmitStart: () => setConfirmed(null),
    defaultValues: empty,
    onSuccess: (_data, values) => {
      setConfirmed(values.candidateName);
      form.reset(empty);
      router.refresh();
    },
  });
  return (
    <form noValidate className="space-y-4" onSubmit={onSubmit}>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {confirmed ? <Alert tone="success">{fillMessage(copy.confirmed, { name: confirmed })}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="candidateName" label={copy.name} error={errors.candidateName?.message}>
          {(aria) => <Input {...aria} autoComplete="off" {...form.register('candidateName')} />}
        </Field>
        <Field id="candidateEmail" label={copy.email} hint={copy.emailHint} error={errors.candidateEmail?.message}>
          {(aria) => <Input {...aria} type="email" autoComplete="off" {...form.register('candidateEmail')} />}
        </Field>
        <Field id="completedOn" label={copy.completedOn} error={errors.completedOn?.message}>
          {(aria) => <Input {...aria} type="date" {...form.register('completedOn')} />}
        </Field>
        <Field id="certificateId" label={copy.certificateId} error={errors.certificateId?.message}>
          {(aria) => <Input {...aria} autoComplete="off" {...form.register('certificateId')} />}
        </Field>
      </div>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? copy.confirming : copy.submit}
      </Button>
    </form>
  );
}
