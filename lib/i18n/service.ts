import 'server-only';
import { cookies } from 'next/headers';
import { prisma } from '@/lib/db';
import { LOCALE_COOKIE, type Locale } from './locales';
import type { z } from 'zod';
import type { chooseLanguageSchema } from './schema';

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/** Remembers the language a visitor chose in this browser (signed in or not: the home and sign-in
 * pages speak it too); the cookie holds nothing personal and is read on every request. A signed-in
 * person's choice is also kept on their account: their emails are written in it. */
export async function chooseLanguage(
  viewer: { id: string } | null,
  input: z.output<typeof chooseLanguageSchema>,
): Promise<{ locale: Locale }> {
  const store = await cookies();
  store.set(LOCALE_COOKIE, input.locale, { path: '/', maxAge: ONE_YEAR_SECONDS, sameSite: 'lax', httpOnly: true });
  if (viewer) await prisma.user.update({ where: { id: viewer.id }, data: { locale: input.locale } });
  return { locale: input.locale };
}
