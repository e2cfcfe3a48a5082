'use client';

import { createContext, useContext, type ReactNode } from 'react';
import { ENGLISH_FORM_WORDS, type FormWords } from './form-words-english';

export type { DraftStatusCopy, FormWords, UploadWords } from './form-words-english';

const FormWordsContext = createContext<FormWords>(ENGLISH_FORM_WORDS);

/** Gives the forms below their shared words (English where `words` is null: program administration). */
export function FormWordsProvider({ words, children }: { words: FormWords | null; children: ReactNode }) {
  return <FormWordsContext value={words ?? ENGLISH_FORM_WORDS}>{children}</FormWordsContext>;
}

export function useFormWords(): FormWords {
  return useContext(FormWordsContext);
}
