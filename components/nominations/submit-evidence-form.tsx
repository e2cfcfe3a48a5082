'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { submitEvidenceAction } from '@/lib/nominations/actions';
import { lazySchema, schemaOrNull, usePreloadSchema } from '@/components/forms/lazy-schema';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

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

/** Choosing the contributions to submit, then confirming: the confirmed set is frozen. */
export function SubmitEvidenceForm({
  nominationId,
  items,
  windowLabel,
  categoryName,
  focusAreas,
  initialFocusAreaId,
  nominatorName,
}: {
  nominationId: string;
  items: SubmittableItem[];
  windowLabel: string;
  categoryName: string;
  /** The focus areas the category offers: the nominee states their own area of expertise. */
  focusAreas: { id: string; name: string }[];
  initialFocusAreaId: string | null;
  nominatorName: string;
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
      setError(parsed.error.issues[0]?.message ?? 'Choose at least one contribution to submit');
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
                Your area of expertise in {categoryName}
              </label>
              <p id="focus-area-hint" className="text-sm text-slate-700">
                {initialFocusAreaId
                  ? `${nominatorName} suggested one; change it if another describes your work better.`
                  : 'Reviewers read your contributions with it in mind.'}
              </p>
              <select
                id="focus-area"
                aria-describedby="focus-area-hint"
                className="rounded-md border border-slate-400 bg-white px-3 py-2 text-sm"
                value={focusAreaId}
                onChange={(e) => setFocusAreaId(e.target.value)}
              >
                <option value="">No particular focus area</option>
                {focusAreas.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <fieldset className="space-y-2">
            <legend className="text-base font-semibold text-slate-900">Contributions to submit</legend>
            <p className="text-sm text-slate-700">Only contributions dated within the window ({windowLabel}) can be submitted.</p>
            {items.length === 0 ? (
              <p className="text-sm">
                Your log is empty.{' '}
                <Link href="/evidence/new" className="font-medium text-brand-700 underline">
                  Add a contribution
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
            Review {selected.length} contribution{selected.length === 1 ? '' : 's'}
          </Button>
        </>
      ) : (
        <section aria-labelledby="confirm-heading" className="space-y-3">
          <h2 id="confirm-heading" ref={headingRef} tabIndex={-1} className="text-lg font-semibold outline-none">
            Confirm your submission
          </h2>
          <p className="text-sm text-slate-700">
            These {chosen.length} contribution{chosen.length === 1 ? ' is' : 's are'} sent to review exactly as they are now. Later changes
            to your log do not change what reviewers see. You can withdraw until review starts.
          </p>
          <p className="text-sm">
            Area of expertise: <span className="font-medium">{focusAreaName ?? `${categoryName}, no particular focus area`}</span>
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
              {busy ? 'Submitting…' : 'Confirm and submit'}
            </Button>
            <Button type="button" variant="secondary" disabled={busy} onClick={() => setStep('choose')}>
              Back to the list
            </Button>
          </div>
        </section>
      )}
    </div>
  );
}
