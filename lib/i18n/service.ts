import 'server-only';
import { cookies } from 'next/headers';
import { LOCALE_COOKIE, type Locale } from './locales';
import type { z } from 'zod';
import type { chooseLanguageSchema } from './schema';

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/** Remembers the language a visitor chose in this browser (signed in or not: the home and sign-in
 * pages speak it too). The cookie holds nothing personal; it is read on every request. */
export async function chooseLanguage(input: z.output<typeof chooseLanguageSchema>): Promise<{ locale: Locale }> {
  const store = await cookies();
  store.set(LOCALE_COOKIE, input.locale, { path: '/', maxAge: ONE_YEAR_SECONDS, sameSite: 'lax', httpOnly: true });
  return { locale: input.locale };
}
