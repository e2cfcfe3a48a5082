'use client';

import type { DraftState } from './use-form-draft';
import { useHydrated } from './use-hydrated';

const time = (iso: string) => new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });

/** Says whether the draft of a form is saved, announced politely to screen readers. */
export function DraftStatus({
  state,
  savedAt,
  hasDraft,
  onDiscard,
}: {
  state: DraftState;
  savedAt: string | null;
  hasDraft: boolean;
  onDiscard?: () => void;
}) {
  // The time is the reader's clock: the server does not know their zone, so it says it once the page is live.
  const hydrated = useHydrated();
  const text =
    state === 'pending'
      ? 'Saving draft…'
      : state === 'saved'
        ? `Draft saved${savedAt && hydrated ? ` at ${time(savedAt)}` : ''}`
        : state === 'unsaved'
          ? 'Not saved yet — your text is kept in this tab'
          : '';
  return (
    <div className="flex min-h-6 flex-wrap items-center gap-3 text-sm">
      <p role="status" aria-live="polite" className={state === 'unsaved' ? 'font-medium text-amber-800' : 'text-slate-600'}>
        {text}
      </p>
      {hasDraft && onDiscard ? (
        <button type="button" onClick={onDiscard} className="font-medium text-brand-700 underline">
          Discard draft
        </button>
      ) : null}
    </div>
  );
}
