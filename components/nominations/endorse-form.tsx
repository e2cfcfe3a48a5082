'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { lazySchema } from '@/components/forms/lazy-schema';
import { useSchemaResolver } from '@/components/forms/schema-resolver';
import { endorseAction } from '@/lib/nominations/actions';
import { applyActionErrors } from '@/components/forms/apply-result';
import { DraftStatus } from '@/components/forms/draft-status';
import { initialValuesWithDraft, useFormDraft, type SavedDraft } from '@/components/forms/use-form-draft';
import { useHydrated } from '@/components/forms/use-hydrated';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { fillMessage } from '@/lib/i18n/fill';
import { STATEMENT_MAX, STATEMENT_MIN } from '@/lib/nominations/limits';
import type { endorsementSchema, EndorsementInput } from '@/lib/nominations/schema';

// The schema (and zod with it) loads when the form first checks what was typed, not with the page.
const loadSchema = lazySchema(() => import('@/lib/nominations/schema').then((m) => m.endorsementSchema));

/** The form's words in the reader's language, from its page (`hint` keeps its {min}, {count}, {max}). */
export type EndorseFormCopy = { label: string; hint: string; endorsing: string; endorse: string; numberLocale: string };

/** Endorses an open nomination with a statement; it starts from what the person typed when they
 * nominated the same person (kept as this form's draft), and saves as they type. */
export function EndorseForm({
  nominationId,
  userId,
  draft,
  copy,
}: {
  nominationId: string;
  userId: string;
  draft: SavedDraft | null;
  copy: EndorseFormCopy;
}) {
  const router = useRouter();
  const ready = useHydrated();
  const [formError, setFormError] = useState<string | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const empty: EndorsementInput = { nominationId, statement: '' };
  const resolver = useSchemaResolver(loadSchema);
  const form = useForm<EndorsementInput, unknown, z.output<typeof endorsementSchema>>({
    resolver,
    defaultValues: { ...initialValuesWithDraft(empty, draft), nominationId },
  });
  const drafts = useFormDraft(form, { formKey: `nomination.endorse.${nominationId}`, userId, defaults: empty, initial: draft });
  const statement = useWatch({ control: form.control, name: 'statement' });
  const { errors, isSubmitting } = form.formState;

  const submit = async () => {
    setFormError(null);
    const result = await endorseAction(form.getValues());
    if (!result.ok) {
      setFormError(applyActionErrors(result, form.setError));
      requestAnimationFrame(() => messageRef.current?.focus());
      return;
    }
    await drafts.clear();
    router.push(`/nominations/${result.data.nominationId}?endorsed=1`);
  };

  return (
    <form noValidate className="space-y-5" onSubmit={(event) => void form.handleSubmit(submit)(event)}>
      <div ref={messageRef} tabIndex={-1} className="outline-none">
        {formError ? <Alert tone="error">{formError}</Alert> : null}
      </div>
      <Field
        id="statement"
        label={copy.label}
        hint={fillMessage(copy.hint, {
          min: STATEMENT_MIN,
          count: (statement ?? '').length.toLocaleString(copy.numberLocale),
          max: STATEMENT_MAX.toLocaleString(copy.numberLocale),
        })}
        error={errors.statement?.message}
      >
        {(aria) => <textarea {...aria} rows={7} className={inputClass} {...form.register('statement')} />}
      </Field>
      <DraftStatus state={drafts.state} savedAt={drafts.savedAt} hasDraft={drafts.hasDraft} onDiscard={() => void drafts.discard()} />
      <Button type="submit" disabled={isSubmitting || !ready}>
        {isSubmitting ? copy.endorsing : copy.endorse}
      </Button>
    </form>
  );
}
