'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { saveCertificationAction } from '@/lib/mct/actions';
import { FormError, STALE_PATTERN, useRecordVersion } from '@/components/forms/stale-write';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input, Select } from '@/components/ui/field';
import { CERTIFICATION_LEVEL_LABELS } from '@/lib/mct/certification-levels';
import { CERTIFICATION_LEVELS, certificationSchema, type CertificationInput } from '@/lib/mct/schema';

const EMPTY: CertificationInput = {
  id: '',
  version: 0,
  code: '',
  name: '',
  level: 'ASSOCIATE',
  isEligible: true,
  validityMonths: '12',
  retiredOn: '',
};

/** Adds a certification to the catalogue, or edits one. */
export function CatalogueForm({ initial, idPrefix }: { initial?: CertificationInput; idPrefix: string }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const versionRef = useRecordVersion(initial?.version ?? 0);
  const save = (values: CertificationInput) => saveCertificationAction({ ...values, version: versionRef.current });
  const { form, formError, onSubmit, errors, isSubmitting, checkbox, field } = useActionForm(certificationSchema, save, {
    onSubmitStart: () => setSaved(false),
    defaultValues: initial ?? EMPTY,
    onSuccess: (_data, values) => {
      setSaved(true);
      if (initial) versionRef.current += 1;
      form.reset(initial ? values : EMPTY);
      router.refresh();
    },
  });
  const fieldId = (name: string) => `${idPrefix}-${name}`;
  return (
    <form noValidate className="space-y-3" onSubmit={onSubmit}>
      <FormError message={formError} staleWhen={STALE_PATTERN} />
      {saved ? <Alert tone="success">{initial ? 'Saved.' : 'Certification added.'}</Alert> : null}
      <div className="grid gap-3 sm:grid-cols-3">
        <Field id={fieldId('code')} label="Code" error={errors.code?.message}>
          {(aria) => <Input {...aria} {...field('code')} />}
        </Field>
        <div className="sm:col-span-2">
          <Field id={fieldId('name')} label="Name" error={errors.name?.message}>
            {(aria) => <Input {...aria} {...field('name')} />}
          </Field>
        </div>
        <Field id={fieldId('level')} label="Level" error={errors.level?.message}>
          {(aria) => (
            <Select {...aria} {...field('level')}>
              {CERTIFICATION_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {CERTIFICATION_LEVEL_LABELS[level]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id={fieldId('validityMonths')} label="Valid for (months)" error={errors.validityMonths?.message}>
          {(aria) => <Input {...aria} inputMode="numeric" {...field('validityMonths')} />}
        </Field>
        <Field id={fieldId('retiredOn')} label="Retired on" error={errors.retiredOn?.message}>
          {(aria) => <Input {...aria} type="date" {...field('retiredOn')} />}
        </Field>
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" {...checkbox('isEligible')} /> Counts for MCT (associate and expert role-based certifications do)
      </label>
      <Button type="submit" variant={initial ? 'secondary' : 'primary'} disabled={isSubmitting}>
        {isSubmitting ? 'Saving…' : initial ? 'Save changes' : 'Add certification'}
      </Button>
    </form>
  );
}
