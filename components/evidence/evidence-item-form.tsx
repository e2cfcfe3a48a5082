'use client';

import { useRouter } from 'next/navigation';
import { useMemo, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { CategoryFocusFields, type CategoryOption } from '@/components/categories/category-focus-fields';
import { useKeepTypedBeforeHydration } from '@/components/forms/typed-before-hydration';
import { useHydrated } from '@/components/forms/use-hydrated';
import { saveEvidenceAction } from '@/lib/evidence/actions';
import { applyActionErrors } from '@/components/forms/apply-result';
import { DraftStatus } from '@/components/forms/draft-status';
import { useSchemaResolver } from '@/components/forms/schema-resolver';
import { focusFirstError } from '@/components/forms/focus-first-error';
import { initialValuesWithDraft, useFormDraft, type SavedDraft } from '@/components/forms/use-form-draft';
import { Alert } from '@/components/ui/alert';
import { Button, ButtonLink } from '@/components/ui/button';
import { Field, Input, inputClass, LabelledOptions, Select } from '@/components/ui/field';
import type { ContributionType } from '@/lib/generated/prisma/enums';
import { evidenceItemSchemaFor, type EvidenceItemData, type EvidenceItemInput } from '@/lib/evidence/schema';
import { CONTRIBUTION_TYPES } from '@/lib/evidence/types';
import { fillMessage } from '@/lib/i18n/fill';
import type { EvidenceFormCopy } from './evidence-form-copy';
import { STALE_WRITE_MESSAGE } from '@/lib/errors';

const FIELD_ORDER = [
  'type',
  'role',
  'title',
  'description',
  'startDate',
  'endDate',
  'url',
  'audience',
  'categoryId',
  'focusAreaId',
  'metrics',
  'isPaid',
  'isFullTimeJob',
  'privateNote',
  'isHighImpact',
];

/** Adding or editing one contribution. The reach fields follow the type (a talk asks for attendees,
 * a video for views, a book for copies sold); what is typed is kept as a draft while typing. */
export function EvidenceItemForm({
  initial,
  draftKey,
  draft,
  userId,
  timeZone,
  categories,
  today,
  copy,
}: {
  initial: EvidenceItemInput;
  draftKey: string;
  draft: SavedDraft | null;
  userId: string;
  timeZone: string;
  categories: CategoryOption[];
  today: string;
  /** The form's words in the reader's language (evidence-form-copy.ts). */
  copy: EvidenceFormCopy;
}) {
  const router = useRouter();
  const isEdit = Boolean(initial.id);
  // The form itself loads after the page (evidence-item-form-lazy.tsx), so its schema and zod are
  // not part of the page's first-load JavaScript.
  const schema = useMemo(() => evidenceItemSchemaFor(timeZone), [timeZone]);
  const resolver = useSchemaResolver(schema);
  const [formError, setFormError] = useState<string | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const ready = useHydrated();
  const form = useForm<EvidenceItemInput, unknown, EvidenceItemData>({
    resolver,
    defaultValues: initialValuesWithDraft(initial, draft),
  });
  const drafts = useFormDraft(form, { formKey: draftKey, userId, defaults: initial, initial: draft });
  useKeepTypedBeforeHydration();
  const { errors, isSubmitting } = form.formState;
  const [type, categoryId, isPaid, description, title] = useWatch({
    control: form.control,
    name: ['type', 'categoryId', 'isPaid', 'description', 'title'],
  });
  const info = CONTRIBUTION_TYPES[type] ?? CONTRIBUTION_TYPES.OTHER;

  const onTypeChange = (next: ContributionType) => {
    // The reach fields of the old type no longer apply; the role usually changes with the type.
    form.setValue('metrics', {});
    form.setValue('role', CONTRIBUTION_TYPES[next].defaultRole);
  };

  const submit = async () => {
    setFormError(null);
    // The version the page was loaded with (fresh after a reload), never a draft's: another tab's save in
    // between is refused instead of overwritten.
    const result = await saveEvidenceAction({ ...form.getValues(), version: initial.version });
    const error = applyActionErrors(result, form.setError);
    if (!result.ok) {
      // Everything typed stays in the form (and in the draft).
      setFormError(error);
      if (!focusFirstError(result, form.setFocus, FIELD_ORDER)) requestAnimationFrame(() => errorRef.current?.focus());
      return;
    }
    await drafts.clear();
    router.push(`/evidence?saved=${result.data.id}`);
  };

  return (
    <form noValidate className="space-y-5" onSubmit={(event) => void form.handleSubmit(submit)(event)}>
      <div ref={errorRef} tabIndex={-1} className="outline-none">
        {formError === STALE_WRITE_MESSAGE ? (
          <Alert tone="error" title={copy.changedElsewhere}>
            <p>{STALE_WRITE_MESSAGE}</p>
            <Button type="button" variant="secondary" className="mt-2" onClick={() => router.refresh()}>
              {copy.reload}
            </Button>
          </Alert>
        ) : formError ? (
          <Alert tone="error">{formError}</Alert>
        ) : null}
      </div>

      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="type" label={copy.type} error={errors.type?.message}>
          {(aria) => (
            <Select
              {...aria}
              {...form.register('type', {
                onChange: (e: { target: { value: string } }) => onTypeChange(e.target.value as ContributionType),
              })}
            >
              <LabelledOptions labels={copy.types} />
            </Select>
          )}
        </Field>
        <Field id="role" label={copy.role} error={errors.role?.message}>
          {(aria) => (
            <Select {...aria} {...form.register('role')}>
              <LabelledOptions labels={copy.roles} />
            </Select>
          )}
        </Field>
      </div>

      <Field id="title" label={copy.title} hint={fillMessage(copy.titleHint, { count: title.length })} error={errors.title?.message}>
        {(aria) => <Input {...aria} {...form.register('title')} />}
      </Field>
      <Field
        id="description"
        label={copy.description}
        hint={fillMessage(copy.descriptionHint, { count: description.length.toLocaleString(copy.numberLocale) })}
        error={errors.description?.message}
      >
        {(aria) => <textarea {...aria} rows={5} className={inputClass} {...form.register('description')} />}
      </Field>

      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="startDate" label={copy.startDate} hint={copy.startDateHint} error={errors.startDate?.message}>
          {(aria) => <Input {...aria} type="date" min="1990-01-01" max={today} {...form.register('startDate')} />}
        </Field>
        <Field id="endDate" label={copy.endDate} hint={copy.endDateHint} error={errors.endDate?.message}>
          {(aria) => <Input {...aria} type="date" min="1990-01-01" max={today} {...form.register('endDate')} />}
        </Field>
      </div>

      <Field id="url" label={copy.url} hint={copy.urlHint} error={errors.url?.message}>
        {(aria) => <Input {...aria} type="url" inputMode="url" placeholder="https://" {...form.register('url')} />}
      </Field>

      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="audience" label={copy.audience} error={errors.audience?.message}>
          {(aria) => (
            <Select {...aria} {...form.register('audience')}>
              <LabelledOptions labels={copy.audiences} />
            </Select>
          )}
        </Field>
        <CategoryFocusFields
          categories={categories}
          categoryId={categoryId}
          form={form}
          copy={{ ...copy, noCategory: copy.notSpecified, noFocusArea: copy.notSpecified }}
        />
      </div>

      <fieldset className="space-y-3 rounded-md border border-slate-200 p-4">
        <legend className="px-1 text-sm font-semibold text-slate-900">
          {fillMessage(copy.reach, { type: (copy.types[type] ?? info.label).toLowerCase() })}
        </legend>
        <p className="text-sm text-slate-600">{copy.reachHint}</p>
        <div className="grid gap-4 sm:grid-cols-3">
          {info.metrics.map((metric) => (
            <Field key={`${type}-${metric}`} id={`metric-${metric}`} label={copy.metrics[metric]} error={errors.metrics?.[metric]?.message}>
              {(aria) => <Input {...aria} inputMode="numeric" autoComplete="off" {...form.register(`metrics.${metric}`)} />}
            </Field>
          ))}
        </div>
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold text-slate-900">{copy.paidWork}</legend>
        <p id="paid-rule" className="text-sm text-slate-600">
          {copy.paidRule}
        </p>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            className="size-4"
            aria-describedby="paid-rule"
            {...form.register('isPaid', { onChange: () => form.setValue('isFullTimeJob', false) })}
          />
          {copy.paid}
        </label>
        {isPaid ? (
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" className="size-4" aria-describedby="paid-rule" {...form.register('isFullTimeJob')} />
            {copy.fullTime}
          </label>
        ) : null}
      </fieldset>

      <Field id="privateNote" label={copy.privateNote} hint={copy.privateNoteHint} error={errors.privateNote?.message}>
        {(aria) => <textarea {...aria} rows={3} className={inputClass} {...form.register('privateNote')} />}
      </Field>

      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" className="size-4" {...form.register('isHighImpact')} />
        {copy.highImpact}
      </label>

      <DraftStatus state={drafts.state} savedAt={drafts.savedAt} hasDraft={drafts.hasDraft} onDiscard={() => void drafts.discard()} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={isSubmitting || !ready}>
          {isSubmitting ? copy.saving : isEdit ? copy.saveChanges : copy.add}
        </Button>
        <ButtonLink href="/evidence" variant="secondary">
          {copy.cancel}
        </ButtonLink>
      </div>
    </form>
  );
}
