'use client';

import { useEffect, useRef, useState } from 'react';
import { useFieldArray } from 'react-hook-form';
import { saveCriteriaAction } from '@/lib/reviews/actions';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input, inputClass } from '@/components/ui/field';
import { criteriaSchema, type CriteriaFormValues } from '@/lib/reviews/schema';
import { StaleWriteError } from '@/components/forms/stale-write';

/** The admin edits a cycle's rubric: criteria, their descriptions and relative weights. */
export function CriteriaForm({ initial }: { initial: CriteriaFormValues }) {
  const version = useRef(initial.version);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    version.current = initial.version;
  }, [initial.version]);
  const { form, formError, onSubmit, errors, isSubmitting } = useActionForm(
    criteriaSchema,
    async (values: CriteriaFormValues) => {
      setSaved(false);
      const result = await saveCriteriaAction({ ...values, version: version.current });
      if (result.ok) version.current = result.data.version;
      return result;
    },
    { defaultValues: initial, onSuccess: () => setSaved(true) },
  );
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'criteria' });
  const weights = form.watch('criteria').map((c) => Number(c.weight) || 0);
  const total = weights.reduce((a, b) => a + b, 0);

  return (
    <form noValidate className="space-y-4" onSubmit={onSubmit}>
      <StaleWriteError message={formError} title="Another admin changed these criteria" reloadLabel="Reload their criteria" />
      {saved && !formError ? <Alert tone="success">The criteria are saved.</Alert> : null}
      {errors.criteria?.message ? <Alert tone="error">{errors.criteria.message}</Alert> : null}
      <ol className="space-y-4">
        {fields.map((field, i) => (
          <li key={field.id} className="rounded-md border border-slate-200 p-4">
            <fieldset className="space-y-3">
              <legend className="text-sm font-semibold">
                Criterion {i + 1}
                {total > 0 ? (
                  <span className="font-normal text-slate-700"> ({Math.round(((weights[i] ?? 0) / total) * 100)}% of the score)</span>
                ) : null}
              </legend>
              <div className="grid gap-3 sm:grid-cols-4">
                <div className="sm:col-span-3">
                  <Field id={`criteria-${i}-label`} label="Name" error={errors.criteria?.[i]?.label?.message}>
                    {(aria) => <Input {...aria} {...form.register(`criteria.${i}.label`)} />}
                  </Field>
                </div>
                <Field id={`criteria-${i}-weight`} label="Weight" error={errors.criteria?.[i]?.weight?.message}>
                  {(aria) => <Input {...aria} inputMode="decimal" {...form.register(`criteria.${i}.weight`)} />}
                </Field>
              </div>
              <Field id={`criteria-${i}-description`} label="What reviewers look for" error={errors.criteria?.[i]?.description?.message}>
                {(aria) => <textarea {...aria} rows={2} className={inputClass} {...form.register(`criteria.${i}.description`)} />}
              </Field>
              {fields.length > 1 ? (
                <Button type="button" variant="ghost" onClick={() => remove(i)}>
                  Remove criterion {i + 1}
                </Button>
              ) : null}
            </fieldset>
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-3">
        <Button
          type="button"
          variant="secondary"
          disabled={fields.length >= 12}
          onClick={() => append({ id: '', label: '', description: '', weight: '0.1' })}
        >
          Add a criterion
        </Button>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? 'Saving…' : 'Save criteria'}
        </Button>
      </div>
    </form>
  );
}
