'use client';

import { useState } from 'react';
import { useActionForm } from '@/components/forms/use-action-form';
import { FormError, STALE_PATTERN, useRecordVersion } from '@/components/forms/stale-write';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input, inputClass } from '@/components/ui/field';
import { saveCategoryAction, saveFocusAreaAction } from '@/lib/categories/actions';
import { categorySchema, focusAreaSchema, type CategoryInput, type FocusAreaInput } from '@/lib/categories/schema';
import { useRouter } from 'next/navigation';

/** Adds a category, or renames one and changes its description. */
export function CategoryForm({ initial, idPrefix }: { initial: CategoryInput; idPrefix: string }) {
  const router = useRouter();
  const versionRef = useRecordVersion(initial.version);
  const [saved, setSaved] = useState(false);
  const { form, formError, onSubmit, errors, isSubmitting, ready, field } = useActionForm(
    categorySchema,
    (values: CategoryInput) => saveCategoryAction({ ...values, version: versionRef.current }),
    {
      defaultValues: initial,
      onSuccess: (data, values) => {
        setSaved(true);
        if (initial.id) versionRef.current = data.version;
        form.reset(initial.id ? values : { ...initial });
        router.refresh();
      },
    },
  );
  return (
    <form
      noValidate
      className="space-y-3"
      onSubmit={(e) => {
        setSaved(false);
        void onSubmit(e);
      }}
    >
      <FormError message={formError} staleWhen={STALE_PATTERN} />
      {saved ? (
        <Alert tone="success">{initial.id ? 'Saved.' : 'Category added (last in the order). Add its focus areas below.'}</Alert>
      ) : null}
      <Field id={`${idPrefix}-name`} label="Name" error={errors.name?.message}>
        {(aria) => <Input {...aria} {...field('name')} />}
      </Field>
      <Field id={`${idPrefix}-description`} label="Description" error={errors.description?.message}>
        {(aria) => <textarea {...aria} rows={2} className={inputClass} {...field('description')} />}
      </Field>
      <Button type="submit" variant={initial.id ? 'secondary' : 'primary'} disabled={isSubmitting || !ready}>
        {isSubmitting ? 'Saving…' : initial.id ? 'Save' : 'Add the category'}
      </Button>
    </form>
  );
}

/** Adds a focus area to a category, or renames one. */
export function FocusAreaForm({ initial, idPrefix, label }: { initial: FocusAreaInput; idPrefix: string; label: string }) {
  const router = useRouter();
  const versionRef = useRecordVersion(initial.version);
  const { form, formError, onSubmit, errors, isSubmitting, ready, field } = useActionForm(
    focusAreaSchema,
    (values: FocusAreaInput) => saveFocusAreaAction({ ...values, version: versionRef.current }),
    {
      defaultValues: initial,
      onSuccess: (data, values) => {
        if (initial.id) versionRef.current = data.version;
        form.reset(initial.id ? values : { ...initial });
        router.refresh();
      },
    },
  );
  return (
    <form noValidate className="flex flex-wrap items-end gap-2" onSubmit={(e) => void onSubmit(e)}>
      <div className="min-w-56 flex-1">
        <Field id={`${idPrefix}-name`} label={label} error={errors.name?.message}>
          {(aria) => <Input {...aria} {...field('name')} />}
        </Field>
      </div>
      <Button type="submit" variant="secondary" disabled={isSubmitting || !ready}>
        {isSubmitting ? 'Saving…' : initial.id ? 'Rename' : 'Add'}
      </Button>
      <div className="w-full">
        <FormError message={formError} staleWhen={STALE_PATTERN} />
      </div>
    </form>
  );
}
