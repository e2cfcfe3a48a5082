'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { addProviderStaffAction } from '@/lib/providers/actions';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { addStaffSchema } from '@/lib/providers/schema';

/** Adds a staff member to a provider by the email of their account. */
export function StaffForm({ providerId }: { providerId: string }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, formError, onSubmit, errors, isSubmitting } = useActionForm(addStaffSchema, addProviderStaffAction, {
    onSubmitStart: () => setSaved(false),
    defaultValues: { providerId, email: '' },
    onSuccess: () => {
      setSaved(true);
      form.reset({ providerId, email: '' });
      router.refresh();
    },
  });
  return (
    <form noValidate className="space-y-3" onSubmit={onSubmit}>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {saved ? <Alert tone="success">Staff member added.</Alert> : null}
      <Field id="staff-email" label="Email address of their account" error={errors.email?.message}>
        {(aria) => <Input {...aria} type="email" {...form.register('email')} />}
      </Field>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? 'Adding…' : 'Add staff member'}
      </Button>
    </form>
  );
}
