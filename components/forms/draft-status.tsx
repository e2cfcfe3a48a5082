'use client';

import { fillMessage } from '@/lib/i18n/fill';
import type { DraftState } from './use-form-draft';
import { useHydrated } from './use-hydrated';

const time = (iso: string) => new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });

/** What the draft status says; `savedAt` keeps its {time}. */
export type DraftStatusCopy = { saving: string; saved: string; savedAt: string; unsaved: string; discard: string };

const ENGLISH: DraftStatusCopy = {
  saving: 'Saving draft…',
  saved: 'Draft saved',
  savedAt: 'Draft saved at {time}',
  unsaved: 'Not saved yet — your text is kept in this tab',
  discard: 'Discard draft',
};

/** Says whether the draft of a form is saved, announced politely to screen readers (in English unless
 * `copy` gives the reader's language). */
export function DraftStatus({
  state,
  savedAt,
  hasDraft,
  onDiscard,
  copy = ENGLISH,
}: {
  state: DraftState;
  savedAt: string | null;
  hasDraft: boolean;
  onDiscard?: () => void;
  copy?: DraftStatusCopy;
}) {
  // The time is the reader's clock: the server does not know their zone, so it says it once the page is live.
  const hydrated = useHydrated();
  const text =
    state === 'pending'
      ? copy.saving
      : state === 'saved'
        ? savedAt && hydrated
          ? fillMessage(copy.savedAt, { time: time(savedAt) })
          : copy.saved
        : state === 'unsaved'
          ? copy.unsaved
          : '';
  return (
    <div className="flex min-h-6 flex-wrap items-center gap-3 text-sm">
      <p role="status" aria-live="polite" className={state === 'unsaved' ? 'font-medium text-amber-800' : 'text-slate-600'}>
        {text}
      </p>
      {hasDraft && onDiscard ? (
        <button type="button" onClick={onDiscard} className="font-medium text-brand-700 underline">
          {copy.discard}
        </button>
      ) : null}
    </div>
  );
}
