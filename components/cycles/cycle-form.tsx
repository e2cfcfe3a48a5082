'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useActionForm } from '@/components/forms/use-action-form';
import { FormError, STALE_PATTERN, useRecordVersion } from '@/components/forms/stale-write';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input, inputClass } from '@/components/ui/field';
import { saveCycleAction } from '@/lib/cycles/actions';
import { CYCLE_DATES } from '@/lib/cycles/rules';
import { cycleSchema, type CycleInput } from '@/lib/cycles/schema';

type Props = {
  initial: CycleInput;
  categories: { id: string; name: string; isActive: boolean }[];
  timeZone: string;
  /** An open (or later) cycle: candidates may rely on its dates. */
  isUnderWay: boolean;
};

/** Creates or edits an award cycle: its name, its days (in the admin's time zone), its categories
 * and review settings. A refused save keeps everything typed; a stale one offers to reload. */
export function CycleForm({ initial, categories, timeZone, isUnderWay }: Props) {
  const router = useRouter();
  const versionRef = useRecordVersion(initial.version);
  const [saved, setSaved] = useState(false);
  const { form, formError, onSubmit, errors, isSubmitting, ready, field } = useActionForm(
    cycleSchema,
    (values: CycleInput) => saveCycleAction({ ...values, version: versionRef.current }),
    {
      onSubmitStart: () => setSaved(false),
      defaultValues: initial,
      onSuccess: (data, values) => {
        if (!initial.id) return router.push(`/admin/cycles/${data.id}`);
        versionRef.current = data.version;
        form.reset({ ...values, changeNote: '' });
        setSaved(true);
        router.refresh();
      },
    },
  );
  const chosen = form.watch('categoryIds');
  const toggle = (id: string, on: boolean) =>
    form.setValue('categoryIds', on ? [...chosen, id] : chosen.filter((c) => c !== id), { shouldDirty: true });
  const err = (name: string) => (errors as Record<string, { message?: string } | undefined>)[name]?.message;
  return (
    <form noValidate className="space-y-6" onSubmit={onSubmit}>
      <FormError message={formError} staleWhen={STALE_PATTERN} />
      {saved ? <Alert tone="success">The cycle is saved.</Alert> : null}
      <Field id="name" label="Name" error={errors.name?.message}>
        {(aria) => <Input {...aria} {...field('name')} />}
      </Field>
      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold">Dates</legend>
        <p className="text-sm text-slate-700">
          Days in your time zone ({timeZone}). An opening day starts at 00:00; a closing day or deadline ends at 23:59 that day.
        </p>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {CYCLE_DATES.map((d) => (
            <Field key={d.field} id={d.field} label={d.label} error={err(d.field)}>
              {(aria) => <Input {...aria} type="date" {...field(d.field)} />}
            </Field>
          ))}
          <Field id="awardStartsOn" label="Award year starts" error={errors.awardStartsOn?.message}>
            {(aria) => <Input {...aria} type="date" {...field('awardStartsOn')} />}
          </Field>
        </div>
      </fieldset>
      <fieldset className="space-y-2" aria-describedby={errors.categoryIds ? 'categoryIds-error' : undefined}>
        <legend className="text-sm font-semibold">Award categories taking nominations in this cycle</legend>
        <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {categories.map((c) => (
            <li key={c.id}>
              <label className="flex items-center gap-2 text-sm">
                <input type="checkbox" checked={chosen.includes(c.id)} onChange={(e) => toggle(c.id, e.target.checked)} />
                {c.name}
                {c.isActive ? '' : ' (retired)'}
              </label>
            </li>
          ))}
        </ul>
        {errors.categoryIds ? (
          <p id="categoryIds-error" className="text-sm font-medium text-red-700">
            {errors.categoryIds.message}
          </p>
        ) : null}
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 text-sm font-semibold">Review</legend>
        <Field id="reviewersPerSubmission" label="Reviewers per submission" error={errors.reviewersPerSubmission?.message}>
          {(aria) => <Input {...aria} inputMode="numeric" {...field('reviewersPerSubmission')} />}
        </Field>
        <Field id="scoreMin" label="Lowest score" error={errors.scoreMin?.message}>
          {(aria) => <Input {...aria} inputMode="numeric" {...field('scoreMin')} />}
        </Field>
        <Field id="scoreMax" label="Highest score" error={errors.scoreMax?.message}>
          {(aria) => <Input {...aria} inputMode="numeric" {...field('scoreMax')} />}
        </Field>
      </fieldset>
      {isUnderWay ? (
        <Field
          id="changeNote"
          label="Note to candidates about changed dates"
          hint="Needed when you change a date nominees, nominators or renewing MVPs rely on: they are emailed this note with the new dates."
          error={errors.changeNote?.message}
        >
          {(aria) => <textarea {...aria} rows={3} className={inputClass} {...field('changeNote')} />}
        </Field>
      ) : null}
      <Button type="submit" disabled={isSubmitting || !ready}>
        {isSubmitting ? 'Saving…' : initial.id ? 'Save the cycle' : 'Create the cycle as a draft'}
      </Button>
    </form>
  );
}
