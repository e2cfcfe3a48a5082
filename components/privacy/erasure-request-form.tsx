'use client';

import { useRouter } from 'next/navigation';
import { requestErasureAction } from '@/lib/privacy/actions';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { CheckboxField, Field, inputClass } from '@/components/ui/field';
import { requestErasureSchema } from '@/lib/privacy/schema';
import type { ErasureRequestFormCopy } from './erasure-request-form-copy';

/** The person's request to erase their data: an optional reason and an explicit acknowledgement. */
export function ErasureRequestForm({ copy }: { copy: ErasureRequestFormCopy }) {
  const router = useRouter();
  const { form, formError, onSubmit, errors, isSubmitting, ready } = useActionForm(requestErasureSchema, requestErasureAction, {
    defaultValues: { reason: '', understood: false as unknown as true },
    onSuccess: () => router.refresh(),
  });
  return (
    <form noValidate className="space-y-4" onSubmit={(event) => void onSubmit(event)}>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field id="reason" label={copy.reason} hint={copy.reasonHint} error={errors.reason?.message}>
        {(aria) => <textarea {...aria} rows={3} className={inputClass} {...form.register('reason')} />}
      </Field>
      <div className="space-y-1">
        {/* The error is the schema's own sentence, in the page's language (a generic "choose an option" would not fit a tick box). */}
        <CheckboxField
          id="understood"
          label={copy.understood}
          error={errors.understood ? copy.understoodError : undefined}
          input={form.register('understood')}
          labelClassName="flex items-start gap-2 text-sm text-slate-900"
        />
      </div>
      <Button type="submit" variant="danger" disabled={isSubmitting || !ready}>
        {isSubmitting ? copy.sending : copy.submit}
      </Button>
    </form>
  );
}
