'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { addPauseAction, updatePauseAction } from '@/lib/mct/actions';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { addPauseSchema, updatePauseSchema, type AddPauseInput, type UpdatePauseInput } from '@/lib/mct/schema';

type PauseFieldName = 'startsOn' | 'endsOn' | 'reason';

function PauseFields({
  register,
  errors,
  idPrefix,
}: {
  register: (name: PauseFieldName) => UseFormRegisterReturn;
  errors: Partial<Record<PauseFieldName, { message?: string }>>;
  idPrefix: string;
}) {
  return (
    <>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={`${idPrefix}-startsOn`} label="First day" error={errors.startsOn?.message}>
          {(aria) => <Input {...aria} type="date" {...register('startsOn')} />}
        </Field>
        <Field
          id={`${idPrefix}-endsOn`}
          label="Last day (included)"
          hint="The last paused day; self-service opens again the day after."
          error={errors.endsOn?.message}
        >
          {(aria) => <Input {...aria} type="date" {...register('endsOn')} />}
        </Field>
      </div>
      <Field id={`${idPrefix}-reason`} label="Reason (candidates read it)" error={errors.reason?.message}>
        {(aria) => <Input {...aria} {...register('reason')} />}
      </Field>
    </>
  );
}

const EMPTY: AddPauseInput = { startsOn: '', endsOn: '', reason: '' };

/** Adds a pause window (dates in the program's time zone). */
export function AddPauseForm({ idPrefix }: { idPrefix: string }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, formError, onSubmit, errors, isSubmitting } = useActionForm(addPauseSchema, addPauseAction, {
    onSubmitStart: () => setSaved(false),
    defaultValues: EMPTY,
    onSuccess: () => {
      setSaved(true);
      form.reset(EMPTY);
      router.refresh();
    },
  });
  return (
    <form noValidate className="space-y-3" onSubmit={onSubmit}>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {saved ? <Alert tone="success">Pause window added.</Alert> : null}
      <PauseFields register={(name) => form.register(name)} errors={errors} idPrefix={idPrefix} />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? 'Saving…' : 'Add pause window'}
      </Button>
    </form>
  );
}

/** Edits a pause window, against the version it was read at. */
export function EditPauseForm({ idPrefix, pause }: { idPrefix: string; pause: UpdatePauseInput }) {
  const router = useRouter();
  const { form, formError, onSubmit, errors, isSubmitting } = useActionForm(updatePauseSchema, updatePauseAction, {
    defaultValues: pause,
    onSuccess: () => router.refresh(),
  });
  return (
    <form noValidate className="space-y-3" onSubmit={(event) => void onSubmit(event)}>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <PauseFields register={(name) => form.register(name)} errors={errors} idPrefix={idPrefix} />
      <Button type="submit" variant="secondary" disabled={isSubmitting}>
        {isSubmitting ? 'Saving…' : 'Save changes'}
      </Button>
    </form>
  );
}
