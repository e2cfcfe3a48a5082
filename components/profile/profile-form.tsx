'use client';

import { useState } from 'react';
import type { z } from 'zod';
import { saveProfileAction } from '@/lib/people/actions';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input, Select } from '@/components/ui/field';
import { profileSchema } from '@/lib/people/schema';
import type { ProfileFormCopy } from './profile-form-copy';

type Values = z.input<typeof profileSchema>;

export function ProfileForm({
  initial,
  timeZones,
  copy,
}: {
  initial: Values;
  timeZones: { value: string; label: string }[];
  /** The form's words in the reader's language (profile-form-copy.ts). */
  copy: ProfileFormCopy;
}) {
  const [saved, setSaved] = useState(false);
  const { form, formError, onSubmit, errors, isSubmitting, ready, field, radio } = useActionForm(profileSchema, saveProfileAction, {
    onSubmitStart: () => setSaved(false),
    defaultValues: initial,
    onSuccess: (_data, values) => {
      setSaved(true);
      form.reset(values);
    },
  });
  return (
    <form noValidate className="space-y-4" onSubmit={onSubmit}>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {saved && !form.formState.isDirty ? <Alert tone="success">{copy.saved}</Alert> : null}
      <Field id="name" label={copy.fullName} error={errors.name?.message}>
        {(aria) => <Input {...aria} autoComplete="name" {...field('name')} />}
      </Field>
      <Field id="timeZone" label={copy.timeZone} hint={copy.timeZoneHint} error={errors.timeZone?.message}>
        {(aria) => (
          <Select {...aria} {...field('timeZone')}>
            {timeZones.map((tz) => (
              <option key={tz.value} value={tz.value}>
                {tz.label}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">{copy.emails}</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" {...radio('notificationMode', 'IMMEDIATE')} /> {copy.IMMEDIATE}
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" {...radio('notificationMode', 'DAILY_DIGEST')} /> {copy.DAILY_DIGEST}
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" {...radio('notificationMode', 'OFF')} /> {copy.OFF}
        </label>
        <p className="text-sm text-slate-600">{copy.alwaysArrive}</p>
        {errors.notificationMode ? <p className="text-sm font-medium text-red-700">{errors.notificationMode.message}</p> : null}
      </fieldset>
      <Button type="submit" disabled={isSubmitting || !ready}>
        {isSubmitting ? copy.saving : copy.save}
      </Button>
    </form>
  );
}
