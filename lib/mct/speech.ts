// The sentences MCT services build (a requirement's title and detail, a member's next step) in the
// reader's language: the `mctSpeech` messages, read through next-intl's core translator as emails do
// (lib/notifications/templates/translate.ts), since services and pure rules run outside a request.
// English when no language is given, so services and admin pages say what they always said.
import { createTranslator } from 'use-intl/core';
import type { DateKey } from '@/lib/dates';
import { formatDayKey } from '@/lib/format';
import { messagesFor } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/locales';

function build(locale: Locale) {
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: 'mctSpeech' });
  return { locale, t, day: (key: DateKey) => formatDayKey(key, locale) };
}

export type MctSpeech = ReturnType<typeof build>;

const speeches = new Map<Locale, MctSpeech>();

/** The MCT sentences of a language (one translator per language, kept). */
export function mctSpeech(locale: Locale = 'en'): MctSpeech {
  let speech = speeches.get(locale);
  if (!speech) {
    speech = build(locale);
    speeches.set(locale, speech);
  }
  return speech;
}
