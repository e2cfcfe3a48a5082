'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useKeepTypedBeforeHydration } from '@/components/forms/typed-before-hydration';
import { useHydrated } from '@/components/forms/use-hydrated';
import type { z } from 'zod';
import { nominateAction } from '@/lib/nominations/actions';
import { DraftStatus } from '@/components/forms/draft-status';
import { applyActionErrors } from '@/components/forms/apply-result';
import { focusFirstError } from '@/components/forms/focus-first-error';
import { initialValuesWithDraft, useFormDraft, type SavedDraft } from '@/components/forms/use-form-draft';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input, inputClass, Select } from '@/components/ui/field';
import type { NominateAnswer } from '@/lib/nominations/service';
import {
  NOMINATION_DRAFT_KEY,
  nominationSchema,
  RELATIONSHIP_LABELS,
  STATEMENT_MAX,
  STATEMENT_MIN,
  type NominationInput,
} from '@/lib/nominations/schema';

type CategoryOption = { id: string; name: string; focusAreas: { id: string; name: string }[] };

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

export function NominationForm({ categories, userId, draft }: { categories: CategoryOption[]; userId: string; draft: SavedDraft | null }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [offer, setOffer] = useState<OpenOffer | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const ready = useHydrated();
  const form = useForm<NominationInput, unknown, z.output<typeof nominationSchema>>({
    resolver: zodResolver(nominationSchema),
    defaultValues: initialValuesWithDraft(EMPTY, draft),
  });
  const drafts = useFormDraft(form, { formKey: NOMINATION_DRAFT_KEY, userId, defaults: EMPTY, initial: draft });
  useKeepTypedBeforeHydration();
  const { errors, isSubmitting } = form.formState;
  const [categoryId, relationship, statement] = useWatch({ control: form.control, name: ['categoryId', 'relationship', 'statement'] });
  const focusAreas = categories.find((c) => c.id === categoryId)?.focusAreas ?? [];

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
          <Alert tone="warning" title="Nothing new was created">
            <p>{offer.message}</p>
            <p className="mt-2">
              <Link href={`/nominations/${offer.nominationId}`} className="font-medium underline">
                See that nomination
              </Link>
            </p>
          </Alert>
        ) : null}
      </div>

      <fieldset className="space-y-4">
        <legend className="text-base font-semibold text-slate-900">Who you nominate</legend>
        <Field id="nomineeName" label="Nominee's full name" error={errors.nomineeName?.message}>
          {(aria) => <Input {...aria} autoComplete="off" {...form.register('nomineeName')} />}
        </Field>
        <Field
          id="nomineeEmail"
          label="Nominee's email address"
          hint="The invitation goes to this address; the nominee signs in with it."
          error={errors.nomineeEmail?.message}
        >
          {(aria) => <Input {...aria} type="email" autoComplete="off" {...form.register('nomineeEmail')} />}
        </Field>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-base font-semibold text-slate-900">For what</legend>
        <Field id="categoryId" label="Award category" error={errors.categoryId?.message}>
          {(aria) => (
            <Select
              {...aria}
              {...form.register('categoryId', {
                onChange: () => form.setValue('focusAreaId', ''),
              })}
            >
              <option value="">Choose a category</option>
              {categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="focusAreaId" label="Focus area (optional)" error={errors.focusAreaId?.message}>
          {(aria) => (
            <Select {...aria} disabled={focusAreas.length === 0} {...form.register('focusAreaId')}>
              <option value="">{categoryId ? 'No particular focus area' : 'Choose a category first'}</option>
              {focusAreas.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-base font-semibold text-slate-900">Why</legend>
        <Field id="relationship" label="How you know the nominee" error={errors.relationship?.message}>
          {(aria) => (
            <Select {...aria} {...form.register('relationship')}>
              {Object.entries(RELATIONSHIP_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field
          id="relationshipDetail"
          label={relationship === 'OTHER' ? 'Say how you know them' : 'More about how you know them (optional)'}
          error={errors.relationshipDetail?.message}
        >
          {(aria) => <Input {...aria} {...form.register('relationshipDetail')} />}
        </Field>
        <Field
          id="statement"
          label="The impact you have seen"
          hint={`What did they do, for whom, and with what effect? At least ${STATEMENT_MIN} characters. ${statement.length.toLocaleString('en-US')} / ${STATEMENT_MAX.toLocaleString('en-US')}`}
          error={errors.statement?.message}
        >
          {(aria) => <textarea {...aria} rows={7} className={inputClass} {...form.register('statement')} />}
        </Field>
      </fieldset>

      <DraftStatus state={drafts.state} savedAt={drafts.savedAt} hasDraft={drafts.hasDraft} onDiscard={() => void drafts.discard()} />
      <Button type="submit" disabled={isSubmitting || !ready}>
        {isSubmitting ? 'Sending the nomination…' : 'Nominate'}
      </Button>
    </form>
  );
}
