'use client';

import { createContext, useContext, type ReactNode } from 'react';

/** What the error page says, in the page's language (its words are read on the server by the root layout). */
export type ErrorWords = { errorTitle: string; errorText: string; errorTextRef: string; tryAgain: string };

const ENGLISH: ErrorWords = {
  errorTitle: 'Something went wrong',
  errorText: 'The page could not be shown. Nothing you saved is lost. Try again; if it keeps happening, tell the program team.',
  errorTextRef:
    'The page could not be shown. Nothing you saved is lost. Try again; if it keeps happening, tell the program team and quote reference {digest}.',
  tryAgain: 'Try again',
};

const ErrorWordsContext = createContext<ErrorWords>(ENGLISH);

/** Gives app/error.tsx (a client component, shown when a page fails) its four sentences. */
export function ErrorWordsProvider({ words, children }: { words: ErrorWords; children: ReactNode }) {
  return <ErrorWordsContext value={words}>{children}</ErrorWordsContext>;
}

export function useErrorWords(): ErrorWords {
  return useContext(ErrorWordsContext);
}
