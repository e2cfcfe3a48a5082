'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { addCertificationAction } from '@/lib/mct/actions';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input, Select } from '@/components/ui/field';
import { addCertificationSchema, type AddCertificationInput } from '@/lib/mct/schema';
import type { MctFormsCopy } from './form-copy';

type CatalogueEntry = { id: string; code: string; name: string; isEligible: boolean };

const EMPTY: AddCertificationInput = { certificationId: '', credentialId: '', earnedOn: '', expiresOn: '' };

/** Adds a certification from the catalogue, with its credential ID and dates. */
export function CertificationForm({ catalogue, copy }: { catalogue: CatalogueEntry[]; copy: MctFormsCopy['certification'] }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, formError, onSubmit, errors, isSubmitting, ready, field } = useActionForm(addCertificationSchema, addCertificationAction, {
    onSubmitStart: () => setSaved(false),
    defaultValues: EMPTY,
    onSuccess: () => {
      setSaved(true);
      form.reset(EMPTY);
      router.refresh();
    },
  });
  const eligible = catalogue.filter((c) => c.isEligible);
  const other = catalogue.filter((c) => !c.isEligible);
  return (
    <form noValidate className="space-y-4" onSubmit={onSubmit}>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {saved ? <Alert tone="success">{copy.added}</Alert> : null}
      <Field id="certificationId" label={copy.certification} hint={copy.certificationHint} error={errors.certificationId?.message}>
        {(aria) => (
          <Select {...aria} {...field('certificationId')}>
            <option value="">{copy.choose}</option>
            <optgroup label={copy.countGroup}>
              {eligible.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.code}: {c.name}
                </option>
              ))}
            </optgroup>
            <optgroup label={copy.otherGroup}>
              {other.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.code}: {c.name}
                </option>
              ))}
            </optgroup>
          </Select>
        )}
      </Field>
      <Field id="credentialId" label={copy.credentialId} hint={copy.credentialHint} error={errors.credentialId?.message}>
        {(aria) => <Input {...aria} autoComplete="off" {...field('credentialId')} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="earnedOn" label={copy.earnedOn} error={errors.earnedOn?.message}>
          {(aria) => <Input {...aria} type="date" {...field('earnedOn')} />}
        </Field>
        <Field id="expiresOn" label={copy.expiresOn} hint={copy.expiresHint} error={errors.expiresOn?.message}>
          {(aria) => <Input {...aria} type="date" {...field('expiresOn')} />}
        </Field>
      </div>
      <Button type="submit" disabled={isSubmitting || !ready}>
        {isSubmitting ? copy.adding : copy.submit}
      </Button>
    </form>
  );
}
