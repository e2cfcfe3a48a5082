// The token page's words in a language, for the forms and table it passes them to. ISC provider staff
// read them in their own language; the admin's export tokens page asks for English, as all
// administration is.
import 'server-only';
import { messagesFor, type Messages } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/locales';

export type TokenFormCopy = Messages['apiTokens']['form'] & { locale: Locale };
export type TokenTableCopy = Messages['apiTokens']['table'] & { locale: Locale };

/** The form's and the table's words in `locale`. */
export function apiTokensCopy(locale: Locale): { form: TokenFormCopy; table: TokenTableCopy } {
  const { form, table } = messagesFor(locale).apiTokens;
  return { form: { ...form, locale }, table: { ...table, locale } };
}
