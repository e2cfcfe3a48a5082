'use client';

import { fillMessage } from '@/lib/i18n/fill';
import { useFormWords, type DraftStatusCopy } from './form-words';
import type { DraftState } from './use-form-draft';
import { useHydrated } from './use-hydrated';

const time = (iso: string) => new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });

export type { DraftStatusCopy };

/** Says whether the draft of a form is saved, announced politely to screen readers, in the page's language
 * (the layout's form words) unless `copy` gives other words. */
export function DraftStatus({
  state,
  savedAt,
  hasDraft,
  onDiscard,
  copy,
}: {
  state: DraftState;
  savedAt: string | null;
  hasDraft: boolean;
  onDiscard?: () => void;
  copy?: DraftStatusCopy;
}) {
  // The time is the reader's clock: the server does not know their zone, so it says it once the page is live.
  const hydrated = useHydrated();
  const shared = useFormWords();
  const words = copy ?? shared.draft;
  const text =
    state === 'pending'
      ? words.saving
      : state === 'saved'
        ? savedAt && hydrated
          ? fillMessage(words.savedAt, { time: time(savedAt) })
          : words.saved
        : state === 'unsaved'
          ? words.unsaved
          : '';
  return (
    <div className="flex min-h-6 flex-wrap items-center gap-3 text-sm">
      <p role="status" aria-live="polite" className={state === 'unsaved' ? 'font-medium text-amber-800' : 'text-slate-600'}>
        {text}
      </p>
      {hasDraft && onDiscard ? (
        <button type="button" onClick={onDiscard} className="font-medium text-brand-700 underline">
          {words.discard}
        </button>
      ) : null}
    </div>
  );
}
