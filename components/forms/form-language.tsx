'use client';

import { createContext, useContext, type ReactNode } from 'react';
import type { ZodMessages } from '@/lib/i18n/zod-issues';

const FormLanguageContext = createContext<ZodMessages | null>(null);

/** Gives the forms below the reader's `zod` messages (a dozen short strings; null in English, where
 * the schemas' own messages are shown), so the browser's check speaks the page's language. */
export function FormLanguage({ messages, children }: { messages: ZodMessages | null; children: ReactNode }) {
  return <FormLanguageContext value={messages}>{children}</FormLanguageContext>;
}

/** The `zod` messages of the page's language, or null for English. */
export function useZodMessages(): ZodMessages | null {
  return useContext(FormLanguageContext);
}
