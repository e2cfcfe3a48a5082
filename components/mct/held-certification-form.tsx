'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { updateHeldCertificationAction } from '@/lib/certifications/actions';
import { updateHeldCertificationSchema, type UpdateHeldCertificationInput } from '@/lib/certifications/schema';

/** Corrects the dates of a certification on the candidate's record (or records its renewal). */
export function HeldCertificationForm({ initial, code }: { initial: UpdateHeldCertificationInput; code: string }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, formError, onSubmit, errors, isSubmitting, ready } = useActionForm(
    updateHeldCertificationSchema,
    updateHeldCertificationAction,
    {
      defaultValues: initial,
      onSuccess: () => {
        setSaved(true);
        router.refresh();
      },
    },
  );
  const id = (name: string) => `held-${initial.id}-${name}`;
  return (
    <form
      noValidate
      className="mt-2 space-y-2"
      onSubmit={(e) => {
        setSaved(false);
        void onSubmit(e);
      }}
    >
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {saved ? <Alert tone="success">The dates of {code} are saved.</Alert> : null}
      <div className="grid gap-2 sm:grid-cols-2">
        <Field id={id('earnedOn')} label="Earned on" error={errors.earnedOn?.message}>
          {(aria) => <Input {...aria} type="date" {...form.register('earnedOn')} />}
        </Field>
        <Field id={id('expiresOn')} label="Expires on" hint="Empty: the catalogue’s validity." error={errors.expiresOn?.message}>
          {(aria) => <Input {...aria} type="date" {...form.register('expiresOn')} />}
        </Field>
      </div>
      <Button type="submit" variant="secondary" disabled={isSubmitting || !ready}>
        {isSubmitting ? 'Saving…' : `Save the dates of ${code}`}
      </Button>
    </form>
  );
}
