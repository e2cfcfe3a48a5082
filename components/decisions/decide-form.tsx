'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { decideAction } from '@/lib/decisions/actions';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { decideSchema, type DecideFormValues } from '@/lib/decisions/schema';
import { STALE_WRITE_MESSAGE } from '@/lib/errors';

/** The admin's decision on a submission: award or not, with feedback for the candidate. If another
 * admin decided meanwhile, the save is refused and "Reload" brings their decision while the text
 * typed here stays in the form. */
export function DecideForm({ initial }: { initial: Omit<DecideFormValues, 'outcome'> & { outcome?: DecideFormValues['outcome'] } }) {
  const router = useRouter();
  const version = useRef(initial.version);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    version.current = initial.version;
  }, [initial.version]);
  const { form, formError, onSubmit, errors, isSubmitting } = useActionForm(
    decideSchema,
    async (values: DecideFormValues) => {
      setSaved(false);
      const result = await decideAction({ ...values, version: version.current });
      if (result.ok) version.current = result.data.version;
      return result;
    },
    { defaultValues: initial, onSuccess: () => setSaved(true) },
  );
  const isStale = formError === STALE_WRITE_MESSAGE;
  return (
    <form noValidate className="space-y-4" onSubmit={onSubmit}>
      {isStale ? (
        <Alert tone="error" title="Another admin changed this decision">
          <p>{STALE_WRITE_MESSAGE}</p>
          <Button type="button" variant="secondary" className="mt-2" onClick={() => router.refresh()}>
            Reload their decision
          </Button>
        </Alert>
      ) : formError ? (
        <Alert tone="error">{formError}</Alert>
      ) : null}
      {saved && !formError ? <Alert tone="success">Decision saved. It is held until you release it.</Alert> : null}
      <fieldset className="space-y-2" aria-describedby={errors.outcome ? 'outcome-error' : undefined}>
        <legend className="text-sm font-semibold">Outcome</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" value="AWARD" {...form.register('outcome')} /> Award
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" value="NO_AWARD" {...form.register('outcome')} /> Do not award
        </label>
        {errors.outcome ? (
          <p id="outcome-error" className="text-sm font-medium text-red-700">
            {errors.outcome.message}
          </p>
        ) : null}
      </fieldset>
      <Field
        id="feedback"
        label="Feedback for the candidate"
        hint="The candidate reads this with the outcome, together with each reviewer’s feedback (never the committee comments)."
        error={errors.feedback?.message}
      >
        {(aria) => <textarea {...aria} rows={6} className={inputClass} {...form.register('feedback')} />}
      </Field>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? 'Saving…' : 'Save decision'}
      </Button>
    </form>
  );
}
