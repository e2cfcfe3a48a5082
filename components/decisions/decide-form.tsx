'use client';

import { useEffect, useRef, useState } from 'react';
import { decideAction } from '@/lib/decisions/actions';
import { DraftStatus } from '@/components/forms/draft-status';
import { useActionForm } from '@/components/forms/use-action-form';
import { initialValuesWithDraft, useFormDraft, type SavedDraft } from '@/components/forms/use-form-draft';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { decideSchema, decisionDraftKey, SHORT_REASON_MIN, type DecideFormValues } from '@/lib/decisions/schema';
import { StaleWriteError } from '@/components/forms/stale-write';

type Initial = Omit<DecideFormValues, 'outcome'> & { outcome?: DecideFormValues['outcome'] };

/** The admin's decision on a submission: award or not, with feedback for the candidate. If another
 * admin decided meanwhile, the save is refused and "Reload" brings their decision while the text
 * typed here stays in the form. What is typed is kept as a draft until saved. With fewer submitted
 * reviews than the cycle asks for, the admin says why they decide anyway. */
export function DecideForm({
  initial,
  userId,
  draft,
  reviews,
}: {
  initial: Initial;
  userId: string;
  draft: SavedDraft | null;
  reviews: { submitted: number; required: number };
}) {
  const short = reviews.submitted < reviews.required;
  const version = useRef(initial.version);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    version.current = initial.version;
  }, [initial.version]);
  const { form, formError, onSubmit, errors, isSubmitting, field, radio } = useActionForm(
    decideSchema,
    async (values: DecideFormValues) => {
      setSaved(false);
      if (short && (values.shortReason ?? '').trim().length < SHORT_REASON_MIN) {
        return {
          ok: false as const,
          error: 'Some fields need attention.',
          fieldErrors: { shortReason: [`Say why you decide with fewer reviews (at least ${SHORT_REASON_MIN} characters).`] },
        };
      }
      const result = await decideAction({ ...values, shortReason: short ? values.shortReason : undefined, version: version.current });
      if (result.ok) version.current = result.data.version;
      return result;
    },
    {
      defaultValues: initialValuesWithDraft({ ...initial, shortReason: '' } as DecideFormValues, draft),
      onSuccess: () => {
        setSaved(true);
        void drafts.clear();
      },
    },
  );
  const drafts = useFormDraft(form, {
    formKey: decisionDraftKey(initial.submissionId),
    userId,
    defaults: { ...initial, shortReason: '' } as DecideFormValues,
    initial: draft,
  });
  return (
    <form noValidate className="space-y-4" onSubmit={onSubmit}>
      <StaleWriteError message={formError} title="Another admin changed this decision" reloadLabel="Reload their decision" />
      {saved && !formError ? <Alert tone="success">Decision saved. It is held until you release it.</Alert> : null}
      <fieldset className="space-y-2" aria-describedby={errors.outcome ? 'outcome-error' : undefined}>
        <legend className="text-sm font-semibold">Outcome</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" {...radio('outcome', 'AWARD')} /> Award
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" {...radio('outcome', 'NO_AWARD')} /> Do not award
        </label>
        {errors.outcome ? (
          <p id="outcome-error" className="text-sm font-medium text-red-700">
            {errors.outcome.message}
          </p>
        ) : null}
      </fieldset>
      <Field
        id="feedback"
        label="Feedback for the candidate"
        hint="The candidate reads this with the outcome, together with each reviewer’s feedback (never the committee comments)."
        error={errors.feedback?.message}
      >
        {(aria) => <textarea {...aria} rows={6} className={inputClass} {...field('feedback')} />}
      </Field>
      {short ? (
        <Field
          id="shortReason"
          label="Why decide with fewer reviews?"
          hint={`Only ${reviews.submitted} of the ${reviews.required} reviews this cycle asks for ${reviews.submitted === 1 ? 'was' : 'were'} submitted. Your reason is kept in the audit log with the decision.`}
          error={errors.shortReason?.message}
        >
          {(aria) => <textarea {...aria} rows={3} className={inputClass} {...field('shortReason')} />}
        </Field>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? 'Saving…' : 'Save decision'}
        </Button>
        <DraftStatus state={drafts.state} savedAt={drafts.savedAt} hasDraft={drafts.hasDraft} onDiscard={drafts.discard} />
      </div>
    </form>
  );
}
