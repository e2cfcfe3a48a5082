'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { findCandidateCompletionsAction, startApplicationAction } from '@/lib/providers/actions';
import { applyActionErrors } from '@/components/forms/apply-result';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { formatDayKey } from '@/lib/format';
import { fillMessage } from '@/lib/i18n/fill';
import type { Locale } from '@/lib/i18n/locales';
import type { ProviderFormsCopy } from '@/components/mct/form-copy';
import type { StartApplicationInput } from '@/lib/providers/schema';
import { lazySchema } from '@/components/forms/lazy-schema';

// The schema (and zod with it) loads when the form first checks what was typed, not with the page.
const loadSchema = lazySchema(() => import('@/lib/providers/schema').then((m) => m.startApplicationSchema));

type Completion = { id: string; candidateName: string; completedOn: string; certificateId: string };

/** Starts a manual MCT application: the candidate's email, then one of the provider's completions for it. */
export function StartApplicationForm({
  providerId,
  disabledReason,
  copy,
  locale,
}: {
  providerId: string;
  disabledReason: string | null;
  copy: ProviderFormsCopy['start'];
  locale: Locale;
}) {
  const router = useRouter();
  const empty: StartApplicationInput = { providerId, candidateEmail: '', iscCompletionId: '' };
  const [completions, setCompletions] = useState<Completion[] | null>(null);
  const [started, setStarted] = useState<{ email: string; held: string | null } | null>(null);
  const [finding, setFinding] = useState(false);
  const { form, formError, onSubmit, errors, isSubmitting } = useActionForm(loadSchema, startApplicationAction, {
    onSubmitStart: () => setStarted(null),
    defaultValues: empty,
    onSuccess: (data, values) => {
      setStarted({ email: values.candidateEmail, held: data.held });
      setCompletions(null);
      form.reset(empty);
      router.refresh();
    },
  });

  async function find() {
    setStarted(null);
    setCompletions(null);
    form.clearErrors();
    form.setValue('iscCompletionId', '');
    setFinding(true);
    const result = await findCandidateCompletionsAction({ providerId, candidateEmail: form.getValues('candidateEmail') });
    setFinding(false);
    const error = applyActionErrors(result, form.setError);
    if (error || !result.ok) return;
    setCompletions(result.data);
    if (result.data.length === 1 && result.data[0]) form.setValue('iscCompletionId', result.data[0].id);
  }

  if (disabledReason) return <Alert tone="warning">{disabledReason}</Alert>;

  return (
    <form noValidate className="space-y-4" onSubmit={onSubmit}>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {started?.held ? (
        <Alert tone="success">{fillMessage(copy.submittedHeld, { held: started.held, email: started.email })}</Alert>
      ) : started ? (
        <Alert tone="success">{fillMessage(copy.started, { email: started.email })}</Alert>
      ) : null}
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <Field id="startCandidateEmail" label={copy.email} error={errors.candidateEmail?.message}>
            {(aria) => <Input {...aria} type="email" autoComplete="off" {...form.register('candidateEmail')} />}
          </Field>
        </div>
        <Button type="button" variant="secondary" disabled={finding} onClick={() => void find()}>
          {finding ? copy.finding : copy.find}
        </Button>
      </div>
      {completions && completions.length === 0 ? <Alert tone="info">{copy.none}</Alert> : null}
      {completions && completions.length > 0 ? (
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">{copy.legend}</legend>
          {completions.map((c) => (
            <label key={c.id} className="flex items-center gap-2 text-sm">
              <input type="radio" value={c.id} {...form.register('iscCompletionId')} />
              {fillMessage(copy.completion, {
                name: c.candidateName,
                date: formatDayKey(c.completedOn, locale),
                certificate: c.certificateId,
              })}
            </label>
          ))}
          {errors.iscCompletionId ? <p className="text-sm font-medium text-red-700">{errors.iscCompletionId.message}</p> : null}
        </fieldset>
      ) : null}
      {completions && completions.length > 0 ? (
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? copy.starting : copy.submit}
        </Button>
      ) : null}
    </form>
  );
}
