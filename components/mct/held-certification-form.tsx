'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { updateHeldCertificationAction } from '@/lib/certifications/actions';
import { updateHeldCertificationSchema, type UpdateHeldCertificationInput } from '@/lib/certifications/schema';
import { fillMessage } from '@/lib/i18n/fill';
import type { MctFormsCopy } from './form-copy';

/** Corrects the dates of a certification on the candidate's record (or records its renewal). */
export function HeldCertificationForm({
  initial,
  code,
  copy,
}: {
  initial: UpdateHeldCertificationInput;
  code: string;
  copy: MctFormsCopy['held'];
}) {
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
      {saved ? <Alert tone="success">{fillMessage(copy.saved, { code })}</Alert> : null}
      <div className="grid gap-2 sm:grid-cols-2">
        <Field id={id('earnedOn')} label={copy.earnedOn} error={errors.earnedOn?.message}>
          {(aria) => <Input {...aria} type="date" {...form.register('earnedOn')} />}
        </Field>
        <Field id={id('expiresOn')} label={copy.expiresOn} hint={copy.expiresHint} error={errors.expiresOn?.message}>
          {(aria) => <Input {...aria} type="date" {...form.register('expiresOn')} />}
        </Field>
      </div>
      <Button type="submit" variant="secondary" disabled={isSubmitting || !ready}>
        {isSubmitting ? copy.saving : fillMessage(copy.submit, { code })}
      </Button>
    </form>
  );
}
