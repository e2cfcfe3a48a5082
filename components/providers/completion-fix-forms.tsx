'use client';

import { useRouter } from 'next/navigation';
import { useId, useState, useTransition } from 'react';
import { FormError, STALE_PATTERN, useRecordVersion } from '@/components/forms/stale-write';
import { useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { Field, Input, inputClass } from '@/components/ui/field';
import { correctCompletionAction, withdrawCompletionAction } from '@/lib/completions/actions';
import type { CorrectCompletionInput } from '@/lib/completions/schema';
import { lazySchema } from '@/components/forms/lazy-schema';
import { fillMessage } from '@/lib/i18n/fill';
import type { ProviderFormsCopy } from '@/components/mct/form-copy';

// The schema (and zod with it) loads when the form first checks what was typed, not with the page.
const loadCorrectSchema = lazySchema(() => import('@/lib/completions/schema').then((m) => m.correctCompletionSchema));

/** Corrects a completion confirmed with a mistake in it. */
export function CorrectCompletionForm({ initial, copy }: { initial: CorrectCompletionInput; copy: ProviderFormsCopy['correct'] }) {
  const router = useRouter();
  const versionRef = useRecordVersion(initial.version);
  const { formError, onSubmit, errors, isSubmitting, ready, field } = useActionForm(
    loadCorrectSchema,
    (values: CorrectCompletionInput) => correctCompletionAction({ ...values, version: versionRef.current }),
    {
      defaultValues: initial,
      onSuccess: (data) => {
        versionRef.current = data.version;
        router.refresh();
      },
    },
  );
  const id = (name: string) => `fix-${initial.completionId}-${name}`;
  return (
    <form noValidate className="space-y-2" onSubmit={(e) => void onSubmit(e)}>
      <FormError message={formError} staleWhen={STALE_PATTERN} />
      <div className="grid gap-2 sm:grid-cols-2">
        <Field id={id('name')} label={copy.name} error={errors.candidateName?.message}>
          {(aria) => <Input {...aria} {...field('candidateName')} />}
        </Field>
        <Field id={id('email')} label={copy.email} error={errors.candidateEmail?.message}>
          {(aria) => <Input {...aria} type="email" {...field('candidateEmail')} />}
        </Field>
        <Field id={id('date')} label={copy.completedOn} error={errors.completedOn?.message}>
          {(aria) => <Input {...aria} type="date" {...field('completedOn')} />}
        </Field>
        <Field id={id('certificate')} label={copy.certificateId} error={errors.certificateId?.message}>
          {(aria) => <Input {...aria} {...field('certificateId')} />}
        </Field>
      </div>
      <Button type="submit" variant="secondary" disabled={isSubmitting || !ready}>
        {isSubmitting ? copy.saving : copy.submit}
      </Button>
    </form>
  );
}

/** Withdraws a completion confirmed by mistake: it no longer counts anywhere. */
export function WithdrawCompletionForm({
  completionId,
  version,
  candidateName,
  copy,
}: {
  completionId: string;
  version: number;
  candidateName: string;
  copy: ProviderFormsCopy['withdraw'];
}) {
  const router = useRouter();
  const reasonId = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <form
      noValidate
      className="space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        setError(null);
        startTransition(async () => {
          const result = await withdrawCompletionAction({ completionId, version, reason });
          if (!result.ok) setError(result.fieldErrors?.reason?.[0] ?? result.error);
          else router.refresh();
        });
      }}
    >
      <FormError message={error} staleWhen={STALE_PATTERN} />
      <label htmlFor={reasonId} className="block text-sm font-medium">
        {fillMessage(copy.reason, { name: candidateName })}
      </label>
      <textarea id={reasonId} rows={2} className={inputClass} value={reason} onChange={(e) => setReason(e.target.value)} />
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? copy.withdrawing : copy.submit}
      </Button>
    </form>
  );
}
