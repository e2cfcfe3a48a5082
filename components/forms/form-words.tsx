'use client';

import { createContext, useContext, type ReactNode } from 'react';

/** What the draft status under a form says; `savedAt` keeps its {time}. */
export type DraftStatusCopy = { saving: string; saved: string; savedAt: string; unsaved: string; discard: string };

/** The words every form shares, in the page's language: its draft status, and what a lazily loaded form
 * says when its code is slow or fails to arrive. Read on the server by the root layout. */
export type FormWords = { draft: DraftStatusCopy; stillLoading: string; loadFailed: string; reload: string };

export const ENGLISH_FORM_WORDS: FormWords = {
  draft: {
    saving: 'Saving draft…',
    saved: 'Draft saved',
    savedAt: 'Draft saved at {time}',
    unsaved: 'Not saved yet — your text is kept in this tab',
    discard: 'Discard draft',
  },
  stillLoading: 'This form is still loading. If it does not answer in a moment, reload the page.',
  loadFailed:
    'This form could not be loaded, so it cannot be sent yet. Check your connection and reload the page; what you typed in other forms is kept as a draft.',
  reload: 'Reload the page',
};

const FormWordsContext = createContext<FormWords>(ENGLISH_FORM_WORDS);

/** Gives the forms below their shared words (English where `words` is null: program administration). */
export function FormWordsProvider({ words, children }: { words: FormWords | null; children: ReactNode }) {
  return <FormWordsContext value={words ?? ENGLISH_FORM_WORDS}>{children}</FormWordsContext>;
}

export function useFormWords(): FormWords {
  return useContext(FormWordsContext);
}
