'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { saveReviewAction } from '@/lib/reviews/actions';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import type { ActionResult } from '@/lib/actions/result';
import { fillMessage } from '@/lib/i18n/fill';
import { lazySchema } from '@/components/forms/lazy-schema';
import { CONFIDENCE_LEVELS } from '@/lib/reviews/confidence';
import type { ReviewFormValues } from '@/lib/reviews/schema';
import { STALE_WRITE_MESSAGE } from '@/lib/errors';

// The schema's maker (and zod with it) loads when the form first checks what was typed, not with the page.
const loadSchemaFor = lazySchema(() => import('@/lib/reviews/schema').then((m) => m.reviewSchemaFor));

type Criterion = { id: string; label: string; description: string; weight: number };
/** The form's words in the reader's language (the page translates them; {placeholders} kept). */
export type ReviewFormCopy = Record<
  | 'staleTitle'
  | 'reload'
  | 'scale'
  | 'weight'
  | 'confidence'
  | 'committee'
  | 'committeeHint'
  | 'candidate'
  | 'candidateHint'
  | 'submitting'
  | 'submit'
  | 'saveDraft'
  | 'saving'
  | 'saved'
  | 'notSaved',
  string
> & { confidenceLevels: Record<(typeof CONFIDENCE_LEVELS)[number]['value'], string> };

type Props = {
  copy: ReviewFormCopy;
  rubric: { scoreMin: number; scoreMax: number; criteria: Criterion[] };
  initial: ReviewFormValues;
};

type SaveResult = ActionResult<{ version: number; status: string }>;

const AUTOSAVE_DELAY_MS = 1500;
const time = (d: Date) => d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });

/** The rubric: a score per weighted criterion, a confidence level, a comment for the committee and
 * feedback for the candidate. The draft saves itself as the reviewer types; every save goes through
 * one queue so a draft and the final submit never race, and a stale save (another tab) keeps the text. */
export function ReviewForm({ rubric, initial, copy }: Props) {
  const router = useRouter();
  const schema = useMemo(() => lazySchema(() => loadSchemaFor().then((schemaFor) => schemaFor(rubric))), [rubric]);
  const version = useRef(initial.version);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const locked = useRef(false);
  const [draft, setDraft] = useState<{ state: 'idle' | 'saving' | 'saved' | 'failed'; text?: string }>({ state: 'idle' });
  // The page's version when a save was refused as stale; "Reload" brings a newer one, which ends it.
  const [staleAt, setStaleAt] = useState<number | null>(null);
  const isStale = staleAt === initial.version;

  // After "Reload", the page brings the latest saved version; the typed values stay in the form.
  useEffect(() => {
    version.current = initial.version;
    locked.current = false;
  }, [initial.version]);

  const save = useCallback(
    (values: ReviewFormValues, intent: 'draft' | 'submit'): Promise<SaveResult> => {
      const run = queue.current.then(() => (locked.current ? null : saveReviewAction({ ...values, intent, version: version.current })));
      queue.current = run.catch(() => undefined);
      return run.then((result) => {
        if (!result) return { ok: false, error: STALE_WRITE_MESSAGE };
        if (result.ok) version.current = result.data.version;
        else if (result.error === STALE_WRITE_MESSAGE) {
          locked.current = true;
          setStaleAt(initial.version);
        }
        return result;
      });
    },
    [initial.version],
  );

  const { form, formError, onSubmit, errors, isSubmitting, field, radio } = useActionForm(
    schema,
    (values) => {
      clearTimeout(timer.current);
      return save(values, values.intent);
    },
    {
      defaultValues: initial,
      onSuccess: (data) => {
        if (data.status === 'SUBMITTED') {
          locked.current = true;
          router.refresh();
        } else setDraft({ state: 'saved', text: fillMessage(copy.saved, { time: time(new Date()) }) });
      },
    },
  );

  useEffect(() => {
    const subscription = form.watch((_values, { name }) => {
      if (!name || name === 'intent' || locked.current) return;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        setDraft({ state: 'saving', text: copy.saving });
        void save(form.getValues(), 'draft').then((r) =>
          setDraft(
            r.ok
              ? { state: 'saved', text: fillMessage(copy.saved, { time: time(new Date()) }) }
              : { state: 'failed', text: fillMessage(copy.notSaved, { error: r.error }) },
          ),
        );
      }, AUTOSAVE_DELAY_MS);
    });
    return () => {
      subscription.unsubscribe();
      clearTimeout(timer.current);
    };
  }, [form, save, copy]);

  const totalWeight = rubric.criteria.reduce((sum, c) => sum + c.weight, 0);
  const scale = Array.from({ length: rubric.scoreMax - rubric.scoreMin + 1 }, (_, i) => rubric.scoreMin + i);

  return (
    <form noValidate className="space-y-6" onSubmit={onSubmit}>
      {isStale ? (
        <Alert tone="error" title={copy.staleTitle}>
          <p>{STALE_WRITE_MESSAGE}</p>
          <Button type="button" variant="secondary" className="mt-2" onClick={() => router.refresh()}>
            {copy.reload}
          </Button>
        </Alert>
      ) : formError ? (
        <Alert tone="error">{formError}</Alert>
      ) : null}
      <p className="text-sm text-slate-700">{fillMessage(copy.scale, { min: rubric.scoreMin, max: rubric.scoreMax })}</p>
      {rubric.criteria.map((c) => {
        const error = errors.scores?.[c.id]?.message;
        const share = totalWeight > 0 ? Math.round((c.weight / totalWeight) * 100) : 0;
        return (
          <fieldset key={c.id} className="space-y-2" aria-describedby={error ? `score-${c.id}-error` : `score-${c.id}-hint`}>
            <legend className="text-sm font-semibold text-slate-900">
              {c.label} <span className="font-normal text-slate-700">{fillMessage(copy.weight, { share })}</span>
            </legend>
            {c.description ? (
              <p id={`score-${c.id}-hint`} className="text-sm text-slate-700">
                {c.description}
              </p>
            ) : null}
            <div className="flex flex-wrap gap-2">
              {scale.map((n) => (
                <label key={n} className="score-option">
                  <input type="radio" {...radio(`scores.${c.id}`, String(n))} />
                  {n}
                </label>
              ))}
            </div>
            {error ? (
              <p id={`score-${c.id}-error`} className="text-sm font-medium text-red-700">
                {error}
              </p>
            ) : null}
          </fieldset>
        );
      })}
      <fieldset className="space-y-2" aria-describedby={errors.confidence ? 'confidence-error' : undefined}>
        <legend className="text-sm font-semibold text-slate-900">{copy.confidence}</legend>
        {CONFIDENCE_LEVELS.map((level) => (
          <label key={level.value} className="flex items-center gap-2 text-sm">
            <input type="radio" {...radio('confidence', level.value)} /> {copy.confidenceLevels[level.value]}
          </label>
        ))}
        {errors.confidence ? (
          <p id="confidence-error" className="text-sm font-medium text-red-700">
            {errors.confidence.message}
          </p>
        ) : null}
      </fieldset>
      <Field id="committeeComment" label={copy.committee} hint={copy.committeeHint} error={errors.committeeComment?.message}>
        {(aria) => <textarea {...aria} rows={5} className={inputClass} {...field('committeeComment')} />}
      </Field>
      <Field id="candidateFeedback" label={copy.candidate} hint={copy.candidateHint} error={errors.candidateFeedback?.message}>
        {(aria) => <textarea {...aria} rows={5} className={inputClass} {...field('candidateFeedback')} />}
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={isSubmitting || isStale} onClick={() => form.setValue('intent', 'submit')}>
          {isSubmitting && form.getValues('intent') === 'submit' ? copy.submitting : copy.submit}
        </Button>
        <Button type="submit" variant="secondary" disabled={isSubmitting || isStale} onClick={() => form.setValue('intent', 'draft')}>
          {copy.saveDraft}
        </Button>
        <p
          role="status"
          aria-live="polite"
          className={`text-sm ${draft.state === 'failed' ? 'font-medium text-red-700' : 'text-slate-600'}`}
        >
          {draft.text ?? ''}
        </p>
      </div>
    </form>
  );
}
