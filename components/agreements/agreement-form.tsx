'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useActionForm } from '@/components/forms/use-action-form';
import { FormError, STALE_PATTERN, useRecordVersion } from '@/components/forms/stale-write';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input, inputClass, Select } from '@/components/ui/field';
import { saveAgreementAction } from '@/lib/agreements/actions';
import { AGREEMENT_KIND_LABELS, AGREEMENT_KINDS, agreementSchema, type AgreementInput } from '@/lib/agreements/schema';

/** Publishes a new version of an agreement, or corrects one not yet in force. */
export function AgreementForm({ initial }: { initial: AgreementInput }) {
  const router = useRouter();
  const revisionRef = useRecordVersion(initial.revision);
  const [saved, setSaved] = useState(false);
  const { form, formError, onSubmit, errors, isSubmitting, ready, field } = useActionForm(
    agreementSchema,
    (values: AgreementInput) => saveAgreementAction({ ...values, revision: revisionRef.current }),
    {
      defaultValues: initial,
      onSuccess: (data, values) => {
        setSaved(true);
        if (initial.id) {
          revisionRef.current = data.revision;
          form.reset(values);
        } else form.reset(initial);
        router.refresh();
      },
    },
  );
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(e) => {
        setSaved(false);
        void onSubmit(e);
      }}
    >
      <FormError message={formError} staleWhen={STALE_PATTERN} />
      {saved ? <Alert tone="success">{initial.id ? 'The version is corrected.' : 'The new version is published.'}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="kind" label="Agreement" error={errors.kind?.message}>
          {(aria) => (
            <Select {...aria} disabled={Boolean(initial.id)} {...field('kind')}>
              {AGREEMENT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {AGREEMENT_KIND_LABELS[k]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="version" label="Version" hint="For example 2027 or 2027.1" error={errors.version?.message}>
          {(aria) => <Input {...aria} {...field('version')} />}
        </Field>
        <Field id="effectiveFrom" label="In force from" hint="Today or later (program time zone)" error={errors.effectiveFrom?.message}>
          {(aria) => <Input {...aria} type="date" {...field('effectiveFrom')} />}
        </Field>
      </div>
      <Field id="title" label="Title" error={errors.title?.message}>
        {(aria) => <Input {...aria} {...field('title')} />}
      </Field>
      <Field id="body" label="Text" hint="What people read and accept, exactly." error={errors.body?.message}>
        {(aria) => <textarea {...aria} rows={10} className={inputClass} {...field('body')} />}
      </Field>
      <Button type="submit" disabled={isSubmitting || !ready}>
        {isSubmitting ? 'Saving…' : initial.id ? 'Save the correction' : 'Publish this version'}
      </Button>
    </form>
  );
}
