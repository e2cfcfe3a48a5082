'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { addDeliveryAction } from '@/lib/memberships/actions';
import { DraftStatus } from '@/components/forms/draft-status';
import { useActionForm } from '@/components/forms/use-action-form';
import { initialValuesWithDraft, useFormDraft, type SavedDraft } from '@/components/forms/use-form-draft';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input, Select } from '@/components/ui/field';
import { DELIVERY_DRAFT_KEY, DELIVERY_FORMAT_LABELS, DELIVERY_FORMATS } from '@/lib/memberships/delivery-formats';
import { deliverySchema, type DeliveryInput } from '@/lib/memberships/schema';
import type { MctFormsCopy } from '@/components/mct/form-copy';

const EMPTY: DeliveryInput = {
  courseCode: '',
  courseTitle: '',
  startDate: '',
  endDate: '',
  format: '',
  studentCount: '',
  trainingPartner: '',
  satisfactionScore: '',
};

/** Logs one training delivery; what is typed is kept as a draft until it is saved. */
export function DeliveryForm({ userId, draft, copy }: { userId: string; draft: SavedDraft | null; copy: MctFormsCopy['delivery'] }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, formError, onSubmit, errors, isSubmitting, ready, field } = useActionForm(deliverySchema, addDeliveryAction, {
    onSubmitStart: () => setSaved(false),
    defaultValues: initialValuesWithDraft(EMPTY, draft),
    onSuccess: () => {
      setSaved(true);
      void drafts.clear();
      form.reset(EMPTY);
      router.refresh();
    },
  });
  const drafts = useFormDraft(form, { formKey: DELIVERY_DRAFT_KEY, userId, defaults: EMPTY, initial: draft });
  return (
    <form noValidate aria-label={copy.formName} className="space-y-4" onSubmit={onSubmit}>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {saved ? <Alert tone="success">{copy.saved}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="courseCode" label={copy.courseCode} hint={copy.courseCodeHint} error={errors.courseCode?.message}>
          {(aria) => <Input {...aria} autoComplete="off" {...field('courseCode')} />}
        </Field>
        <Field id="courseTitle" label={copy.courseTitle} error={errors.courseTitle?.message}>
          {(aria) => <Input {...aria} autoComplete="off" {...field('courseTitle')} />}
        </Field>
        <Field id="startDate" label={copy.startDate} error={errors.startDate?.message}>
          {(aria) => <Input {...aria} type="date" {...field('startDate')} />}
        </Field>
        <Field id="endDate" label={copy.endDate} error={errors.endDate?.message}>
          {(aria) => <Input {...aria} type="date" {...field('endDate')} />}
        </Field>
        <Field id="format" label={copy.format} error={errors.format?.message}>
          {(aria) => (
            <Select {...aria} {...field('format')}>
              <option value="">{copy.choose}</option>
              {DELIVERY_FORMATS.map((f) => (
                <option key={f} value={DELIVERY_FORMAT_LABELS[f]}>
                  {copy.formats[f]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="studentCount" label={copy.studentCount} error={errors.studentCount?.message}>
          {(aria) => <Input {...aria} inputMode="numeric" {...field('studentCount')} />}
        </Field>
        <Field id="trainingPartner" label={copy.trainingPartner} hint={copy.trainingPartnerHint} error={errors.trainingPartner?.message}>
          {(aria) => <Input {...aria} {...field('trainingPartner')} />}
        </Field>
        <Field id="satisfactionScore" label={copy.satisfaction} hint={copy.satisfactionHint} error={errors.satisfactionScore?.message}>
          {(aria) => <Input {...aria} inputMode="decimal" {...field('satisfactionScore')} />}
        </Field>
      </div>
      <Button type="submit" disabled={isSubmitting || !ready}>
        {isSubmitting ? copy.saving : copy.submit}
      </Button>
      <DraftStatus state={drafts.state} savedAt={drafts.savedAt} hasDraft={drafts.hasDraft} onDiscard={() => void drafts.discard()} />
    </form>
  );
}
