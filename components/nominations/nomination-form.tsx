'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { CategoryFocusFields, type CategoryOption } from '@/components/categories/category-focus-fields';
import { useKeepTypedBeforeHydration } from '@/components/forms/typed-before-hydration';
import { useHydrated } from '@/components/forms/use-hydrated';
import { useSchemaResolver } from '@/components/forms/schema-resolver';
import { fillMessage } from '@/lib/i18n/fill';
import type { Locale } from '@/lib/i18n/locales';
import type { z } from 'zod';
import { nominateAction } from '@/lib/nominations/actions';
import { DraftStatus } from '@/components/forms/draft-status';
import { applyActionErrors } from '@/components/forms/apply-result';
import { focusFirstError } from '@/components/forms/focus-first-error';
import { initialValuesWithDraft, useFormDraft, type SavedDraft } from '@/components/forms/use-form-draft';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input, inputClass, LabelledOptions, Select } from '@/components/ui/field';
import type { NominateAnswer } from '@/lib/nominations/service';
import { NOMINATION_DRAFT_KEY, nominationSchema, STATEMENT_MAX, STATEMENT_MIN, type NominationInput } from '@/lib/nominations/schema';

/** The form's words in the reader's language (the page translates them: no messages in the browser).
 * `statementHint` keeps its {min}, {count} and {max} placeholders, filled as the person types. */
export type NominationFormCopy = Record<
  | 'nothingNew'
  | 'seeThat'
  | 'who'
  | 'nomineeName'
  | 'nomineeEmail'
  | 'nomineeEmailHint'
  | 'forWhat'
  | 'category'
  | 'chooseCategory'
  | 'focusArea'
  | 'noFocusArea'
  | 'categoryFirst'
  | 'why'
  | 'relationship'
  | 'relationshipOther'
  | 'relationshipMore'
  | 'statement'
  | 'statementHint'
  | 'sending'
  | 'submit',
  string
> & { relationships: Record<NominationInput['relationship'], string> };

const FIELD_ORDER = ['nomineeName', 'nomineeEmail', 'categoryId', 'focusAreaId', 'relationship', 'relationshipDetail', 'statement'];

const EMPTY: NominationInput = {
  nomineeName: '',
  nomineeEmail: '',
  categoryId: '',
  focusAreaId: '',
  statement: '',
  relationship: 'COMMUNITY_PEER',
  relationshipDetail: '',
};

type OpenOffer = Exclude<NominateAnswer, { outcome: 'sent' }>;

export function NominationForm({
  categories,
  userId,
  draft,
  copy,
  locale,
}: {
  categories: CategoryOption[];
  userId: string;
  draft: SavedDraft | null;
  copy: NominationFormCopy;
  locale: Locale;
}) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [offer, setOffer] = useState<OpenOffer | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const ready = useHydrated();
  const form = useForm<NominationInput, unknown, z.output<typeof nominationSchema>>({
    resolver: useSchemaResolver(nominationSchema),
    defaultValues: initialValuesWithDraft(EMPTY, draft),
  });
  const drafts = useFormDraft(form, { formKey: NOMINATION_DRAFT_KEY, userId, defaults: EMPTY, initial: draft });
  useKeepTypedBeforeHydration();
  const { errors, isSubmitting } = form.formState;
  const [categoryId, relationship, statement] = useWatch({ control: form.control, name: ['categoryId', 'relationship', 'statement'] });
  const numbers = locale === 'es' ? 'es-ES' : 'en-US';

  const focusMessage = () => requestAnimationFrame(() => messageRef.current?.focus());

  const submit = async () => {
    setFormError(null);
    setOffer(null);
    // The server parses again; it gets what the person typed.
    const result = await nominateAction(form.getValues());
    const error = applyActionErrors(result, form.setError);
    if (!result.ok) {
      setFormError(error);
      if (!focusFirstError(result, form.setFocus, FIELD_ORDER)) focusMessage();
      return;
    }
    // The same answer whether or not the person already had an open nomination (the offer to
    // endorse it comes by email, with what was typed kept for it).
    if (result.data.outcome === 'sent') {
      await drafts.clear();
      router.push('/nominations?sent=1');
      return;
    }
    setOffer(result.data);
    focusMessage();
  };

  return (
    <form noValidate className="space-y-5" onSubmit={(event) => void form.handleSubmit(submit)(event)}>
      <div ref={messageRef} tabIndex={-1} className="space-y-3 outline-none">
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        {offer ? (
          <Alert tone="warning" title={copy.nothingNew}>
            <p>{offer.message}</p>
            <p className="mt-2">
              <Link href={`/nominations/${offer.nominationId}`} className="font-medium underline">
                {copy.seeThat}
              </Link>
            </p>
          </Alert>
        ) : null}
      </div>

      <fieldset className="space-y-4">
        <legend className="text-base font-semibold text-slate-900">{copy.who}</legend>
        <Field id="nomineeName" label={copy.nomineeName} error={errors.nomineeName?.message}>
          {(aria) => <Input {...aria} autoComplete="off" {...form.register('nomineeName')} />}
        </Field>
        <Field id="nomineeEmail" label={copy.nomineeEmail} hint={copy.nomineeEmailHint} error={errors.nomineeEmail?.message}>
          {(aria) => <Input {...aria} type="email" autoComplete="off" {...form.register('nomineeEmail')} />}
        </Field>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-base font-semibold text-slate-900">{copy.forWhat}</legend>
        <CategoryFocusFields
          categories={categories}
          categoryId={categoryId}
          form={form}
          copy={{ ...copy, noCategory: copy.chooseCategory, noFocusArea: copy.noFocusArea }}
        />
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-base font-semibold text-slate-900">{copy.why}</legend>
        <Field id="relationship" label={copy.relationship} error={errors.relationship?.message}>
          {(aria) => (
            <Select {...aria} {...form.register('relationship')}>
              <LabelledOptions labels={copy.relationships} />
            </Select>
          )}
        </Field>
        <Field
          id="relationshipDetail"
          label={relationship === 'OTHER' ? copy.relationshipOther : copy.relationshipMore}
          error={errors.relationshipDetail?.message}
        >
          {(aria) => <Input {...aria} {...form.register('relationshipDetail')} />}
        </Field>
        <Field
          id="statement"
          label={copy.statement}
          hint={fillMessage(copy.statementHint, {
            min: String(STATEMENT_MIN),
            count: statement.length.toLocaleString(numbers),
            max: STATEMENT_MAX.toLocaleString(numbers),
          })}
          error={errors.statement?.message}
        >
          {(aria) => <textarea {...aria} rows={7} className={inputClass} {...form.register('statement')} />}
        </Field>
      </fieldset>

      <DraftStatus state={drafts.state} savedAt={drafts.savedAt} hasDraft={drafts.hasDraft} onDiscard={() => void drafts.discard()} />
      <Button type="submit" disabled={isSubmitting || !ready}>
        {isSubmitting ? copy.sending : copy.submit}
      </Button>
    </form>
  );
}
