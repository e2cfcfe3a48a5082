// Emails in the recipient's language: their templates read the `emails` messages of lib/i18n
// through next-intl's translator, from its core package `use-intl/core`: emails are written in
// services and the worker, outside any request, and under the react-server condition the scripts run
// with, `next-intl`'s main entry loads React hooks the server build of React does not have. English
// when the recipient never chose a language.
import { createTranslator } from 'use-intl/core';
import { messagesFor } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/locales';

/** The `emails` messages of a language. */
export function emailTranslator(locale: Locale = 'en') {
  return createTranslator({ locale, messages: messagesFor(locale), namespace: 'emails' });
}

export type EmailTranslator = ReturnType<typeof emailTranslator>;

/** "Hello Ana," / "Hola, Ana:"; without a name "Hello," / "Hola:". */
export const greetingIn = (t: EmailTranslator, name: string | null) => (name ? t('hello', { name }) : t('helloNoName'));
