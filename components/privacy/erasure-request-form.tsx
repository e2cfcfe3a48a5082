'use client';

import { useRouter } from 'next/navigation';
import { requestErasureAction } from '@/lib/privacy/actions';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { requestErasureSchema } from '@/lib/privacy/schema';

/** The person's request to erase their data: an optional reason and an explicit acknowledgement. */
export function ErasureRequestForm() {
  const router = useRouter();
  const { form, formError, onSubmit, errors, isSubmitting, ready } = useActionForm(requestErasureSchema, requestErasureAction, {
    defaultValues: { reason: '', understood: false as unknown as true },
    onSuccess: () => router.refresh(),
  });
  return (
    <form noValidate className="space-y-4" onSubmit={(event) => void onSubmit(event)}>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field
        id="reason"
        label="Anything you want us to know (optional)"
        hint="Only program admins read this."
        error={errors.reason?.message}
      >
        {(aria) => <textarea {...aria} rows={3} className={inputClass} {...form.register('reason')} />}
      </Field>
      <div className="space-y-1">
        <label className="flex items-start gap-2 text-sm text-slate-900">
          <input
            type="checkbox"
            className="mt-1"
            aria-invalid={Boolean(errors.understood)}
            aria-describedby={errors.understood ? 'understood-error' : undefined}
            {...form.register('understood')}
          />
          <span>
            I understand that my personal data will be erased once an admin confirms, that I will no longer be able to sign in, and that
            this cannot be undone.
          </span>
        </label>
        {errors.understood ? (
          <p id="understood-error" className="text-sm font-medium text-red-700">
            {errors.understood.message}
          </p>
        ) : null}
      </div>
      <Button type="submit" variant="danger" disabled={isSubmitting || !ready}>
        {isSubmitting ? 'Sending…' : 'Ask us to delete my data'}
      </Button>
    </form>
  );
}
