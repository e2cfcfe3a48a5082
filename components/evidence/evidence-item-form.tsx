'use client';

import { useRouter } from 'next/navigation';
import { useMemo, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
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
import { Field, Input, inputClass, Select } from '@/components/ui/field';
import type { ContributionType } from '@/lib/generated/prisma/enums';
import { evidenceItemSchemaFor, type EvidenceItemData, type EvidenceItemInput } from '@/lib/evidence/schema';
import { AUDIENCE_LABELS, CONTRIBUTION_TYPES, METRIC_LABELS, PAID_WORK_RULE, ROLE_LABELS } from '@/lib/evidence/types';
import { STALE_WRITE_MESSAGE } from '@/lib/errors';

type CategoryOption = { id: string; name: string; focusAreas: { id: string; name: string }[] };

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
}: {
  initial: EvidenceItemInput;
  draftKey: string;
  draft: SavedDraft | null;
  userId: string;
  timeZone: string;
  categories: CategoryOption[];
  today: string;
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
  const focusAreas = categories.find((c) => c.id === categoryId)?.focusAreas ?? [];

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
          <Alert tone="error" title="This contribution was changed in another tab">
            <p>{STALE_WRITE_MESSAGE}</p>
            <Button type="button" variant="secondary" className="mt-2" onClick={() => router.refresh()}>
              Reload
            </Button>
          </Alert>
        ) : formError ? (
          <Alert tone="error">{formError}</Alert>
        ) : null}
      </div>

      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="type" label="Type of contribution" error={errors.type?.message}>
          {(aria) => (
            <Select
              {...aria}
              {...form.register('type', {
                onChange: (e: { target: { value: string } }) => onTypeChange(e.target.value as ContributionType),
              })}
            >
              {Object.entries(CONTRIBUTION_TYPES).map(([value, t]) => (
                <option key={value} value={value}>
                  {t.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="role" label="Your role" error={errors.role?.message}>
          {(aria) => (
            <Select {...aria} {...form.register('role')}>
              {Object.entries(ROLE_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>

      <Field id="title" label="Title" hint={`Up to 100 characters. ${title.length} / 100`} error={errors.title?.message}>
        {(aria) => <Input {...aria} {...form.register('title')} />}
      </Field>
      <Field
        id="description"
        label="Description"
        hint={`What you did, for whom, and its impact. Up to 1,000 characters. ${description.length.toLocaleString('en-US')} / 1,000`}
        error={errors.description?.message}
      >
        {(aria) => <textarea {...aria} rows={5} className={inputClass} {...form.register('description')} />}
      </Field>

      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="startDate" label="Date" hint="When it happened or was published." error={errors.startDate?.message}>
          {(aria) => <Input {...aria} type="date" min="1990-01-01" max={today} {...form.register('startDate')} />}
        </Field>
        <Field id="endDate" label="End date (optional)" hint="For a series or an ongoing role." error={errors.endDate?.message}>
          {(aria) => <Input {...aria} type="date" min="1990-01-01" max={today} {...form.register('endDate')} />}
        </Field>
      </div>

      <Field
        id="url"
        label="Link (optional)"
        hint="Where reviewers can see it: starts with https:// or http://."
        error={errors.url?.message}
      >
        {(aria) => <Input {...aria} type="url" inputMode="url" placeholder="https://" {...form.register('url')} />}
      </Field>

      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="audience" label="Audience" error={errors.audience?.message}>
          {(aria) => (
            <Select {...aria} {...form.register('audience')}>
              {Object.entries(AUDIENCE_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="categoryId" label="Technology area (optional)" error={errors.categoryId?.message}>
          {(aria) => (
            <Select {...aria} {...form.register('categoryId', { onChange: () => form.setValue('focusAreaId', '') })}>
              <option value="">Not specified</option>
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
              <option value="">{categoryId ? 'Not specified' : 'Choose a technology area first'}</option>
              {focusAreas.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>

      <fieldset className="space-y-3 rounded-md border border-slate-200 p-4">
        <legend className="px-1 text-sm font-semibold text-slate-900">Reach ({info.label.toLowerCase()})</legend>
        <p className="text-sm text-slate-600">Numbers reviewers use to judge impact. Leave empty what you do not know.</p>
        <div className="grid gap-4 sm:grid-cols-3">
          {info.metrics.map((metric) => (
            <Field
              key={`${type}-${metric}`}
              id={`metric-${metric}`}
              label={METRIC_LABELS[metric]}
              error={errors.metrics?.[metric]?.message}
            >
              {(aria) => <Input {...aria} inputMode="numeric" autoComplete="off" {...form.register(`metrics.${metric}`)} />}
            </Field>
          ))}
        </div>
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold text-slate-900">Paid work</legend>
        <p id="paid-rule" className="text-sm text-slate-600">
          {PAID_WORK_RULE}
        </p>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            className="size-4"
            aria-describedby="paid-rule"
            {...form.register('isPaid', { onChange: () => form.setValue('isFullTimeJob', false) })}
          />
          I was paid for this
        </label>
        {isPaid ? (
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" className="size-4" aria-describedby="paid-rule" {...form.register('isFullTimeJob')} />
            It is part of my full-time job (kept in the log, not submittable)
          </label>
        ) : null}
      </fieldset>

      <Field
        id="privateNote"
        label="Private note for reviewers (optional)"
        hint="Only reviewers see it, never your nominator. Up to 1,000 characters."
        error={errors.privateNote?.message}
      >
        {(aria) => <textarea {...aria} rows={3} className={inputClass} {...form.register('privateNote')} />}
      </Field>

      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" className="size-4" {...form.register('isHighImpact')} />
        Flag as high impact (one of your most significant contributions)
      </label>

      <DraftStatus state={drafts.state} savedAt={drafts.savedAt} hasDraft={drafts.hasDraft} onDiscard={() => void drafts.discard()} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={isSubmitting || !ready}>
          {isSubmitting ? 'Saving…' : isEdit ? 'Save changes' : 'Add to my log'}
        </Button>
        <ButtonLink href="/evidence" variant="secondary">
          Cancel
        </ButtonLink>
      </div>
    </form>
  );
}
