'use client';

import { NamedOptions } from '@/components/ui/field';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { submitEvidenceAction } from '@/lib/nominations/actions';
import { lazySchema, schemaOrNull, usePreloadSchema } from '@/components/forms/lazy-schema';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { fillMessage } from '@/lib/i18n/fill';

// Loaded after the page, with zod: it is not part of the page's first-load JavaScript.
const loadSubmitEvidenceSchema = lazySchema(() => import('@/lib/nominations/schema').then((m) => m.submitEvidenceSchema));

export type SubmittableItem = {
  id: string;
  title: string;
  typeLabel: string;
  dates: string;
  reach: string | null;
  /** Why it cannot be submitted, or null. */
  blockedBecause: string | null;
};

/** The form's words in the reader's language, from its page; the {count} ones are filled here. */
export type SubmitEvidenceCopy = Record<
  | 'focusLabel'
  | 'focusSuggested'
  | 'focusHint'
  | 'noFocus'
  | 'legend'
  | 'windowText'
  | 'logEmpty'
  | 'add'
  | 'reviewOne'
  | 'reviewMany'
  | 'chooseOne'
  | 'confirmTitle'
  | 'confirmOne'
  | 'confirmMany'
  | 'area'
  | 'noFocusIn'
  | 'submitting'
  | 'confirm'
  | 'back',
  string
>;

/** Choosing the contributions to submit, then confirming: the confirmed set is frozen. */
export function SubmitEvidenceForm({
  nominationId,
  items,
  focusAreas,
  initialFocusAreaId,
  copy,
}: {
  nominationId: string;
  items: SubmittableItem[];
  /** The focus areas the category offers: the nominee states their own area of expertise. */
  focusAreas: { id: string; name: string }[];
  initialFocusAreaId: string | null;
  copy: SubmitEvidenceCopy;
}) {
  const router = useRouter();
  const submittable = items.filter((i) => !i.blockedBecause);
  const [selected, setSelected] = useState<string[]>(() => submittable.map((i) => i.id));
  const [focusAreaId, setFocusAreaId] = useState(
    initialFocusAreaId && focusAreas.some((a) => a.id === initialFocusAreaId) ? initialFocusAreaId : '',
  );
  const focusAreaName = focusAreas.find((a) => a.id === focusAreaId)?.name ?? null;
  const [step, setStep] = useState<'choose' | 'confirm'>('choose');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  usePreloadSchema(loadSubmitEvidenceSchema);

  const toggle = (id: string, on: boolean) => setSelected((s) => (on ? [...s, id] : s.filter((x) => x !== id)));
  const chosen = items.filter((i) => selected.includes(i.id));

  const review = async () => {
    // The server parses again on confirm; without the schema (offline) its answer says what is wrong.
    const parsed = (await schemaOrNull(loadSubmitEvidenceSchema))?.safeParse({ nominationId, itemIds: selected, focusAreaId });
    if (parsed && !parsed.success) {
      const issue = parsed.error.issues[0];
      // The one rule a person can break here is choosing nothing: said in their language.
      setError(issue?.code === 'too_small' || !issue ? copy.chooseOne : issue.message);
      requestAnimationFrame(() => errorRef.current?.focus());
      return;
    }
    setError(null);
    setStep('confirm');
    requestAnimationFrame(() => headingRef.current?.focus());
  };

  const confirm = async () => {
    // The button is disabled while this runs; the server also answers a repeated submit with the first submission.
    setBusy(true);
    setError(null);
    const result = await submitEvidenceAction({ nominationId, itemIds: selected, focusAreaId });
    if (!result.ok) {
      setBusy(false);
      setError(result.error);
      setStep('choose');
      requestAnimationFrame(() => errorRef.current?.focus());
      return;
    }
    router.push(`/nominations/${nominationId}?submitted=1`);
  };

  return (
    <div className="space-y-4">
      <div ref={errorRef} tabIndex={-1} className="outline-none">
        {error ? <Alert tone="error">{error}</Alert> : null}
      </div>
      {step === 'choose' ? (
        <>
          {focusAreas.length > 0 ? (
            <div className="space-y-1">
              <label htmlFor="focus-area" className="block text-base font-semibold text-slate-900">
                {copy.focusLabel}
              </label>
              <p id="focus-area-hint" className="text-sm text-slate-700">
                {initialFocusAreaId ? copy.focusSuggested : copy.focusHint}
              </p>
              <select
                id="focus-area"
                aria-describedby="focus-area-hint"
                className="rounded-md border border-slate-400 bg-white px-3 py-2 text-sm"
                value={focusAreaId}
                onChange={(e) => setFocusAreaId(e.target.value)}
              >
                <option value="">{copy.noFocus}</option>
                <NamedOptions items={focusAreas} />
              </select>
            </div>
          ) : null}
          <fieldset className="space-y-2">
            <legend className="text-base font-semibold text-slate-900">{copy.legend}</legend>
            <p className="text-sm text-slate-700">{copy.windowText}</p>
            {items.length === 0 ? (
              <p className="text-sm">
                {copy.logEmpty}{' '}
                <Link href="/evidence/new" className="font-medium text-brand-700 underline">
                  {copy.add}
                </Link>
                .
              </p>
            ) : null}
            <ul className="divide-y divide-slate-200 rounded-md border border-slate-200 bg-white">
              {items.map((item) => (
                <li key={item.id} className="flex gap-3 p-3">
                  <input
                    id={`item-${item.id}`}
                    type="checkbox"
                    className="mt-1 size-4"
                    checked={selected.includes(item.id)}
                    disabled={Boolean(item.blockedBecause)}
                    aria-describedby={`item-${item.id}-details`}
                    onChange={(e) => toggle(item.id, e.target.checked)}
                  />
                  <div>
                    <label htmlFor={`item-${item.id}`} className="font-medium text-slate-900">
                      {item.title}
                    </label>
                    <p id={`item-${item.id}-details`} className="text-sm text-slate-700">
                      {item.typeLabel} · {item.dates}
                      {item.reach ? ` · ${item.reach}` : ''}
                      {item.blockedBecause ? <span className="block font-medium text-amber-800">{item.blockedBecause}</span> : null}
                    </p>
                  </div>
                </li>
              ))}
            </ul>
          </fieldset>
          <Button type="button" onClick={() => void review()}>
            {fillMessage(selected.length === 1 ? copy.reviewOne : copy.reviewMany, { count: selected.length })}
          </Button>
        </>
      ) : (
        <section aria-labelledby="confirm-heading" className="space-y-3">
          <h2 id="confirm-heading" ref={headingRef} tabIndex={-1} className="text-lg font-semibold outline-none">
            {copy.confirmTitle}
          </h2>
          <p className="text-sm text-slate-700">
            {fillMessage(chosen.length === 1 ? copy.confirmOne : copy.confirmMany, { count: chosen.length })}
          </p>
          <p className="text-sm">
            {copy.area} <span className="font-medium">{focusAreaName ?? copy.noFocusIn}</span>
          </p>
          <ol className="list-decimal space-y-1 pl-6 text-sm">
            {chosen.map((i) => (
              <li key={i.id}>
                <span className="font-medium">{i.title}</span> ({i.typeLabel}, {i.dates})
              </li>
            ))}
          </ol>
          <div className="flex flex-wrap gap-3">
            <Button type="button" disabled={busy} onClick={() => void confirm()}>
              {busy ? copy.submitting : copy.confirm}
            </Button>
            <Button type="button" variant="secondary" disabled={busy} onClick={() => setStep('choose')}>
              {copy.back}
            </Button>
          </div>
        </section>
      )}
    </div>
  );
}
