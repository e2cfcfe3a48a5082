'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { saveEnrollmentSettingsAction } from '@/lib/mct/actions';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input, inputClass } from '@/components/ui/field';
import { enrollmentSettingsSchema, type EnrollmentSettingsInput } from '@/lib/mct/schema';

/** The self-service switch with the reason candidates read, and the fee. */
export function EnrollmentSettingsForm({ initial }: { initial: EnrollmentSettingsInput }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  // The version the page was loaded with: "Reload" after a refused stale save brings the newer one,
  // while what was typed here stays in the form.
  const version = useRef(initial.version);
  useEffect(() => {
    version.current = initial.version;
  }, [initial.version]);
  const save = (values: EnrollmentSettingsInput) => saveEnrollmentSettingsAction({ ...values, version: version.current });
  const { form, formError, onSubmit, errors, isSubmitting, ready, field, checkbox } = useActionForm(enrollmentSettingsSchema, save, {
    onSubmitStart: () => setSaved(false),
    defaultValues: initial,
    onSuccess: (_data, values) => {
      setSaved(true);
      // The saved settings carry the next version: the page reloads them with it.
      version.current += 1;
      form.reset({ ...values, version: version.current });
      router.refresh();
    },
  });
  const enabled = form.watch('selfServiceEnabled');
  const waived = form.watch('mctFeeWaived');
  return (
    <form noValidate className="space-y-4" onSubmit={onSubmit}>
      {formError ? (
        <Alert tone="error">
          <p>{formError}</p>
          {/^Someone else changed this/.test(formError) ? (
            <Button type="button" variant="secondary" className="mt-2" onClick={() => router.refresh()}>
              Reload their change (what you typed stays here)
            </Button>
          ) : null}
        </Alert>
      ) : null}
      {saved ? <Alert tone="success">Enrollment settings saved.</Alert> : null}
      <label className="flex items-center gap-2 text-sm font-medium">
        <input type="checkbox" {...checkbox('selfServiceEnabled')} /> Self-service enrollment is on
      </label>
      <Field
        id="selfServiceOffReason"
        label="Why self-service is off (candidates read this)"
        hint={
          enabled ? 'Needed only when self-service is off.' : 'Say why, and that ISC providers can start manual applications meanwhile.'
        }
        error={errors.selfServiceOffReason?.message}
      >
        {(aria) => <textarea {...aria} rows={3} className={inputClass} {...field('selfServiceOffReason')} />}
      </Field>
      <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-sm font-medium">Annual fee</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" {...checkbox('mctFeeWaived')} /> The fee is waived
        </label>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="mctFee" label="Amount" hint={waived ? 'Kept for when the waiver ends.' : undefined} error={errors.mctFee?.message}>
            {(aria) => <Input {...aria} inputMode="decimal" {...field('mctFee')} />}
          </Field>
          <Field id="mctFeeCurrency" label="Currency" error={errors.mctFeeCurrency?.message}>
            {(aria) => <Input {...aria} maxLength={3} {...field('mctFeeCurrency')} />}
          </Field>
        </div>
        <Field id="mctFeeWaiverNote" label="Note shown with a waived fee" error={errors.mctFeeWaiverNote?.message}>
          {(aria) => <Input {...aria} {...field('mctFeeWaiverNote')} />}
        </Field>
      </fieldset>
      <Button type="submit" disabled={isSubmitting || !ready}>
        {isSubmitting ? 'Saving…' : 'Save enrollment settings'}
      </Button>
    </form>
  );
}
