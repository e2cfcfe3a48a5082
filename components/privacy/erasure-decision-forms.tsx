'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { confirmErasureAction, rejectErasureAction } from '@/lib/privacy/actions';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input, inputClass } from '@/components/ui/field';
import { confirmErasureSchema, rejectErasureSchema } from '@/lib/privacy/schema';

/** Confirming an erasure: the admin types the person's address, a deliberate second step. */
export function ConfirmErasureForm({ requestId, email }: { requestId: string; email: string }) {
  const router = useRouter();
  const { form, formError, onSubmit, errors, isSubmitting } = useActionForm(confirmErasureSchema, confirmErasureAction, {
    defaultValues: { requestId, confirmEmail: '' },
    onSuccess: () => router.refresh(),
  });
  const id = `confirm-${requestId}`;
  return (
    <form noValidate className="space-y-3" onSubmit={(event) => void onSubmit(event)}>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field
        id={id}
        label={`Type ${email} to confirm the erasure`}
        hint="This erases their personal data at once and cannot be undone. They get a last email first."
        error={errors.confirmEmail?.message}
      >
        {(aria) => <Input {...aria} autoComplete="off" spellCheck={false} {...form.register('confirmEmail')} />}
      </Field>
      <Button type="submit" variant="danger" disabled={isSubmitting}>
        {isSubmitting ? 'Erasing…' : 'Erase their personal data'}
      </Button>
    </form>
  );
}

/** Rejecting an erasure, with the reason the person will read. Opened by a button first. */
export function RejectErasureForm({ requestId }: { requestId: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { form, formError, onSubmit, errors, isSubmitting } = useActionForm(rejectErasureSchema, rejectErasureAction, {
    defaultValues: { requestId, reason: '' },
    onSuccess: () => router.refresh(),
  });
  const id = `reject-${requestId}`;
  if (!open) {
    return (
      <Button type="button" variant="secondary" onClick={() => setOpen(true)}>
        Reject this request…
      </Button>
    );
  }
  return (
    <form noValidate className="space-y-3" onSubmit={(event) => void onSubmit(event)}>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field id={id} label="Why the request is rejected" hint="The person gets this in an email." error={errors.reason?.message}>
        {(aria) => <textarea {...aria} rows={3} className={inputClass} autoFocus {...form.register('reason')} />}
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="primary" disabled={isSubmitting}>
          {isSubmitting ? 'Saving…' : 'Reject and tell them why'}
        </Button>
        <Button type="button" variant="ghost" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
